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
package io.github.causal4j.estimate;

/**
 * An interval stated to contain every value of the outcome, {@code [lower, upper]}: the
 * assumption behind Manski's (1990) worst-case bounds, offered by {@link CausalAnalysis#outcomeSupport}
 * so that a bounds stage can use it when the effect is not identified. A binary outcome needs none
 * ({@code [0, 1]} is known).
 *
 * @param lower the smallest possible outcome
 * @param upper the largest possible outcome
 */
public record OutcomeSupport(double lower, double upper) {

    /** Validates: finite, {@code lower < upper}. */
    public OutcomeSupport {
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || !(lower < upper)) {
            throw new IllegalArgumentException("the outcome support [" + lower + ", " + upper
                    + "] must be finite with lower < upper");
        }
    }

    /** @return {@code "[lower, upper]"} */
    @Override
    public String toString() {
        return "[" + lower + ", " + upper + "]";
    }
}
