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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.Estimators;
import io.github.causal4j.estimate.PropensityScale;
import io.github.causal4j.estimate.backdoor.MatchedSample;
import io.github.causal4j.sensitivity.RosenbaumBounds.Distribution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rosenbaum bounds from the matched sets of propensity-score matching. Reference values:
 * docs/reference-scripts/sensitivity_rosenbaum_matching.R (R 4.2.2, Matching 4.10-8): wilcox.test
 * (normal, no continuity correction), an exact dynamic programme over doubled average ranks for the
 * bounds under Gamma, and at Gamma = 1 the Hodges-Lehmann estimate and the exact interval of
 * wilcox.test's exact branch.
 */
class RosenbaumMatchingTest {

    private static final Path DATA = Path.of(System.getProperty("causal4j.datasets"));
    private static final List<String> COVARIATES = List.of("age", "educ", "black", "hispan", "married", "nodegree", "re74",
            "re75");
    private static final double[] GRID = {1, 1.5, 2, 3};

    private static MatchedSample lalonde() {
        return Estimators.matching().matchedSample(Dataset.readCsv(DATA.resolve("lalonde_psid.csv")), "treat", "re78",
                COVARIATES);
    }

    /** R's pairs (datasets/lalonde_psid_att_matches.csv) as set and pair differences, from the outcome column. */
    private static double[][] explicitDifferences() throws IOException {
        double[] y = Dataset.readCsv(DATA.resolve("lalonde_psid.csv")).numeric("re78").toArray();
        List<String> lines = Files.readAllLines(DATA.resolve("lalonde_psid_att_matches.csv"));
        Map<Integer, Double> controlMean = new LinkedHashMap<>();
        double[] pairs = new double[lines.size() - 1];
        for (int k = 1; k < lines.size(); k++) {
            String[] f = lines.get(k).split(",");
            int t = Integer.parseInt(f[0]) - 1;
            int c = Integer.parseInt(f[1]) - 1;
            controlMean.merge(t, Double.parseDouble(f[2]) * y[c], Double::sum);
            pairs[k - 1] = y[t] - y[c];
        }
        double[] sets = controlMean.entrySet().stream().mapToDouble(e -> y[e.getKey()] - e.getValue()).toArray();
        return new double[][] {sets, pairs};
    }

    private static void assertSame(RosenbaumBounds expected, RosenbaumBounds actual) {
        assertEquals(expected.statistic(), actual.statistic(), 0.0, "T");
        assertEquals(expected.nonZeroPairs(), actual.nonZeroPairs());
        for (double g : GRID) {
            for (Distribution d : Distribution.values()) {
                RosenbaumPValue e = expected.withDistribution(d).pValue(g);
                RosenbaumPValue a = actual.withDistribution(d).pValue(g);
                Close.rel(e.lower(), a.lower(), 1e-12, d + " lower at Gamma " + g);
                Close.rel(e.upper(), a.upper(), 1e-12, d + " upper at Gamma " + g);
            }
            HodgesLehmannBound e = expected.hodgesLehmann(g, 0.05);
            HodgesLehmannBound a = actual.hodgesLehmann(g, 0.05);
            Close.rel(e.estimateLow(), a.estimateLow(), 1e-12, "HL low at Gamma " + g);
            Close.rel(e.estimateHigh(), a.estimateHigh(), 1e-12, "HL high at Gamma " + g);
            Close.rel(e.lower(), a.lower(), 1e-12, "CI lower at Gamma " + g);
            Close.rel(e.upper(), a.upper(), 1e-12, "CI upper at Gamma " + g);
        }
    }

    @Test
    void lalondeSetsEqualRsMatchesAndWilcoxon() throws IOException {
        MatchedSample sample = lalonde();
        RosenbaumBounds fromSample = RosenbaumBounds.of(sample);
        assertSame(RosenbaumBounds.ofDifferences(explicitDifferences()[0]), fromSample);
        // sensitivity_rosenbaum_matching.R, "sets": n 185, non-zero 180, V 10041, normal p 0.003380141788238364
        assertEquals(10041.0, fromSample.statistic(), 0.0);
        assertEquals(180, fromSample.nonZeroPairs());
        Close.rel(0.003380141788238364, fromSample.withDistribution(Distribution.NORMAL).pValue(1).upper(), 1e-12,
                "wilcox.test normal p");
        double[][] exact = {{1, 0.0032833306550785536, 0.0032833306550785536},
            {1.5, 1.9547312607536428e-07, 0.35109787277704679}, {2, 8.6879195890578503e-12, 0.89137419924125261},
            {3, 1.185295777342938e-19, 0.99968667552464296}};
        for (double[] row : exact) {
            RosenbaumPValue p = fromSample.pValue(row[0]);
            Close.rel(row[1], p.lower(), 1e-9, "exact lower at Gamma " + row[0]);
            Close.rel(row[2], p.upper(), 1e-12, "exact upper at Gamma " + row[0]);
        }
        // HL 1505.0814499999997, exact 95% interval [351.98250000000007, 2692.4371249999999]
        HodgesLehmannBound hl = fromSample.hodgesLehmann(1, 0.05);
        Close.rel(1505.0814499999997, hl.estimateLow(), 1e-12, "HL");
        Close.rel(1505.0814499999997, hl.estimateHigh(), 1e-12, "HL");
        Close.rel(351.98250000000007, hl.lower(), 1e-12, "HL lower");
        Close.rel(2692.4371249999999, hl.upper(), 1e-12, "HL upper");
        assertTrue(fromSample.report(0.05, GRID).text().contains("185 matched sets"));
    }

