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
package io.github.causal4j.sensitivity;

import static io.github.causal4j.sensitivity.OmittedVariableBiasTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.sensitivity.RosenbaumBounds.Distribution;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Rosenbaum bounds. Expected values: docs/reference-scripts/evalues_rosenbaum.py (Python 3.11 / NumPy
 * 1.24 / SciPy 1.10; brute-force enumeration of all sign patterns and re-ranking |d - tau| for every
 * candidate tau, from the definitions in Rosenbaum 2002, ch. 4) and, at Gamma = 1, R 4.2.2's
 * wilcox.test (exact signed-rank p-value, confidence interval and pseudo-median).
 */
class RosenbaumBoundsTest {

    // n = 12 differences with a tie in |d| (0.4, -0.4), no zero
    static final double[] SMALL = {1.8, -0.4, 2.6, 0.9, 3.1, -1.2, 0.7, 2.2, 1.5, -0.4, 4.0, 0.3};
    // n = 14 continuous differences without ties
    static final double[] PAIRS = {2.31, -0.52, 1.74, 3.05, 0.88, -1.37, 2.66, 1.12, 0.41, 4.18, 1.93, 0.67, 2.95, -0.21};

    @Test
    void pValueBoundsExactAndNormal() {
        RosenbaumBounds exact = RosenbaumBounds.ofDifferences(SMALL).withDistribution(Distribution.EXACT);
        RosenbaumBounds normal = RosenbaumBounds.ofDifferences(SMALL).withDistribution(Distribution.NORMAL);
        assertEquals(67.0, exact.statistic());
        double[][] expectedExact = {{1.0, 0.0126953125, 0.0126953125}, {1.5, 0.002162163712, 0.051248443391999986},
            {2.0, 0.000494880899290796, 0.11079310779559716}, {3.0, 4.7087669372558594e-05, 0.24950015544891357}};
        double[][] expectedNormal = {{1.0, 0.013997872039029934, 0.013997872039029934},
            {1.5, 0.0020693174054476934, 0.05284027011969312}, {2.0, 0.000321591072818174, 0.10591380320429028},
            {3.0, 8.375403650648426e-06, 0.22057737995246457}};
        for (int k = 0; k < 4; k++) {
            RosenbaumPValue e = exact.pValue(expectedExact[k][0]);
            Close.rel(expectedExact[k][1], e.lower(), 1e-12, "exact lower, Gamma " + e.gamma());
            Close.rel(expectedExact[k][2], e.upper(), 1e-12, "exact upper, Gamma " + e.gamma());
            RosenbaumPValue n = normal.pValue(expectedNormal[k][0]);
            Close.rel(expectedNormal[k][1], n.lower(), 1e-9, "normal lower, Gamma " + n.gamma());
            Close.rel(expectedNormal[k][2], n.upper(), 1e-11, "normal upper, Gamma " + n.gamma());
        }
        // R 4.2.2: wilcox.test(SMALL, alternative = "greater", exact = FALSE, correct = FALSE)$p.value
        Close.rel(0.0139978720390299, normal.pValue(1).upper(), 1e-12, "R normal p, Gamma = 1");
    }

    @Test
    void gammaOneIsWilcoxonsTest() {
        RosenbaumBounds b = RosenbaumBounds.ofDifferences(PAIRS);
        // R 4.2.2: wilcox.test(PAIRS, alternative = "greater", exact = TRUE)$p.value
        Close.rel(0.00335693359375, b.pValue(1).upper(), 1e-12, "exact p");
        // R 4.2.2: wilcox.test(PAIRS, conf.int = TRUE, exact = TRUE): [0.470, 2.395], (pseudo)median 1.405
        HodgesLehmannBound h = b.hodgesLehmann(1, 0.05);
        assertEquals(1.405, h.estimateLow(), 1e-12);
        assertEquals(1.405, h.estimateHigh(), 1e-12);
        assertEquals(0.470, h.lower(), 1e-12);
        assertEquals(2.395, h.upper(), 1e-12);
    }

