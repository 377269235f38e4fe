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

/**
 * The interval {@code [lower, upper]} in which every value of the outcome is known to lie, the
 * assumption behind Manski's (1990) worst-case bounds.
 *
 * @param lower the smallest possible outcome {@code a}
 * @param upper the largest possible outcome {@code b}
 */
public record OutcomeRange(double lower, double upper) {

    /** Validates that {@code a < b} and both are finite. */
    public OutcomeRange {
        if (!Double.isFinite(lower) || !Double.isFinite(upper)) {
            throw new IllegalArgumentException("outcome range [" + lower + ", " + upper + "] must be finite");
        }
        if (!(lower < upper)) {
            throw new IllegalArgumentException("outcome range [" + lower + ", " + upper + "] must have lower < upper");
        }
    }

    /**
     * @param a the smallest possible outcome
     * @param b the largest possible outcome
     * @return the range {@code [a, b]}
     */
    public static OutcomeRange of(double a, double b) {
        return new OutcomeRange(a, b);
    }

    /** @return the range of a binary outcome, {@code [0, 1]} */
    public static OutcomeRange unit() {
        return new OutcomeRange(0, 1);
    }

    /** @return {@code b - a} */
    public double width() {
        return upper - lower;
    }

    /** @return {@code "[a, b]"} */
    @Override
    public String toString() {
        return "[" + BoundsFormat.number(lower) + ", " + BoundsFormat.number(upper) + "]";
    }
}
