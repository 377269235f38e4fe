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
package io.github.causal4j.bounds;

import io.github.causal4j.bounds.internal.StandardNormal;
import java.util.OptionalLong;

/**
 * Imbens &amp; Manski (2004, Econometrica 72:1845–1857) confidence intervals for a partially
 * identified parameter, from the estimated bounds and their standard errors.
 */
final class ImbensManski {

    private ImbensManski() {
    }

    /**
     * The critical value {@code C} solving {@code Phi(C + width / max(se_L, se_U)) - Phi(-C) = level}
     * (Imbens &amp; Manski 2004, eq. 4 with the width truncated at 0).
     */
    static double criticalValue(double width, double seLower, double seUpper, double level) {
        double sigma = Math.max(seLower, seUpper);
        double twoSided = StandardNormal.quantile((1 + level) / 2);
        if (sigma == 0) {
            return twoSided;
        }
        double shift = Math.max(0, width) / sigma;
        // f is increasing in C, negative at the one-sided quantile's lower neighbour 0 and
        // non-negative at the two-sided quantile, so bisection on [0, z_(1+level)/2] converges.
        double lo = 0;
        double hi = twoSided;
        for (int it = 0; it < 200 && hi - lo > 1e-13; it++) {
            double mid = 0.5 * (lo + hi);
            double f = StandardNormal.cdf(mid + shift) - StandardNormal.cdf(-mid) - level;
            if (f < 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    static BoundsInference interval(BoundsInference.Kind kind, double level, double lower, double upper, double seLower,
            double seUpper, int replications, OptionalLong seed) {
        double c = criticalValue(upper - lower, seLower, seUpper, level);
        double z = StandardNormal.quantile((1 + level) / 2);
        return new BoundsInference(kind, level, seLower, seUpper, c, lower - c * seLower, upper + c * seUpper,
                lower - z * seLower, upper + z * seUpper, replications, seed);
    }

    static BoundsInference analytic(double level, double lower, double upper, double seLower, double seUpper) {
        return interval(BoundsInference.Kind.ANALYTIC, level, lower, upper, seLower, seUpper, 0, OptionalLong.empty());
    }
}
