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

import org.apache.commons.math3.special.Erf;

/** Standard normal tail and quantile, behind the wall (Commons Math stays out of public signatures). */
public final class Normal {

    private static final org.apache.commons.math3.distribution.NormalDistribution STANDARD =
            new org.apache.commons.math3.distribution.NormalDistribution(null, 0.0, 1.0, 1e-14);

    private Normal() {
    }

    /**
     * @param z a value
     * @return P(Z &gt; z), accurate in the far tail (erfc)
     */
    public static double upperTail(double z) {
        return 0.5 * Erf.erfc(z / Math.sqrt(2.0));
    }

    /**
     * @param p a probability in (0, 1)
     * @return the p quantile
     */
    public static double quantile(double p) {
        return STANDARD.inverseCumulativeProbability(p);
    }
}
