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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.AverageEffect;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.Estimators;
import io.github.causal4j.estimate.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Matching on LaLonde against R 4.2.2, Matching 4.10-8: docs/reference-scripts/estimation_matching.R
 * ({@code Match(Y, Tr, X = fitted(glm), replace = TRUE, ties = TRUE)}, Abadie-Imbens SE,
 * distance.tolerance 1e-5 unless noted). Tolerance 1e-9 relative.
 */
class PropensityScoreMatchingTest {

    private static final Dataset LALONDE = TestData.lalonde();

    private static Estimate match(io.github.causal4j.estimate.backdoor.PropensityScoreMatching m) {
        return m.estimate(LALONDE, "treat", "re78", TestData.LALONDE_COVARIATES);
    }

    private static void check(double est, double se, Estimate e) {
        assertEquals(est, e.value(), 1e-9 * Math.abs(est), "estimate");
        assertEquals(se, e.stdError(), 1e-9 * se, "standard error");
    }

    @Test
    void attAteAtcAsMatching() {
        Estimate att = match(Estimators.matching());
        check(1933.3918757747749, 1090.6046437909351, att);
        assertEquals(185, att.diagnostics().get("matched_units"));
        assertEquals(287, att.diagnostics().get("matched_pairs"));
        assertEquals(136, att.diagnostics().get("distinct_matches"));
        check(-339.08831422095494, 1456.5426093105093, match(Estimators.matching().withEstimand(AverageEffect.ATE)));
        check(-1319.0622889277399, 1942.0109528523446, match(Estimators.matching().withEstimand(AverageEffect.ATC)));
    }

    @Test
    void oneToThreeAndExactTies() {
        check(1510.3061471171175, 1025.9606804058797, match(Estimators.matching().withNeighbours(3)));
        check(1968.799715855856, 1085.8155629286064, match(Estimators.matching().withTieTolerance(0)));
    }

    /**
     * With a caliper, Matching 4.10-8 keeps the unmatched treated units in its variance: they enter
     * with tau_i = 0 and the divisor stays n1 = 185 (RmatchLoop: SN = sum(iot.t), YCAUS = 0 for them),
     * which understates the SE. causal4j averages over the matched units only. The test checks the
     * estimate against Match and the SE by rebuilding Match's value from ours:
     * {@code V_Match = (m^2 V + u tau^2) / n1^2}, m matched and u unmatched units.
     */
    @Test
    void caliperDropsDistantUnits() {
        double[][] expected = {{0.05, 1977.0488278796297, 1048.7500501704158, 180}, {0.01, 1957.3351384085224,
            745.57632378837582, 133}};
        for (double[] row : expected) {
            Estimate e = match(Estimators.matching().withCaliper(row[0]));
            double m = e.diagnostics().get("matched_units");
            double u = e.diagnostics().get("unmatched_units");
            assertEquals(row[3], m);
            assertEquals(185, m + u);
            assertEquals(row[1], e.value(), 1e-9 * Math.abs(row[1]));
            double rebuilt = Math.sqrt((m * m * e.stdError() * e.stdError() + u * e.value() * e.value()) / (185.0 * 185.0));
            assertEquals(row[2], rebuilt, 1e-9 * row[2], "Match's SE rebuilt from ours");
            assertTrue(e.warnings().stream().anyMatch(w -> w.contains("no match within the caliper")));
        }
    }

    @Test
    void badInputs() {
        assertThrows(IllegalArgumentException.class, () -> Estimators.matching().estimate(LALONDE, "educ", "re78",
                List.of("age")));
        assertThrows(IllegalArgumentException.class, () -> Estimators.matching().withNeighbours(0));
        assertThrows(IllegalArgumentException.class, () -> Estimators.matching().withCaliper(0));
    }
}
