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

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.sensitivity.internal.StudentT;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * The robustness values against their definitions, by brute force over a grid of confounders: no
 * confounder inside the box [0, RV(1 - eps)]&sup2; reaches the problematic region, and one inside
 * [0, RV(1 + eps)]&sup2; does (Cinelli &amp; Hazlett 2020, definitions of RV<sub>q</sub> and RV<sub>q,&alpha;</sub>).
 */
class RobustnessValuePropertiesTest {

    private static final int GRID = 120;

    @Property(tries = 60)
    void pointRobustnessValueIsTheSmallestBoxThatReachesTheNull(@ForAll @DoubleRange(min = 0.5, max = 30) double t,
            @ForAll @IntRange(min = 5, max = 5000) int dof, @ForAll @DoubleRange(min = 0.1, max = 2) double q) {
        OmittedVariableBias ovb = OmittedVariableBias.of(t * 0.1, 0.1, dof);
        double rv = ovb.robustnessValue(q);
        Assume.that(rv < 0.98);
        double target = Math.abs(ovb.estimate()) * (1 - q);
        assertTrue(minimumOverBox(ovb, rv * (1 - 1e-6), false) > target - 1e-12, "inside the box the estimate stays above the null");
        assertTrue(minimumOverBox(ovb, Math.min(0.999, rv * (1 + 1e-3)), false) <= target + 1e-12, "a slightly larger box reaches it");
    }

    @Property(tries = 120)
    void significanceRobustnessValueIsTheSmallestBoxThatReachesTheCriticalT(@ForAll @DoubleRange(min = 1.5, max = 12) double t,
            @ForAll @IntRange(min = 5, max = 3000) int dof, @ForAll @DoubleRange(min = 0.1, max = 1.5) double q,
            @ForAll @DoubleRange(min = 0.01, max = 0.3) double alpha, @ForAll @DoubleRange(min = 0.6, max = 2.0) double robustRatio) {
        OmittedVariableBias ovb = OmittedVariableBias.of(t * 0.1, 0.1, dof).withRobustStandardError(0.1 * robustRatio, "robust");
        double rv = ovb.robustnessValue(q, alpha);
        Assume.that(rv > 1e-4 && rv < 0.95);
        // t against the null est (1 - q), in the sensemakr convention: critical value with dof - 1
        double crit = StudentT.twoSidedCritical(alpha, dof - 1);
        SensitivityOptions o = SensitivityOptions.defaults().withQ(q).withAlpha(alpha);
        assertTrue(minimumT(ovb, o, rv * (1 - 1e-6)) > crit - 1e-9, "inside the box the adjusted t stays above the critical value");
        assertTrue(minimumT(ovb, o, Math.min(0.999, rv * (1 + 1e-3))) <= crit + 1e-9, "a slightly larger box reaches it");
    }

    /** Minimum over the grid of the box [0, s]^2 of |adjusted estimate| (oriented by the sign of the estimate). */
    private static double minimumOverBox(OmittedVariableBias ovb, double s, boolean unused) {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i <= GRID; i++) {
            for (int j = 0; j <= GRID; j++) {
                double e = ovb.adjustedEstimate(Confounder.of(s * i / GRID, s * j / GRID), BiasDirection.TOWARD_ZERO);
                min = Math.min(min, Math.signum(ovb.estimate()) * e);
            }
        }
        return min;
    }

    /** Minimum of the oriented adjusted t over the box, with the optimum's edges included exactly (the minimum is on the boundary). */
    private static double minimumT(OmittedVariableBias ovb, SensitivityOptions o, double s) {
        double min = Double.POSITIVE_INFINITY;
        for (int k = 0; k <= 20 * GRID; k++) {
            double v = s * k / (20 * GRID);
            // the adjusted t decreases in both coordinates' "strength" up to the box edge, so its minimum over
            // the box lies on the edges r2dz = s or r2yz = s
            min = Math.min(min, Math.signum(ovb.estimate()) * ovb.adjust(Confounder.of(s, v), o).tValue());
            min = Math.min(min, Math.signum(ovb.estimate()) * ovb.adjust(Confounder.of(v, s), o).tValue());
        }
        return min;
    }
}
