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
package io.github.causal4j.estimate.analysis;

import io.github.causal4j.estimate.Estimate;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the estimate table of an {@link AnalysisResult}: a method run on the identified
 * effect, with its estimate or the reason it failed (a separated propensity model, no overlap).
 *
 * @param method the method as the command line names it ({@code "ols"}, {@code "2sls"}, {@code "plugin-frontdoor"})
 * @param label a human name ({@code "OLS regression adjustment"})
 * @param role the row's role
 * @param estimate the estimate, when the method succeeded
 * @param failure why it failed, when it did
 */
public record MethodEstimate(String method, String label, Role role, Optional<Estimate> estimate,
        Optional<String> failure) {

    /** Which part a method plays in the analysis. */
    public enum Role {
        /** The estimate the strategy rests on; refutations and sensitivity analyse it. */
        PRIMARY,
        /** Another estimator of the same identified effect, side by side. */
        ALTERNATIVE,
        /** An estimate that the graph says is biased, shown for comparison (naive OLS beside IV or proximal). */
        COMPARISON;

        /** @return the lower-case name */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Validates: exactly one of estimate and failure. */
    public MethodEstimate {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(estimate, "estimate");
        Objects.requireNonNull(failure, "failure");
        if (estimate.isPresent() == failure.isPresent()) {
            throw new IllegalArgumentException("a method row has either an estimate or a failure");
        }
    }

    /** @return whether the method produced an estimate */
    public boolean succeeded() {
        return estimate.isPresent();
    }

    /** @return e.g. {@code "ols (primary): 0.0973 (SE 0.0233)"} or {@code "ipw (alternative) failed: ..."} */
    @Override
    public String toString() {
        return method + " (" + role.label() + ")" + estimate.map(e -> ": " + e).orElse(" failed: " + failure.orElse(""));
    }
}