    @Test
    void hodgesLehmannBoundsMatchBruteForce() {
        RosenbaumBounds exact = RosenbaumBounds.ofDifferences(PAIRS).withDistribution(Distribution.EXACT);
        RosenbaumBounds normal = RosenbaumBounds.ofDifferences(PAIRS).withDistribution(Distribution.NORMAL);
        // evalues_rosenbaum.py: "pairs HL gamma", "pairs CI exact gamma (alpha 0.05)", "pairs CI normal gamma (alpha 0.10)"
        double[][] rows = {
            {1.5, 1.145, 1.735, 0.1, 2.68, 0.28, 2.53},
            {2.0, 0.8875, 1.9025, -0.245, 3.0, -0.055, 2.855},
            {4.0, 0.4625, 2.41, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, -1.37, 4.18}};
        for (double[] r : rows) {
            HodgesLehmannBound e = exact.hodgesLehmann(r[0], 0.05);
            assertEquals(r[1], e.estimateLow(), 1e-12, "HL low at Gamma " + r[0]);
            assertEquals(r[2], e.estimateHigh(), 1e-12, "HL high at Gamma " + r[0]);
            assertEquals(r[3], e.lower(), 1e-12, "exact lower at Gamma " + r[0]);
            assertEquals(r[4], e.upper(), 1e-12, "exact upper at Gamma " + r[0]);
            HodgesLehmannBound n = normal.hodgesLehmann(r[0], 0.10);
            assertEquals(r[5], n.lower(), 1e-12, "normal lower at Gamma " + r[0]);
            assertEquals(r[6], n.upper(), 1e-12, "normal upper at Gamma " + r[0]);
        }
    }

    @Test
    void criticalGammaSeparatesRejectionFromNot() {
        RosenbaumBounds b = RosenbaumBounds.ofDifferences(PAIRS);
        double g = b.criticalGamma(0.05);
        assertTrue(b.pValue(g).upper() <= 0.05);
        assertTrue(b.pValue(g * (1 + 1e-5)).upper() > 0.05);
        assertTrue(b.report(0.05, 1, 1.5, 2).text().contains("Gamma"));
    }

    @Property(tries = 60)
    void walshOrderStatisticsEqualSortedAverages(@ForAll @IntRange(min = 1, max = 40) int n, @ForAll long seed) {
        // brute force: materialise and sort every (d_i + d_j)/2, i <= j
        Random rnd = new Random(seed);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = rnd.nextInt(3) == 0 ? Math.round(rnd.nextGaussian() * 4) / 2.0 : rnd.nextGaussian();
        }
        double[] all = new double[n * (n + 1) / 2];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                all[k++] = (d[i] + d[j]) / 2.0;
            }
        }
        Arrays.sort(all);
        io.github.causal4j.sensitivity.internal.WalshAverages w = new io.github.causal4j.sensitivity.internal.WalshAverages(d);
        for (int r = 1; r <= all.length; r++) {
            assertEquals(all[r - 1], w.kth(r), 0.0, "rank " + r);
        }
    }

    @Property(tries = 40)
    void exactTailsSumAndBracketTheNormal(@ForAll @IntRange(min = 2, max = 30) int n, @ForAll long seed) {
        // the bound at Gamma is monotone: lower <= Gamma-1 p-value <= upper
        Random rnd = new Random(seed);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = rnd.nextGaussian() + 0.3;
        }
        if (Arrays.stream(d).allMatch(v -> v == 0)) {
            return;
        }
        RosenbaumBounds b = RosenbaumBounds.ofDifferences(d).withDistribution(Distribution.EXACT);
        double p1 = b.pValue(1).upper();
        RosenbaumPValue g = b.pValue(2.5);
        assertTrue(g.lower() <= p1 + 1e-15 && p1 <= g.upper() + 1e-15, g + " vs " + p1);
        assertEquals(b.pValue(1).lower(), p1, 1e-15);
    }

    @Test
    void badInput() {
        assertMessage(() -> RosenbaumBounds.ofDifferences(new double[0]), "no matched pairs");
        assertMessage(() -> RosenbaumBounds.ofDifferences(new double[] {0, 0}), "every pair difference is 0");
        assertMessage(() -> RosenbaumBounds.ofDifferences(new double[] {1, Double.NaN}), "pair 1");
        assertMessage(() -> RosenbaumBounds.ofDifferences(PAIRS).pValue(0.5), "Gamma");
        assertMessage(() -> RosenbaumBounds.ofDifferences(PAIRS).hodgesLehmann(2, 1.5), "alpha");
        assertMessage(() -> RosenbaumBounds.ofPairs(new double[] {1, 2}, new double[] {1}), "control");
    }
}
