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
 * One assumption a {@link Bounds} rests on: its kind (typed, for programs) and a statement in the
 * analysis' own variable names (for people), e.g. kind {@link Kind#MONOTONE_TREATMENT_RESPONSE}
 * with the statement {@code "y(1) >= y(0) for every unit (MTR, Manski 1997)"}.
 *
 * @param kind the kind of assumption
 * @param statement the assumption spelled out for this analysis
 */
public record Assumption(Kind kind, String statement) {

    /** The kinds of assumption the bounds methods use. */
    public enum Kind {
        /** The outcome lies in a known interval [a, b] (Manski 1990). */
        BOUNDED_OUTCOME,
        /** Each unit's outcome is monotone in the treatment (Manski 1997). */
        MONOTONE_TREATMENT_RESPONSE,
        /** Mean potential outcomes are monotone in the treatment received (Manski &amp; Pepper 2000). */
        MONOTONE_TREATMENT_SELECTION,
        /** Mean potential outcomes are monotone in an instrument's value (Manski &amp; Pepper 2000). */
        MONOTONE_INSTRUMENT,
        /**
         * The instrument is independent of the latent confounders and affects the outcome only
         * through the treatment (randomisation and exclusion; Balke &amp; Pearl 1997).
         */
        INSTRUMENT_INDEPENDENCE_AND_EXCLUSION,
        /** The data come from the stated causal graph, with the latent confounding it shows. */
        CAUSAL_GRAPH,
        /** The treatment is randomised: independent of potential outcomes and selection. */
        RANDOMIZED_TREATMENT,
        /** Treatment can only make the outcome observed, never unobserved (Lee 2009). */
        MONOTONE_SELECTION,
        /** Experimental data give {@code P(Y(x))}; consistency links them to the observational data. */
        EXPERIMENTAL_DATA,
        /** No confounding between treatment and outcome in the observational data (exogeneity). */
        EXOGENEITY,
        /** Binary variables with no further restriction on the mechanism. */
        BINARY_VARIABLES
    }

    /** Validates the fields. */
    public Assumption {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(statement, "statement");
    }

    /** @return the statement */
    @Override
    public String toString() {
        return statement;
    }
}
