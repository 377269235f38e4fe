/*
 * Copyright 2026 The causal4j developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.causal4j.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.graph.CausalGraph;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class SuggestionPipelineTest {

    private static final List<Variable> ABCD = Scripted.vars("a", "b", "c", "d");

    private static SuggestionRequest edges(int samples) {
        return SuggestionRequest.edges(ABCD).withSamples(samples);
    }

    @Test
    void confidenceIsTheVoteShareAndMajorityIsAccepted() {
        GraphSuggester s = Scripted.samples(List.of(Scripted.edges("a->b", "b->c"), Scripted.edges("a->b"),
                Scripted.edges("a->b", "b->c", "c->d"), Scripted.edges("a->b", "c->d"), Scripted.edges("b->c")));
        GraphSuggestion g = SuggestionPipeline.of(s).run(edges(5));
        // hand-count: a->b 4/5, b->c 3/5, c->d 2/5.
        assertEquals(0.8, g.edge("a", "b").orElseThrow().confidence(), 0.0);
        assertEquals(3, g.edge("b", "c").orElseThrow().votes());
        assertEquals(EdgeStatus.BELOW_THRESHOLD, g.edge("c", "d").orElseThrow().status());
        assertEquals(CausalGraph.parse("dag { a -> b -> c; d }"), g.graph());
        assertEquals(List.of("because a->b"), g.edge("a", "b").orElseThrow().rationales());
        // strongest first
        assertEquals(List.of("a", "b", "c"), g.edges().stream().map(SuggestedEdge::from).toList());
        assertEquals(5 * 100, g.provenance().tokens().prompt());
        assertEquals(5 * 20, g.provenance().tokens().completion());
        assertEquals(List.of("model-x"), g.provenance().models());
        assertEquals(List.of("localhost:1"), g.provenance().endpointHosts());
    }

    @Test
    void thresholdIsInclusiveAndConfigurable() {
        GraphSuggester s = Scripted.samples(List.of(Scripted.edges("a->b"), Scripted.edges("c->d"),
                Scripted.edges("a->b"), Scripted.edges("c->d")));
        assertEquals(2, SuggestionPipeline.of(s).run(edges(4)).acceptedEdges().size());
        assertEquals(0, SuggestionPipeline.of(s).withMinConfidence(0.75).run(edges(4)).acceptedEdges().size());
        assertThrows(IllegalArgumentException.class, () -> SuggestionPipeline.of(s).withMinConfidence(0));
    }

    @Test
    void oppositeDirectionsTieMeansUndecided() {
        GraphSuggester s = Scripted.samples(List.of(Scripted.edges("a->b"), Scripted.edges("b->a"),
                Scripted.edges("a->b", "c->d"), Scripted.edges("b->a", "c->d")));
        GraphSuggestion g = SuggestionPipeline.of(s).run(edges(4));
        assertEquals(EdgeStatus.OUTVOTED, g.edge("a", "b").orElseThrow().status());
        assertEquals(EdgeStatus.OUTVOTED, g.edge("b", "a").orElseThrow().status());
        assertTrue(g.graph().hasDirectedEdge("c", "d"));
        assertFalse(g.graph().hasDirectedEdge("a", "b") || g.graph().hasDirectedEdge("b", "a"));
        // With a third vote for a->b, it wins.
        GraphSuggester s3 = Scripted.samples(List.of(Scripted.edges("a->b"), Scripted.edges("b->a"), Scripted.edges("a->b")));
        GraphSuggestion g3 = SuggestionPipeline.of(s3).withMinConfidence(0.3).run(edges(3));
        assertEquals(EdgeStatus.ACCEPTED, g3.edge("a", "b").orElseThrow().status());
        assertEquals(EdgeStatus.OUTVOTED, g3.edge("b", "a").orElseThrow().status());
    }

    @Test
    void inventedNamesAreDroppedAndRecordedNeverUsed() {
        GraphSuggester s = Scripted.samples(List.of(Scripted.edges("a->b", "smoking->b", "c->Cancer"),
                Scripted.edges("a->b", "smoking->c")));
        GraphSuggestion g = SuggestionPipeline.of(s).run(edges(2));
        assertEquals(List.of("smoking", "Cancer"), g.inventedNames());
        assertEquals(Set.of("a", "b", "c", "d"), Set.copyOf(g.graph().nodes()));
        assertEquals(1, g.edges().size());
        assertEquals(2, g.notes().stream().filter(n -> n.kind() == ValidationNote.Kind.INVENTED_NAME).count());
        assertTrue(g.notes().get(0).message().contains("'smoking'"));
    }

    @Test
    void selfLoopsAndContradictorySamplesAreDropped() {
        GraphSuggester s = Scripted.samples(List.of(Scripted.edges("a->a", "b->c", "c->b", "a->d")));
        GraphSuggestion g = SuggestionPipeline.of(s).run(edges(1));
        assertEquals(CausalGraph.parse("dag { a -> d; b; c }"), g.graph());
        assertEquals(2, g.notes().stream().filter(n -> n.kind() == ValidationNote.Kind.INVALID_CLAIM).count());
    }

    @Test
    void cyclesAreBrokenAtTheirWeakestEdge() {
        // a->b 3 votes, b->c 3, c->a 2: c->a closes a -> b -> c -> a and is the weakest.
        GraphSuggester s = Scripted.samples(List.of(Scripted.edges("a->b", "b->c", "c->a"),
                Scripted.edges("a->b", "b->c", "c->a"), Scripted.edges("a->b", "b->c")));
        GraphSuggestion g = SuggestionPipeline.of(s).run(edges(3));
        assertEquals(EdgeStatus.CLOSES_CYCLE, g.edge("c", "a").orElseThrow().status());
        assertEquals(CausalGraph.parse("dag { a -> b -> c; d }"), g.graph());
        ValidationNote cycle = g.notes().stream().filter(n -> n.kind() == ValidationNote.Kind.CYCLE).findFirst().orElseThrow();
        assertTrue(cycle.message().contains("a -> b -> c -> a"), cycle.message());
    }

    @Test
    void failedSamplesAreCountedAndExcludedFromTheDenominator() {
        GraphSuggester s = Scripted.samples(List.of(Scripted.edges("a->b"), InvalidAnswerException.Reason.SCHEMA,
                Scripted.edges("a->b"), InvalidAnswerException.Reason.REFUSAL));
        GraphSuggestion g = SuggestionPipeline.of(s).run(edges(4));
        assertEquals(2, g.provenance().failedSamples());
        assertEquals(0.5, g.provenance().failureRate(), 0.0);
        assertEquals(1.0, g.edge("a", "b").orElseThrow().confidence(), 0.0);
        assertEquals(2, g.edge("a", "b").orElseThrow().samples());
        // failed samples' tokens count too: 2 x (100 + 20) + 2 x (7 + 3)
        assertEquals(260, g.provenance().tokens().total());
        assertEquals(2, g.notes().stream().filter(n -> n.kind() == ValidationNote.Kind.FAILED_SAMPLE).count());
    }

    @Test
    void allSamplesFailingIsAnError() {
        GraphSuggester s = Scripted.samples(List.of(InvalidAnswerException.Reason.TRUNCATED,
                InvalidAnswerException.Reason.SCHEMA));
        SuggestionException e = assertThrows(SuggestionException.class, () -> SuggestionPipeline.of(s).run(edges(2)));
        assertTrue(e.getMessage().contains("all 2 samples from scripted failed"), e.getMessage());
        assertTrue(e.getCause() instanceof InvalidAnswerException);
    }

    @Test
    void providerFailureStopsTheRun() {
        GraphSuggester s = new Scripted(q -> {
            throw new SuggestionException("endpoint down");
        });
        assertThrows(SuggestionException.class, () -> SuggestionPipeline.of(s).run(edges(3)));
        assertThrows(SuggestionException.class, () -> SuggestionPipeline.of(s).withParallelism(3).run(edges(3)));
    }

    @Test
    void parallelAskingGivesTheSameSuggestion() {
        Map<Integer, Integer> seen = new ConcurrentHashMap<>();
        GraphSuggester s = new Scripted(q -> {
            seen.merge(q.sample(), 1, Integer::sum);
            return q.sample() % 3 == 0 ? Scripted.edges("a->b", "c->d") : Scripted.edges("a->b", "b->c");
        });
        SuggestionRequest r = edges(12);
        GraphSuggestion one = SuggestionPipeline.of(s).run(r);
        GraphSuggestion four = SuggestionPipeline.of(s).withParallelism(4).run(r);
        assertEquals(one.graph(), four.graph());
        assertEquals(one.edges(), four.edges());
        assertEquals(12, seen.size());
    }

    @Test
    void samplesGetDistinctSeedsAndPersonasInTurn() {
        Map<Integer, Question> asked = new ConcurrentHashMap<>();
        GraphSuggester s = new Scripted(q -> {
            asked.put(q.sample(), q);
            return Scripted.edges();
        });
        SuggestionPipeline.of(s).run(edges(4).withSeed(42).withPersonas(Persona.experts()));
        assertEquals(42L, asked.get(0).seed());
        assertEquals(4, asked.values().stream().map(Question::seed).distinct().count());
        assertEquals("domain-scientist", asked.get(3).persona().name());
        assertEquals("epidemiologist", asked.get(1).persona().name());
        assertEquals(4, asked.values().stream().map(Question::fingerprint).distinct().count());
    }

    @Test
    void expertKnowledgeOverrulesAndEntersTheGraph() {
        BackgroundKnowledge expert = KnowledgeFile.parse("forbid b -> c\nrequire d -> c\ntier a\ntier b, c, d");
        GraphSuggester s = Scripted.samples(List.of(Scripted.edges("a->b", "b->c", "c->a", "b->d")));
        GraphSuggestion g = SuggestionPipeline.of(s).withExpertKnowledge(expert).run(edges(1));
        assertEquals(EdgeStatus.OVERRULED, g.edge("b", "c").orElseThrow().status());
        assertEquals(EdgeStatus.OVERRULED, g.edge("c", "a").orElseThrow().status());
        assertEquals(CausalGraph.parse("dag { a -> b -> d -> c }"), g.graph());
        assertEquals(2, g.notes().stream().filter(n -> n.kind() == ValidationNote.Kind.OVERRULED).count());
    }

    @Test
    void rolesVoteAndImplyEdges() {
        List<Variable> vars = Scripted.vars("x", "y", "age", "sex", "bmi");
        GraphSuggester s = Scripted.samples(List.of(
                Scripted.roles(RoleClaim.of("age", CausalRole.CONFOUNDER, "older"), RoleClaim.of("sex", CausalRole.CONFOUNDER, ""),
                        RoleClaim.of("x", CausalRole.CONFOUNDER, "self"), RoleClaim.of("bmi", CausalRole.MEDIATOR, "wrong task")),
                Scripted.roles(RoleClaim.of("age", CausalRole.CONFOUNDER, "older"), RoleClaim.of("income", CausalRole.CONFOUNDER, "")),
                Scripted.roles(RoleClaim.of("age", CausalRole.CONFOUNDER, "aging"))));
        GraphSuggestion g = SuggestionPipeline.of(s).run(SuggestionRequest.confounders(vars, "x", "y").withSamples(3));
        assertEquals(List.of("age"), g.accepted(CausalRole.CONFOUNDER).stream().map(SuggestedRole::variable).toList());
        assertEquals(List.of("older", "aging"), g.accepted(CausalRole.CONFOUNDER).get(0).rationales());
        assertFalse(g.roles().get(1).accepted()); // sex, 1/3
        assertEquals(List.of("income"), g.inventedNames());
        assertEquals(CausalGraph.parse("dag { x [exposure]; y [outcome]; age -> x -> y; age -> y; sex; bmi }"), g.graph());
        assertEquals(2, g.notes().stream().filter(n -> n.kind() == ValidationNote.Kind.INVALID_CLAIM).count());
    }

    @Test
    void suggestedInstrumentsAreCheckedOnTheGraph() {
        List<Variable> vars = Scripted.vars("x", "y", "z", "w", "v");
        // The analyst's graph: w confounds z and y, so z is an instrument only given w; v affects y directly.
        CausalGraph analyst = CausalGraph.parse("dag { z -> x -> y; w -> z; w -> y; v -> x; v -> y }");
        GraphSuggester s = Scripted.samples(List.of(Scripted.roles(
                new RoleClaim("z", CausalRole.INSTRUMENT, List.of("w"), "conditional"),
                RoleClaim.of("v", CausalRole.INSTRUMENT, "looks like one"))));
        GraphSuggestion g = SuggestionPipeline.of(s)
                .run(SuggestionRequest.instruments(vars, "x", "y").withGraph(analyst).withSamples(1));
        SuggestedRole z = g.accepted(CausalRole.INSTRUMENT).stream().filter(r -> r.variable().equals("z")).findFirst().orElseThrow();
        SuggestedRole v = g.accepted(CausalRole.INSTRUMENT).stream().filter(r -> r.variable().equals("v")).findFirst().orElseThrow();
        assertTrue(z.check().orElseThrow().satisfied(), z.check().toString());
        assertEquals(List.of("w"), z.given());
        assertFalse(v.check().orElseThrow().satisfied());
        assertEquals(1, g.notes().stream().filter(n -> n.kind() == ValidationNote.Kind.ROLE_CHECK).count());
    }

    @Test
    void negativeControlsGetASharedLatentAndAreChecked() {
        List<Variable> vars = Scripted.vars("x", "y", "z", "w");
        GraphSuggester s = Scripted.samples(List.of(Scripted.roles(
                RoleClaim.of("z", CausalRole.NEGATIVE_CONTROL_EXPOSURE, ""),
                RoleClaim.of("w", CausalRole.NEGATIVE_CONTROL_OUTCOME, ""))));
        GraphSuggestion g = SuggestionPipeline.of(s).run(SuggestionRequest.negativeControls(vars, "x", "y").withSamples(1));
        assertEquals(CausalGraph.parse("dag { x [exposure]; y [outcome]; U [latent]; x -> y; U -> x; U -> y; U -> z; U -> w }"),
                g.graph());
        assertTrue(g.roles().stream().allMatch(r -> r.check().orElseThrow().satisfied()));
        // With the analyst's edge w -> x, w is no outcome proxy (W must be independent of X given U).
        GraphSuggestion bad = SuggestionPipeline.of(s).run(SuggestionRequest.negativeControls(vars, "x", "y")
                .withGraph(CausalGraph.parse("dag { w -> x }")).withSamples(1));
        assertFalse(bad.accepted(CausalRole.NEGATIVE_CONTROL_OUTCOME).get(0).check().orElseThrow().satisfied());
        assertTrue(bad.accepted(CausalRole.NEGATIVE_CONTROL_EXPOSURE).get(0).check().orElseThrow().satisfied());
    }

    @Test
    void theAnalystsLatentNodesNeedNotBeVariables() {
        List<Variable> vars = Scripted.vars("x", "y", "w");
        CausalGraph analyst = CausalGraph.parse("dag { U [latent]; U -> x; U -> y; U -> w; x -> y }");
        GraphSuggester s = Scripted.samples(List.of(Scripted.roles(RoleClaim.of("w", CausalRole.NEGATIVE_CONTROL_OUTCOME, ""))));
        GraphSuggestion g = SuggestionPipeline.of(s)
                .run(SuggestionRequest.negativeControls(vars, "x", "y").withGraph(analyst).withSamples(1));
        // The analyst's U is reused as the confounder the proxy stands for: no second latent node.
        assertEquals(List.of("U"), List.copyOf(g.graph().latents()));
        assertTrue(g.accepted(CausalRole.NEGATIVE_CONTROL_OUTCOME).get(0).check().orElseThrow().satisfied());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SuggestionRequest.negativeControls(vars, "x", "y").withGraph(CausalGraph.parse("dag { v -> x }")));
        assertTrue(e.getMessage().startsWith("graph nodes [v] are not among the variables"), e.getMessage());
    }

    @Test
    void latentConfoundersBecomeLatentNodesWithBenchmarks() {
        List<Variable> vars = Scripted.vars("x", "y", "age");
        LatentClaim ses = new LatentClaim("SES", "socioeconomic status", List.of("x"), Optional.of("age"), "money");
        LatentClaim ses2 = new LatentClaim("ses", "", List.of("x", "y", "nowhere"), Optional.empty(), "status");
        LatentClaim measured = new LatentClaim("Age", "", List.of("x", "y"), Optional.empty(), "");
        GraphSuggester s = Scripted.samples(List.of(
                new Answer(List.of(), List.of(), List.of(), List.of(ses, measured), Scripted.call(1, 1)),
                new Answer(List.of(), List.of(), List.of(), List.of(ses2), Scripted.call(1, 1))));
        GraphSuggestion g = SuggestionPipeline.of(s).run(SuggestionRequest.latentConfounders(vars, "x", "y").withSamples(2));
        SuggestedLatent l = g.latents().get(0);
        assertEquals("SES", l.name());
        assertEquals(2, l.votes());
        assertEquals(List.of("x", "y"), l.affects()); // the pair is added: a confounder of x and y affects both
        assertEquals(List.of(new BenchmarkScenario("SES", "x", "y", List.of("age"), 1, 1, "named by 1 of 2 samples")),
                l.benchmarks());
        assertTrue(g.graph().hasRole("SES", io.github.causal4j.graph.NodeRole.LATENT));
        assertTrue(g.graph().hasDirectedEdge("SES", "y"));
        assertEquals(List.of("nowhere"), g.inventedNames());
        assertEquals(1, g.latents().size()); // "Age" is a measured variable, not an unmeasured one
    }

    @Test
    void reportAndToStringDescribeTheSuggestion() {
        GraphSuggester s = Scripted.samples(List.of(Scripted.edges("a->b", "x->b")));
        GraphSuggestion g = SuggestionPipeline.of(s).run(edges(1));
        assertTrue(g.toString().startsWith("GraphSuggestion[edges: 1 accepted of 1 voted edges, 1 invented name dropped;"),
                g.toString());
        assertTrue(g.report().text().contains("a -> b  1/1    accepted"), g.report().text());
        assertTrue(g.report().markdown().contains("| a -> b | 1/1 | accepted |  | because a->b |"), g.report().markdown());
    }
}
