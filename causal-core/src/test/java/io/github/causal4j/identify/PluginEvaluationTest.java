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
package io.github.causal4j.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.graph.CausalGraph;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PluginEvaluationTest {

    /** Counts of (z, x, y) for a back-door graph z -> x -> y, z -> y, in a weight column. */
    private static Dataset counts() {
        return Dataset.builder()
                .numeric("z", new double[] {0, 0, 0, 0, 1, 1, 1, 1})
                .numeric("x", new double[] {0, 0, 1, 1, 0, 0, 1, 1})
                .numeric("y", new double[] {0, 1, 0, 1, 0, 1, 0, 1})
                .numeric("n", new double[] {30, 10, 5, 15, 8, 2, 12, 18})
                .build();
    }

    @Test
    void backdoorByHand() {
        CausalGraph g = CausalGraph.parse("dag { z -> x -> y; z -> y }");
        DiscreteData data = DiscreteData.weighted(counts(), "n");
        InterventionalProbability p = PluginEvaluation.evaluate(g, data, Map.of("y", "1"), Map.of("x", "1"), Map.of());
        // hand-derived: P(z=0) = 60/100, P(z=1) = 40/100; P(y=1|x=1,z=0) = 15/20, P(y=1|x=1,z=1) = 18/30
        assertEquals(0.6 * 0.75 + 0.4 * 0.6, p.value(), 1e-15);
        assertEquals("P(y=1 | do(x=1)) = " + p.value(), p.toString());
        // the same counts as probabilities give the same answer
        double[] n = counts().numeric("n").toArray();
        double[] prob = new double[n.length];
        for (int i = 0; i < n.length; i++) {
            prob[i] = n[i] / 100;
        }
        DiscreteData probs = DiscreteData.weighted(counts().withNumeric("n", prob), "n");
        assertEquals(p.value(), PluginEvaluation.evaluate(g, probs, Map.of("y", "1"), Map.of("x", "1"), Map.of()).value(),
                1e-15);
        // "1.0" and "1" name the same numeric value
        assertEquals(p.value(), PluginEvaluation.evaluate(g, data, Map.of("y", "1.0"), Map.of("x", "1"), Map.of()).value(),
                1e-15);
    }

    @Test
    void unweightedRowsAreCounted() {
        Dataset rows = Dataset.builder().numeric("x", new double[] {0, 0, 1, 1, 1})
                .categorical("y", new String[] {"a", "b", "a", "a", "b"}).build();
        DiscreteData data = DiscreteData.of(rows);
        assertEquals(2.0 / 3, data.probability(Map.of("y", "a"), Map.of("x", "1")), 1e-15);
        assertEquals(List.of("a", "b"), data.values("y"));
    }

    @Test
    void errorsNameTheProblem() {
        CausalGraph g = CausalGraph.parse("dag { z -> x -> y; z -> y }");
        Dataset d = Dataset.builder()
                .numeric("z", new double[] {0, 0, 1, 1})
                .numeric("x", new double[] {0, 1, 0, 0})
                .numeric("y", new double[] {0, 1, 1, 0}).build();
        DiscreteData data = DiscreteData.of(d);
        ZeroProbabilityException zero = assertThrows(ZeroProbabilityException.class,
                () -> PluginEvaluation.evaluate(g, data, Map.of("y", "1"), Map.of("x", "1"), Map.of()));
        assertTrue(zero.getMessage().contains("the conditioning event z=1, x=1 has probability 0"), zero.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> PluginEvaluation.evaluate(g, data, Map.of("y", "2"), Map.of("x", "1"), Map.of()));
        assertTrue(unknown.getMessage().contains("value '2' does not occur in column 'y'; its values are [0, 1]"),
                unknown.getMessage());
        NotIdentifiableException notId = assertThrows(NotIdentifiableException.class,
                () -> PluginEvaluation.evaluate(CausalGraph.parse("dag { x -> y; x <-> y }"), DiscreteData.of(d),
                        Map.of("y", "1"), Map.of("x", "1"), Map.of()));
        assertTrue(notId.getMessage().contains("hedge F = {x, y}, F' = {y}"), notId.getMessage());
        Dataset continuous = Dataset.builder().numeric("x", new Random(1).doubles(200).toArray()).build();
        IllegalArgumentException many = assertThrows(IllegalArgumentException.class,
                () -> DiscreteData.of(continuous).values("x"));
        assertTrue(many.getMessage().contains("column 'x' has more than 100 distinct values"), many.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> DiscreteData.weighted(counts().withNumeric("n", new double[] {1, 1, 1, -1, 1, 1, 1, 1}), "n"));
        assertTrue(negative.getMessage().contains("negative value -1.0 at row 4"), negative.getMessage());
    }

    @Test
    void napkinAveragesOverTheArbitraryVariable() {
        CausalGraph napkin = CausalGraph.parse("dag { w -> z -> x -> y; w <-> x; w <-> y }");
        DiscreteScm scm = DiscreteScm.onGraph(napkin, new Random(3));
        DiscreteData data = DiscreteData.weighted(scm.asWeightedData(scm.distribution(Map.of())), "weight");
        InterventionalProbability p = PluginEvaluation.evaluate(napkin, data, Map.of("y", "1"), Map.of("x", "0"), Map.of());
        double exact = IdAgreesWithEnumerationTest.marginal(scm, scm.distribution(Map.of(scm.index("x"), 0)),
                Map.of(scm.index("y"), 1));
        assertEquals(exact, p.value(), 1e-12);
        assertEquals(List.of("z"), p.averagedOver());
        assertEquals(scm.card[scm.index("z")], p.configurationsUsed());
        assertTrue(p.report().text().contains("Averaged over z"));
    }

    @Test
    void assignmentsParse() {
        assertEquals(List.of("y", "z"), List.copyOf(Assignments.parse(" y = 1 , z=0").keySet()));
        assertEquals("0", Assignments.parse("y=1,z=0").get("z"));
        assertTrue(Assignments.parse("  ").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Assignments.parse("y1"));
        assertThrows(IllegalArgumentException.class, () -> Assignments.parse("y=1,y=2"));
        assertThrows(IllegalArgumentException.class, () -> Assignments.parse("y="));
    }
}
