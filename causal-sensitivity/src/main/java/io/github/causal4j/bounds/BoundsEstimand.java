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

import java.util.Objects;

/**
 * What a {@link Bounds} bounds: the kind of causal parameter and a description naming the
 * variables, e.g. {@code E[y(1)] - E[y(0)]} for the average treatment effect of {@code d} on
 * {@code y}.
 *
 * @param kind the kind of parameter
 * @param description the parameter in the data's variable names
 */
public record BoundsEstimand(Kind kind, String description) {

    /** The kinds of parameter the bounds methods target. */
    public enum Kind {
        /** The average treatment effect {@code E[Y(1)] - E[Y(0)]} (the ACE of Balke &amp; Pearl). */
        AVERAGE_TREATMENT_EFFECT,
        /**
         * The average effect for the units whose outcome is observed under either treatment
         * (Lee 2009's "always-observed" stratum): {@code E[Y(1) - Y(0) | S(0) = S(1) = 1]}.
         */
        AVERAGE_EFFECT_ALWAYS_OBSERVED,
        /** The probability of necessity and sufficiency {@code P(Y(1)=1, Y(0)=0)} (Tian &amp; Pearl 2000). */
        PROBABILITY_OF_NECESSITY_AND_SUFFICIENCY,
        /** The probability of necessity {@code P(Y(0)=0 | X=1, Y=1)} (Tian &amp; Pearl 2000). */
        PROBABILITY_OF_NECESSITY,
        /** The probability of sufficiency {@code P(Y(1)=1 | X=0, Y=0)} (Tian &amp; Pearl 2000). */
        PROBABILITY_OF_SUFFICIENCY,
        /** A linear combination of interventional probabilities, given as a {@link CounterfactualQuery}. */
        INTERVENTIONAL_QUERY
    }

    /** Validates the fields. */
    public BoundsEstimand {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
    }

    /**
     * @param treatment the treatment variable
     * @param outcome the outcome variable
     * @return the average treatment effect of {@code treatment} on {@code outcome}
     */
    public static BoundsEstimand averageTreatmentEffect(String treatment, String outcome) {
        return new BoundsEstimand(Kind.AVERAGE_TREATMENT_EFFECT,
                "ATE of " + treatment + " on " + outcome + ": E[" + outcome + "(1)] - E[" + outcome + "(0)]");
    }

    /** @return the description */
    @Override
    public String toString() {
        return description;
    }
}
