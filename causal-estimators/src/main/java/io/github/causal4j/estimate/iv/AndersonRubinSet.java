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
package io.github.causal4j.estimate.iv;

import io.github.causal4j.estimate.internal.Formatting;

/**
 * The Anderson–Rubin confidence set for the coefficient of one endogenous regressor: every
 * {@code beta0} that the Anderson–Rubin test does not reject at the chosen level (Anderson &amp;
 * Rubin 1949, Ann. Math. Statist. 20:46). It is valid however weak the instruments are, and so it
 * is not always an interval: inverting the test, a quadratic inequality in {@code beta0}, gives a
 * bounded interval, the union of two rays, the whole line (instruments uninformative at this
 * level), a single ray (a boundary case), or the empty set (the over-identifying restrictions are
 * rejected for every {@code beta0}; Dufour 1997, Econometrica 65:1365).
 */
public sealed interface AndersonRubinSet {

    /**
     * @param beta0 a value of the coefficient
     * @return whether the set contains it
     */
    boolean contains(double beta0);

    /** @return whether the set is a bounded interval (or empty) */
    boolean isBounded();

    /** @return the kind, as in JSON: {@code interval}, {@code two_rays}, {@code ray}, {@code whole_line}, {@code empty} */
    String kind();

    /**
     * {@code [lower, upper]}.
     *
     * @param lower lower limit
     * @param upper upper limit, at least {@code lower}
     */
    record Interval(double lower, double upper) implements AndersonRubinSet {
        /** Validates. */
        public Interval {
            if (!(lower <= upper) || !Double.isFinite(lower) || !Double.isFinite(upper)) {
                throw new IllegalArgumentException("not an interval: [" + lower + ", " + upper + "]");
            }
        }

        @Override
        public boolean contains(double beta0) {
            return beta0 >= lower && beta0 <= upper;
        }

        @Override
        public boolean isBounded() {
            return true;
        }

        @Override
        public String kind() {
            return "interval";
        }

        @Override
        public String toString() {
            return "[" + Formatting.number(lower) + ", " + Formatting.number(upper) + "]";
        }
    }

    /**
     * {@code (-inf, upperOfLeft] U [lowerOfRight, +inf)}.
     *
     * @param upperOfLeft end of the left ray
     * @param lowerOfRight start of the right ray, above {@code upperOfLeft}
     */
    record TwoRays(double upperOfLeft, double lowerOfRight) implements AndersonRubinSet {
        /** Validates. */
        public TwoRays {
            if (!(upperOfLeft < lowerOfRight) || !Double.isFinite(upperOfLeft) || !Double.isFinite(lowerOfRight)) {
                throw new IllegalArgumentException("not two disjoint rays: " + upperOfLeft + ", " + lowerOfRight);
            }
        }

        @Override
        public boolean contains(double beta0) {
            return beta0 <= upperOfLeft || beta0 >= lowerOfRight;
        }

        @Override
        public boolean isBounded() {
            return false;
        }

        @Override
        public String kind() {
            return "two_rays";
        }

        @Override
        public String toString() {
            return "(-inf, " + Formatting.number(upperOfLeft) + "] U [" + Formatting.number(lowerOfRight) + ", inf)";
        }
    }

    /**
     * A half-line {@code [bound, +inf)} or {@code (-inf, bound]}.
     *
     * @param bound the finite end
     * @param upward whether the ray extends to {@code +inf}
     */
    record Ray(double bound, boolean upward) implements AndersonRubinSet {
        @Override
        public boolean contains(double beta0) {
            return upward ? beta0 >= bound : beta0 <= bound;
        }

        @Override
        public boolean isBounded() {
            return false;
        }

        @Override
        public String kind() {
            return "ray";
        }

        @Override
        public String toString() {
            return upward ? "[" + Formatting.number(bound) + ", inf)" : "(-inf, " + Formatting.number(bound) + "]";
        }
    }

    /** Every real number: the instruments carry no information at this level. */
    record WholeLine() implements AndersonRubinSet {
        @Override
        public boolean contains(double beta0) {
            return true;
        }

        @Override
        public boolean isBounded() {
            return false;
        }

        @Override
        public String kind() {
            return "whole_line";
        }

        @Override
        public String toString() {
            return "(-inf, inf)";
        }
    }

    /** No value: the test rejects every coefficient (the over-identifying restrictions fail). */
    record Empty() implements AndersonRubinSet {
        @Override
        public boolean contains(double beta0) {
            return false;
        }

        @Override
        public boolean isBounded() {
            return true;
        }

        @Override
        public String kind() {
            return "empty";
        }

        @Override
        public String toString() {
            return "{}";
        }
    }
}
