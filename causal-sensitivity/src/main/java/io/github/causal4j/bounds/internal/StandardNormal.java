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
package io.github.causal4j.bounds.internal;

import org.apache.commons.math3.distribution.NormalDistribution;

/** The standard normal distribution function and its inverse, behind Commons Math. */
public final class StandardNormal {

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1,
            NormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);

    private StandardNormal() {
    }

    /**
     * @param x a real number
     * @return {@code Phi(x)}
     */
    public static double cdf(double x) {
        return NORMAL.cumulativeProbability(x);
    }

    /**
     * @param p a probability in (0, 1)
     * @return {@code Phi^-1(p)}
     */
    public static double quantile(double p) {
        return NORMAL.inverseCumulativeProbability(p);
    }
}
