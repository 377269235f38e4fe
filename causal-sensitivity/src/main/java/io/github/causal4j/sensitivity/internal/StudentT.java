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
package io.github.causal4j.sensitivity.internal;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Student-t quantiles behind a thin wall (Commons Math stays out of public signatures). The inverse
 * CDF is solved to an absolute accuracy of 1e-14, well below the 1e-6 relative tolerance the
 * sensemakr parity tests demand of interval limits.
 */
public final class StudentT {

    private static final double ACCURACY = 1e-14;

    private StudentT() {
    }

    /**
     * The two-sided critical value |t*_{alpha/2, dof}|, the (1 - alpha/2) quantile.
     *
     * @param alpha significance level in (0, 1)
     * @param dof degrees of freedom, positive
     * @return the critical value (0 when alpha = 1)
     */
    public static double twoSidedCritical(double alpha, double dof) {
        if (alpha >= 1.0) {
            return 0.0;
        }
        return new TDistribution(null, dof, ACCURACY).inverseCumulativeProbability(1.0 - alpha / 2.0);
    }
}
