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
package io.github.causal4j.estimate.backdoor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.AverageEffect;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.Estimators;
import io.github.causal4j.estimate.PropensityScale;
import io.github.causal4j.estimate.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The matched sets behind a matching estimate. */
class MatchedSampleTest {

    private static final Dataset LALONDE = TestData.lalonde();

    /**
     * Every (treated, control, weight) pair of R's {@code Match(Y, Tr, X = ps, M = 1, replace = TRUE, ties = TRUE)}
     * on LaLonde, written to datasets/lalonde_psid_att_matches.csv by
     * docs/reference-scripts/sensitivity_rosenbaum_matching.R (R 4.2.2, Matching 4.10-8): ours must be the same
     * 287 pairs in 185 sets, with the same weights (exactly: both are 1/m).
     */
    @Test
    void matchedSetsAreMatchsPairs() throws IOException {
        Map<Integer, Map<Integer, Double>> expected = new TreeMap<>();
        List<String> lines = Files.readAllLines(TestData.path("lalonde_psid_att_matches.csv"));
        assertEquals("treated_id,control_id,weight", lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            // ids are 1-based row numbers
            expected.computeIfAbsent(Integer.parseInt(f[0]) - 1, k -> new TreeMap<>())
                    .put(Integer.parseInt(f[1]) - 1, Double.parseDouble(f[2]));
        }
        MatchedSample sample = Estimators.matching().matchedSample(LALONDE, "treat", "re78", TestData.LALONDE_COVARIATES);
        assertEquals(185, sample.sets().size());
        assertEquals(287, sample.pairCount());
        assertFalse(sample.isPairs());
        Map<Integer, Map<Integer, Double>> actual = new TreeMap<>();
        double[] y = LALONDE.numeric("re78").toArray();
        for (MatchedSet s : sample.sets()) {
            assertTrue(s.treated());
            assertEquals(y[s.row()], s.outcome(), 0.0);
            Map<Integer, Double> m = new TreeMap<>();
            for (Match c : s.matches()) {
                assertEquals(y[c.row()], c.outcome(), 0.0);
                m.put(c.row(), c.weight());
            }
            actual.put(s.row(), m);
        }
        assertEquals(expected, actual);
        // the estimate is the mean of the set differences, and the same as estimate()'s
        Estimate e = Estimators.matching().estimate(LALONDE, "treat", "re78", TestData.LALONDE_COVARIATES);
        assertEquals(e, sample.estimate());
        assertEquals(e.value(), Arrays.stream(sample.setDifferences()).average().orElseThrow(), 1e-9 * e.value());
    }

    /** Controls at x = 0..7 with y = x + 1; treated units at x = 2.2, 3.9, 5.3, 6.8, 7.4 with y = 5, 4, 9, 12, 13. */
    static Dataset handCase() {
        return Dataset.builder().numeric("x", new double[] {0, 1, 2, 3, 4, 5, 6, 7, 2.2, 3.9, 5.3, 6.8, 7.4})
                .binary("d", new double[] {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1})
                .numeric("y", new double[] {1, 2, 3, 4, 5, 6, 7, 8, 5, 4, 9, 12, 13}).build();
    }

    /**
     * Hand-derived. On the logit scale the score is affine in x, so the nearest controls are the
     * nearest in x whatever the fitted coefficients: 2.2 -> 2, 3.9 -> 4, 5.3 -> 5, 6.8 -> 7,
     * 7.4 -> 7, differences 5-3, 4-5, 9-6, 12-8, 13-8 = 2, -1, 3, 4, 5 and ATT 13/5. With k = 2:
     * {2, 3}, {4, 3}, {5, 6}, {7, 6}, {7, 6}, set differences 1.5, -0.5, 2.5, 4.5, 5.5 (ATT 13.5/5).
     */
    @Test
    void handCheckedOneToOneAndOneToTwo() {
        PropensityScoreMatching m = Estimators.matching().withScale(PropensityScale.LOGIT);
        MatchedSample one = m.matchedSample(handCase(), "d", "y", List.of("x"));
        assertTrue(one.isPairs());
        assertEquals(List.of(8, 9, 10, 11, 12), one.sets().stream().map(MatchedSet::row).toList());
        assertEquals(List.of(2, 4, 5, 7, 7), one.sets().stream().map(s -> s.matches().get(0).row()).toList());
        assertArrayEquals(new double[] {2, -1, 3, 4, 5}, one.setDifferences());
        assertArrayEquals(one.setDifferences(), one.pairDifferences());
        assertEquals(2.6, one.estimate().value(), 1e-12);

        MatchedSample two = m.withNeighbours(2).matchedSample(handCase(), "d", "y", List.of("x"));
        assertFalse(two.isPairs());
        assertEquals(10, two.pairCount());
        assertArrayEquals(new double[] {1.5, -0.5, 2.5, 4.5, 5.5}, two.setDifferences());
        // pairs in the order of the sorted scores: x = 2, 3 | 3, 4 | 5, 6 | 6, 7 | 6, 7
        assertArrayEquals(new double[] {2, 1, 0, -1, 3, 2, 5, 4, 6, 5}, two.pairDifferences());
        for (MatchedSet s : two.sets()) {
            assertEquals(List.of(0.5, 0.5), s.matches().stream().map(Match::weight).toList());
        }
        assertEquals(2.7, two.estimate().value(), 1e-12);
    }

    /**
     * For the ATC the targets are controls matched to treated units, and the set difference is the
     * treated mean minus the control: hand-derived on the same data, control 0 (x = 0) matches
     * 2.2 (y 5), so its difference is 5 - 1 = 4.
     */
    @Test
    void atcSetsAreControlTargets() {
        MatchedSample atc = Estimators.matching().withScale(PropensityScale.LOGIT).withEstimand(AverageEffect.ATC)
                .matchedSample(handCase(), "d", "y", List.of("x"));
        assertEquals(8, atc.sets().size());
        MatchedSet first = atc.sets().get(0);
        assertFalse(first.treated());
        assertEquals(8, first.matches().get(0).row());
        assertEquals(4.0, first.treatedMinusControl(), 0.0);
        assertEquals(atc.estimate().value(), Arrays.stream(atc.setDifferences()).average().orElseThrow(), 1e-12);
    }

    @Test
    void caliperDropsSetsAndValuesValidate() {
        MatchedSample s = Estimators.matching().withCaliper(0.01).matchedSample(LALONDE, "treat", "re78",
                TestData.LALONDE_COVARIATES);
        assertEquals(s.estimate().diagnostics().get("matched_units"), s.sets().size());
        List<Match> none = new ArrayList<>();
        assertThrows(IllegalArgumentException.class, () -> new MatchedSet(0, true, 1.0, none));
        assertThrows(IllegalArgumentException.class, () -> new MatchedSet(0, true, 1.0,
                List.of(new Match(1, 2.0, 0.5))));
        assertThrows(IllegalArgumentException.class, () -> new MatchedSet(1, true, 1.0, List.of(new Match(1, 2.0, 1))));
        assertThrows(IllegalArgumentException.class, () -> new Match(-1, 2.0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Match(1, Double.NaN, 1));
    }

    private static void assertArrayEquals(double[] expected, double[] actual) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual, 1e-12);
    }
}
