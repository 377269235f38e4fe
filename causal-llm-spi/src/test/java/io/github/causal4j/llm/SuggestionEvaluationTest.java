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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.graph.Edge;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class SuggestionEvaluationTest {

    private static final Path LLM_EVAL = Path.of(System.getProperty("causal4j.datasets"), "llm-eval");

    @Test
    void anExpertWhoKnowsTheNetworkScoresPerfectly() {
        for (String name : List.of("asia", "cancer", "earthquake", "sachs", "child", "alarm")) {
            BenchmarkNetwork net = BenchmarkNetwork.read(LLM_EVAL, name);
            List<EdgeClaim> required = new ArrayList<>();
            for (Edge e : net.truth().edges()) {
                required.add(new EdgeClaim(e.from(), e.to(), ""));
            }
            BackgroundKnowledge k = new BackgroundKnowledge(net.variables(), required, List.of(), List.of(), List.of(), List.of());
            GraphEvaluation ev = SuggestionEvaluation.of(new KnowledgeSuggester(k, name)).withSamples(2).network(net);
            assertEquals(0, ev.score().shd(), name);
            assertEquals(OptionalDouble.of(1), ev.score().precision(), name);
            assertEquals(net.truth().edgeCount(), ev.score().truthEdges(), name);
        }
        // The README's sizes: asia 8 nodes / 8 edges, alarm 37 / 46.
        assertEquals(8, BenchmarkNetwork.read(LLM_EVAL, "asia").truth().edgeCount());
        assertEquals(46, BenchmarkNetwork.read(LLM_EVAL, "alarm").truth().edgeCount());
    }

    @Test
    void aPartlyWrongExpertIsScoredByHand() {
        BenchmarkNetwork asia = BenchmarkNetwork.read(LLM_EVAL, "asia");
        // Two true edges, one reversed, one extra: TP 2, reversed 1, SHD = 1 + 1 + (8 - 3) missing = 7.
        BackgroundKnowledge k = KnowledgeFile.parse("require asia -> tub\nrequire smoke -> lung\nrequire xray -> either\n"
                + "require smoke -> dysp\n");
        GraphScore s = SuggestionEvaluation.of(new KnowledgeSuggester(k, "partial")).withSamples(1).network(asia).score();
        assertEquals(new GraphScore(8, 4, 2, 1, 7), s);
    }

    @Test
    void readsTheTuebingenPairs() {
        List<CauseEffectPair> all = SuggestionEvaluation.readPairs(LLM_EVAL.resolve("tuebingen_pairs.csv"), false);
        List<CauseEffectPair> scalar = SuggestionEvaluation.readPairs(LLM_EVAL.resolve("tuebingen_pairs.csv"), true);
        // datasets/llm-eval/README.md: 108 pairs, 78 x->y, 102 scalar.
        assertEquals(108, all.size());
        assertEquals(78, all.stream().filter(CauseEffectPair::xCausesY).count());
        assertEquals(102, scalar.size());
        assertEquals("Altitude", all.get(0).cause().name());
        assertEquals(0.166, all.get(0).weight(), 0.0);
    }

    @Test
    void pairsAreScoredWithAbstentionsAndFailuresApart() {
        List<CauseEffectPair> pairs = SuggestionEvaluation.readPairs(LLM_EVAL.resolve("tuebingen_pairs.csv"), true)
                .subList(0, 8);
        // The script answers pair i: right for i = 0..3, wrong for 4, 5, nothing for 6, and fails for 7.
        GraphSuggester s = new Scripted(q -> {
            java.util.Set<Variable> shown = java.util.Set.copyOf(q.request().variables());
            int i = 0;
            while (!shown.equals(java.util.Set.of(pairs.get(i).x(), pairs.get(i).y()))) {
                i++;
            }
            CauseEffectPair p = pairs.get(i);
            if (i == 7) {
                throw new InvalidAnswerException(InvalidAnswerException.Reason.REFUSAL, "no", Scripted.call(1, 1));
            }
            if (i == 6) {
                return Scripted.edges();
            }
            return i < 4 ? Scripted.edges(p.cause().name() + "->" + p.effect().name())
                    : Scripted.edges(p.effect().name() + "->" + p.cause().name());
        });
        PairScore score = SuggestionEvaluation.of(s).withSamples(2).withSeed(11).pairs(pairs);
        assertEquals(8, score.pairs());
        assertEquals(6, score.answered());
        assertEquals(4, score.correct());
        assertEquals(1, score.abstained());
        assertEquals(1, score.failed());
        assertEquals(OptionalDouble.of(4.0 / 6), score.accuracy());
        assertEquals(OptionalDouble.of(2.0 / 16), score.sampleFailureRate());
        double w = 0;
        double wc = 0;
        for (int i = 0; i < 6; i++) {
            w += pairs.get(i).weight();
            wc += i < 4 ? pairs.get(i).weight() : 0;
        }
        assertEquals(wc / w, score.weightedAccuracy().orElseThrow(), 1e-15);
        // Seeded presentation order: both orders occur, and the same seed gives the same orders.
        assertTrue(score.outcomes().stream().anyMatch(PairOutcome::shownSwapped));
        assertTrue(score.outcomes().stream().anyMatch(o -> !o.shownSwapped()));
        assertEquals(score.outcomes().stream().map(PairOutcome::shownSwapped).toList(),
                SuggestionEvaluation.of(s).withSamples(2).withSeed(11).pairs(pairs).outcomes().stream()
                        .map(PairOutcome::shownSwapped).toList());
    }

}
