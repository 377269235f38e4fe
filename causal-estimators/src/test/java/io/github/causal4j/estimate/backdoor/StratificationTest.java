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
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Stratification on LaLonde against docs/reference-scripts/estimation_stratification.R (R 4.2.2,
 * MatchIt 4.5.1): strata from MatchIt's quantile rule; the point estimates equal MatchIt's
 * subclassification-weighted difference in means; SEs from the Neyman formula in the script.
 */
class StratificationTest {

    private static final Dataset LALONDE = TestData.lalonde();

    private static Estimate run(int k, AverageEffect effect) {
        return Estimators.stratification().withStrata(k).withEstimand(effect).estimate(LALONDE, "treat", "re78",
                TestData.LALONDE_COVARIATES);
    }

    @Test
    void lalondeAsMatchItAndTheNeymanFormula() {
        Object[][] expected = {{5, AverageEffect.ATE, -593.57236606614447, 1718.7029049560765},
            {5, AverageEffect.ATT, 663.88729442149292, 846.16684151537061},
            {4, AverageEffect.ATC, -1429.1943346909384, 2197.6423341341265},
            {10, AverageEffect.ATT, 813.14845380835538, 856.15092810468911}};
        for (Object[] row : expected) {
            Estimate e = run((Integer) row[0], (AverageEffect) row[1]);
            double est = (Double) row[2];
            double se = (Double) row[3];
            assertEquals(est, e.value(), 1e-9 * Math.abs(est), row[0] + " " + row[1]);
            assertEquals(se, e.stdError(), 1e-9 * se, row[0] + " " + row[1]);
        }
        // K = 5, ATE: one stratum has a single treated unit (min cell 1 in the script)
        assertTrue(run(5, AverageEffect.ATE).warnings().stream().anyMatch(w -> w.contains("single treated or control")));
    }

    @Test
    void quantilesAsR() {
        // R: quantile(c(3, 1, 4, 1, 5, 9, 2, 6), c(0, .3, .5, .77, 1)) = 1, 1.1, 3.5, 5.39, 9
        double[] x = {3, 1, 4, 1, 5, 9, 2, 6};
        Arrays.sort(x);
        double[] p = {0, 0.3, 0.5, 0.77, 1};
        double[] q = {1, 2.1, 3.5, 5.39, 9};
        for (int j = 0; j < p.length; j++) {
            assertEquals(q[j], Stratification.quantileType7(x, p[j]), 1e-12);
        }
    }

    @Test
    void aStratumWithoutControlsIsLeftOutWithAWarning() {
        // Treatment more likely at high x, and every control with x > 0.8 removed: the top ATT strata
        // (among the treated) contain no controls, yet the logit still has overlap below 0.8.
        java.util.Random r = new java.util.Random(4);
        java.util.List<double[]> rows = new java.util.ArrayList<>();
        while (rows.size() < 400) {
            double x = r.nextDouble();
            double d = r.nextDouble() < 1 / (1 + Math.exp(3 - 6 * x)) ? 1 : 0;
            if (d == 0 && x > 0.8) {
                continue;
            }
            rows.add(new double[] {x, d, 2 * d + x + r.nextGaussian()});
        }
        Dataset data = Dataset.builder().numeric("x", rows.stream().mapToDouble(v -> v[0]).toArray())
                .numeric("d", rows.stream().mapToDouble(v -> v[1]).toArray())
                .numeric("y", rows.stream().mapToDouble(v -> v[2]).toArray()).build();
        Estimate e = Estimators.stratification().withStrata(5).withEstimand(AverageEffect.ATT).estimate(data, "d", "y",
                java.util.List.of("x"));
        assertTrue(e.warnings().stream().anyMatch(w -> w.contains("stratum 5 has") && w.contains("left out")),
                e.warnings().toString());
        assertEquals(0.0, e.diagnostics().get("stratum_5_control"));
        assertTrue(Double.isFinite(e.value()));
        assertThrows(IllegalArgumentException.class, () -> Estimators.stratification().withStrata(1));
    }
}
