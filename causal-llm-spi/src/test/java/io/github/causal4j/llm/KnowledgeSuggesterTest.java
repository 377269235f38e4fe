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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.graph.NodeRole;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KnowledgeSuggesterTest {

    private static final BackgroundKnowledge STUDY = KnowledgeFile.parse("""
            variable x : the treatment
            variable y : the outcome
            tier z, c
            tier x
            tier m
            tier y
            require z -> x : z shifts the treatment
            require c -> x
            require c -> y
            require x -> m
            require m -> y
            forbid z -> y
            latent genes -> x, y as strong as c : inherited
            role negative-control-outcome w : shares the confounding only
            """);
    private static final List<Variable> VARS = Scripted.vars("x", "y", "z", "c", "m", "w");
    private static final KnowledgeSuggester EXPERT = new KnowledgeSuggester(STUDY, "study.txt");

    @Test
    void edgesAreTheRequiredOnesAmongTheVariables() {
        GraphSuggestion g = EXPERT.suggest(SuggestionRequest.edges(Scripted.vars("x", "m", "y", "c")));
        assertEquals(CausalGraph.parse("dag { x -> m -> y; c -> x; c -> y }"), g.graph());
        assertTrue(g.edges().stream().allMatch(e -> e.confidence() == 1.0));
        assertEquals(List.of("knowledge"), g.provenance().outputModes());
        assertEquals(List.of("study.txt"), g.provenance().models());
        assertEquals(0, g.provenance().tokens().total());
    }

    @Test
    void rolesFollowTheGraphOfRequiredEdges() {
        assertEquals(List.of("c"), names(EXPERT.suggest(SuggestionRequest.confounders(VARS, "x", "y")), CausalRole.CONFOUNDER));
        assertEquals(List.of("m"), names(EXPERT.suggest(SuggestionRequest.mediators(VARS, "x", "y")), CausalRole.MEDIATOR));
        GraphSuggestion iv = EXPERT.suggest(SuggestionRequest.instruments(VARS, "x", "y"));
        assertEquals(List.of("z"), names(iv, CausalRole.INSTRUMENT));
        GraphSuggestion nc = EXPERT.suggest(SuggestionRequest.negativeControls(VARS, "x", "y"));
        assertEquals(List.of("w"), names(nc, CausalRole.NEGATIVE_CONTROL_OUTCOME));
        assertTrue(nc.accepted(CausalRole.NEGATIVE_CONTROL_OUTCOME).get(0).check().orElseThrow().satisfied());
    }

    private static List<String> names(GraphSuggestion g, CausalRole role) {
        return g.accepted(role).stream().map(SuggestedRole::variable).toList();
    }

    @Test
    void latentConfoundersComeWithTheirBenchmark() {
        GraphSuggestion g = EXPERT.suggest(SuggestionRequest.latentConfounders(VARS, "x", "y"));
        SuggestedLatent genes = g.latents().get(0);
        assertEquals(List.of("x", "y"), genes.affects());
        assertEquals(List.of(new BenchmarkScenario("genes", "x", "y", List.of("c"), 1, 1, "named by 5 of 5 samples")),
                genes.benchmarks());
    }

    @Test
    void critiqueKeepsRemovesReversesAddsAndNamesMissingConfounders() {
        CausalGraph analyst = CausalGraph.parse("dag { x [exposure]; y [outcome]; z -> x; z -> y; m -> x; m -> y; c -> y }");
        GraphSuggestion g = EXPERT.critique(analyst, VARS);
        Map<String, EdgeAction> verdict = new java.util.HashMap<>();
        for (EdgeCritique c : g.critiques()) {
            verdict.put(c.from() + "->" + c.to(), c.action());
        }
        assertEquals(EdgeAction.KEEP, verdict.get("z->x"));
        assertEquals(EdgeAction.REMOVE, verdict.get("z->y")); // forbidden
        assertEquals(EdgeAction.REVERSE, verdict.get("m->x")); // x -> m is required
        assertEquals(EdgeAction.KEEP, verdict.get("m->y"));
        assertEquals(EdgeAction.KEEP, verdict.get("c->y"));
        assertEquals(EdgeAction.ADD, verdict.get("c->x"));
        assertTrue(g.critiques().stream().allMatch(EdgeCritique::applied));
        // The revised graph is the expert's, plus the latent "genes" with its sensitivity benchmark.
        CausalGraph expected = CausalGraph.parse("""
                dag { x [exposure]; y [outcome]; genes [latent]; z -> x; x -> m -> y; c -> x; c -> y; genes -> x; genes -> y; w }""");
        assertEquals(expected, g.graph());
        assertEquals(List.of(new BenchmarkScenario("genes", "x", "y", List.of("c"), 1, 1, "named by 5 of 5 samples")),
                g.benchmarkScenarios());
        // Knowledge round trip: the critique's knowledge forbids what was removed and the old direction of reversals.
        BackgroundKnowledge k = g.toKnowledge();
        assertTrue(k.requires("x", "m") && k.requires("c", "x"));
        assertEquals(List.of("z -> y", "m -> x"), k.forbidden().stream().map(EdgeClaim::toString).toList());
        assertEquals(Optional.of("c"), k.latents().get(0).asStrongAs());
    }

    @Test
    void aGraphThatAlreadyHasTheConfounderIsNotToldAboutIt() {
        CausalGraph analyst = CausalGraph.parse("dag { x -> y; x <-> y }");
        GraphSuggestion g = EXPERT.critique(analyst, Scripted.vars("x", "y"));
        assertEquals(List.of(), g.latents());
        assertFalse(g.graph().latents().contains("genes"));
        assertTrue(g.graph().hasRole("x", NodeRole.EXPOSURE) == false);
    }
}