    /** rbounds' psens convention on a Match object: every matched pair ranked on its own. */
    @Test
    void lalondePairsEqualRsPairs() throws IOException {
        RosenbaumBounds pairs = RosenbaumBounds.ofDifferences(lalonde().pairDifferences());
        assertSame(RosenbaumBounds.ofDifferences(explicitDifferences()[1]), pairs);
        // "pairs": n 287, non-zero 269, V 21237, normal p 0.0079499074507311425; exact bounds at Gamma 1, 2
        assertEquals(21237.0, pairs.statistic(), 0.0);
        assertEquals(269, pairs.nonZeroPairs());
        Close.rel(0.0079499074507311425, pairs.withDistribution(Distribution.NORMAL).pValue(1).upper(), 1e-12, "normal p");
        Close.rel(0.0078712004516808386, pairs.pValue(1).upper(), 1e-12, "exact p");
        Close.rel(1.3600430293658173e-13, pairs.pValue(2).lower(), 1e-9, "exact lower at Gamma 2");
        Close.rel(0.9924047670414442, pairs.pValue(2).upper(), 1e-12, "exact upper at Gamma 2");
        HodgesLehmannBound hl = pairs.hodgesLehmann(1, 0.05);
        Close.rel(1093.9149999999997, hl.estimateLow(), 1e-12, "HL");
        Close.rel(181.63749999999982, hl.lower(), 1e-12, "HL lower");
        Close.rel(2075.5985000000001, hl.upper(), 1e-12, "HL upper");
    }

    /**
     * Hand-derived (the data of MatchedSampleTest.handCase in causal-estimators): 1:1 matching on the
     * logit score gives the differences 2, -1, 3, 4, 5, ranks 2, 1, 3, 4, 5 and T = 14. Of the 32
     * sign patterns, two reach T >= 14 (all positive, or only rank 1 negative): p = 2/32 at Gamma =
     * 1. At Gamma = 2 the upper bound is (2/3)^5 + (1/3)(2/3)^4 = 48/243 and the lower bound
     * (1/3)^5 + (2/3)(1/3)^4 = 3/243. The Walsh averages of {-1, 2, 3, 4, 5} have median 3. With
     * 1:2 matching the set differences 1.5, -0.5, 2.5, 4.5, 5.5 have the same signs and rank order,
     * so the same p-values.
     */
    @Test
    void handCheckedSmallCase() {
        Dataset data = Dataset.builder().numeric("x", new double[] {0, 1, 2, 3, 4, 5, 6, 7, 2.2, 3.9, 5.3, 6.8, 7.4})
                .binary("d", new double[] {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1})
                .numeric("y", new double[] {1, 2, 3, 4, 5, 6, 7, 8, 5, 4, 9, 12, 13}).build();
        var matching = Estimators.matching().withScale(PropensityScale.LOGIT);
        for (int k = 1; k <= 2; k++) {
            RosenbaumBounds b = RosenbaumBounds.of(matching.withNeighbours(k).matchedSample(data, "d", "y", List.of("x")));
            assertEquals(14.0, b.statistic(), 0.0);
            assertEquals(2.0 / 32, b.pValue(1).upper(), 1e-15);
            assertEquals(48.0 / 243, b.pValue(2).upper(), 1e-15);
            assertEquals(3.0 / 243, b.pValue(2).lower(), 1e-15);
        }
        RosenbaumBounds pairs = RosenbaumBounds.of(matching.matchedSample(data, "d", "y", List.of("x")));
        assertEquals(3.0, pairs.hodgesLehmann(1, 0.05).estimateLow(), 0.0);
        assertTrue(pairs.toString().contains("5 matched pairs"), pairs.toString());
    }
}
