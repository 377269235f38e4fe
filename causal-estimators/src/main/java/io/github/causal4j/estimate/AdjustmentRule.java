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

/** How the adjustment set of an analysis was chosen. */
public enum AdjustmentRule {
    /** The user named the covariates ({@code CausalAnalysis.adjustingFor}); checked against the graph when there is one. */
    USER_SPECIFIED,
    /**
     * The optimal adjustment set ("O-set", Henckel, Perković &amp; Maathuis 2022,
     * {@code O = pa(cn(x, y)) \ forb(x, y)}) that identification recommends: among valid sets it
     * has the smallest asymptotic variance.
     */
    OPTIMAL,
    /** A minimal valid adjustment set from identification, used when the O-set does not exist. */
    MINIMAL,
    /**
     * The graph admits no valid adjustment set: back-door estimators cannot be used, and the
     * identification says which strategy (front-door, ID formula, instrument, proxies) applies, if any.
     */
    NO_VALID_SET,
    /** No graph and no covariates: the effect is estimated without adjustment (valid only in a randomised design). */
    NONE;

    /** @return the lower-case name, as JSON and the command line write it ({@code "optimal"}) */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
