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
package io.github.causal4j.independence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.graph.CausalGraph;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndependenceTestsTest {

    private static Dataset data(String file) {
        return Dataset.readCsv(Path.of(System.getProperty("causal4j.datasets"), file));
    }

    private static ConditionalIndependence ci(String x, String y, String... given) {
        return new ConditionalIndependence(x, y, List.of(given));
    }

    @Test
    void fisherZMatchesR() {
        // R 4.2.2, docs/reference-scripts/independence_fisher_z.R (solve(cor(.)), atanh, pnorm)
        Dataset d = data("proximal_linear.csv");
        FisherZTest t = FisherZTest.create();
        IndependenceTestResult r1 = t.test(d, ci("W", "Z", "U", "X1", "X2"));
        assertEquals(0.0073391714560966138, t.partialCorrelation(d, ci("W", "Z", "U", "X1", "X2")), 1e-14);
        assertEquals(0.5186556346724564559, r1.statistic(), 1e-12);
        assertEquals(0.6040009049051519030, r1.pValue(), 1e-12);
        assertEquals(4994, r1.degreesOfFreedom());
        IndependenceTestResult r2 = t.test(d, ci("Z", "Y", "A"));
        assertEquals(17.503230551949589, r2.statistic(), 1e-10);
        assertEquals(1.3536866774114297e-68, r2.pValue(), 1e-78);
        IndependenceTestResult r3 = t.test(d, ci("X2", "W", "U", "X1"));
        assertEquals(17.523911905745209, r3.statistic(), 1e-10);
        assertEquals(9.4125054678641325e-69, r3.pValue(), 1e-78);
    }

    @Test
    void gTestAndChiSquareMatchScipy() {
        // scipy 1.17.1 chi2_contingency per stratum, docs/reference-scripts/independence_g_test.py
        Dataset d = data("lalonde_psid.csv");
        GTest g = GTest.create();
        GTest x2 = GTest.create().withStatistic(GTest.Statistic.PEARSON);
        check(g.test(d, ci("married", "nodegree", "black", "hispan")), 0.54779977340120112, 3, 0.90827128169804094);
        check(x2.test(d, ci("married", "nodegree", "black", "hispan")), 0.54825066388844945, 3, 0.90817003537942986);
        check(g.test(d, ci("treat", "married", "nodegree")), 59.258406156686711, 2, 1.355815516629355e-13);
        check(x2.test(d, ci("treat", "married", "nodegree")), 55.383022646377292, 2, 9.4130298690859246e-13);
        // educ has levels that are empty in one stratum: 33 degrees of freedom, not 2 * (levels - 1)
        check(g.test(d, ci("educ", "married", "black")), 49.84254189660782, 33, 0.030213735311817189);
        check(x2.test(d, ci("educ", "married", "black")), 43.579785739460945, 33, 0.10299817147534926);
    }

    private static void check(IndependenceTestResult r, double stat, double df, double p) {
        assertEquals(stat, r.statistic(), 1e-10 * Math.max(1, stat), r::toString);
        assertEquals(df, r.degreesOfFreedom(), r::toString);
        assertEquals(p, r.pValue(), 1e-12 * Math.max(1e-3, p) + 1e-24, r::toString);
    }

    @Test
    void weightedRowsAreCounts() {
        // a 2x2 table as four weighted rows equals the same table as individual rows
        Dataset weighted = Dataset.builder().numeric("a", new double[] {0, 0, 1, 1}).numeric("b", new double[] {0, 1, 0, 1})
                .numeric("n", new double[] {10, 20, 30, 5}).build();
        double[] a = new double[65];
        double[] b = new double[65];
        int k = 0;
        int[][] cells = {{0, 0, 10}, {0, 1, 20}, {1, 0, 30}, {1, 1, 5}};
        for (int[] c : cells) {
            for (int i = 0; i < c[2]; i++) {
                a[k] = c[0];
                b[k++] = c[1];
            }
        }
        Dataset rows = Dataset.builder().numeric("a", a).numeric("b", b).build();
        IndependenceTestResult w = GTest.create().withWeight("n").test(weighted, ci("a", "b"));
        IndependenceTestResult r = GTest.create().test(rows, ci("a", "b"));
        assertEquals(r.statistic(), w.statistic(), 1e-12);
        assertEquals(r.pValue(), w.pValue(), 1e-15);
        assertEquals(65, w.sampleSize());
    }

    @Test
    void multipleTestingMatchesPAdjust() {
        // R 4.2.2 p.adjust, docs/reference-scripts/independence_fisher_z.R
        double[] p = {0.01, 0.04, 0.03, 0.005, 0.5, 0.2};
        assertArrayEquals(new double[] {0.05, 0.12, 0.12, 0.03, 0.5, 0.4},
                MultipleTesting.adjust(p, MultipleTesting.Correction.HOLM), 1e-15);
        assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.03, 0.5, 0.24},
                MultipleTesting.adjust(p, MultipleTesting.Correction.BENJAMINI_HOCHBERG), 1e-15);
        assertArrayEquals(p, MultipleTesting.adjust(p, MultipleTesting.Correction.NONE));
        assertThrows(IllegalArgumentException.class, () -> MultipleTesting.adjust(new double[] {1.5},
                MultipleTesting.Correction.HOLM));
    }

    @Test
    void localTestsRejectAWrongGraph() {
        Dataset d = data("proximal_linear.csv");
        // The true design (datasets/README.md), with U observed: every implied independence should survive.
        CausalGraph truth = CausalGraph.parse("dag { U -> X1; U -> Z; U -> W; U -> A; U -> Y; X1 -> Z; X1 -> W; X1 -> A; "
                + "X1 -> Y; X2 -> Z; X2 -> W; X2 -> A; X2 -> Y; Z -> A; A -> Y; W -> Y }");
        LocalTestReport ok = LocalTests.run(truth, d.without(List.of("id")), FisherZTest.create(),
                MultipleTesting.Correction.HOLM, 0.05);
        // 7 nodes, 21 pairs, 16 edges: the 5 missing edges U-X2, X1-X2, Z-W, Z-Y, W-A give 5 statements
        assertEquals(5, ok.lines().size(), ok.report().text());
        assertTrue(ok.rejected().isEmpty(), ok.report().text());
        // Dropping U -> Z makes the graph imply Z _||_ U | X1, X2, which the data reject.
        CausalGraph wrong = CausalGraph.parse(truth.toDagitty()).withoutEdge("U", "Z");
        LocalTestReport bad = LocalTests.run(wrong, d, FisherZTest.create(), MultipleTesting.Correction.BENJAMINI_HOCHBERG,
                0.05);
        assertTrue(bad.rejected().stream().anyMatch(l -> l.result().statement().toText().equals("U _||_ Z | X1, X2")),
                bad.report().text());
        assertTrue(bad.report().markdown().startsWith("| statement |"));
    }

    @Test
    void badInputNamesTheColumn() {
        Dataset d = data("lalonde_psid.csv");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FisherZTest.create().test(d, ci("treat", "nosuch")));
        assertTrue(e.getMessage().contains("unknown column 'nosuch'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ci("a", "a"));
        assertThrows(IllegalArgumentException.class, () -> ci("a", "b", "a"));
    }
}
