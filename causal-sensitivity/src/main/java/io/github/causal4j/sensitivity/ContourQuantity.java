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

/** What a sensitivity contour plot shows at each hypothetical confounder strength (sensemakr's {@code sensitivity.of}). */
public enum ContourQuantity {
    /** The bias-adjusted estimate; critical contour at the null est (1 - q). */
    ESTIMATE,
    /** The bias-adjusted t-value for H0: &tau; = est (1 - q); critical contour at the t quantile. */
    T_VALUE,
    /** The lower limit of the bias-adjusted interval; critical contour at the null. */
    LOWER_LIMIT,
    /** The upper limit of the bias-adjusted interval; critical contour at the null. */
    UPPER_LIMIT;

    /** @return a short human label */
    public String label() {
        switch (this) {
            case ESTIMATE:
                return "adjusted estimate";
            case T_VALUE:
                return "adjusted t-value";
            case LOWER_LIMIT:
                return "lower limit of the adjusted interval";
            default:
                return "upper limit of the adjusted interval";
        }
    }

    double valueOf(AdjustedEstimate a) {
        switch (this) {
            case ESTIMATE:
                return a.estimate();
            case T_VALUE:
                return a.tValue();
            case LOWER_LIMIT:
                return a.lower();
            default:
                return a.upper();
        }
    }
}
