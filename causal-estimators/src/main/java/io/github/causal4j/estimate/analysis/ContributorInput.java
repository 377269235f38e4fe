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

import io.github.causal4j.estimate.AnalysisContext;
import io.github.causal4j.estimate.Estimate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link AnalysisContributor} sees: the analysis context (data, graph, variables, the
 * adjustment set and identification, the primary estimate when there is one), every estimate of
 * the run, and the run's options (seed and progress are in the context and options).
 *
 * @param context the analysis context, with the primary estimate set when one succeeded
 * @param estimates the estimate table, in order
 * @param options the run's options
 */
public record ContributorInput(AnalysisContext context, List<MethodEstimate> estimates, RunOptions options) {

    /** Validates and copies. */
    public ContributorInput {
        Objects.requireNonNull(context, "context");
        estimates = List.copyOf(estimates);
        Objects.requireNonNull(options, "options");
    }

    /**
     * @param method a method name, e.g. {@code "ols"}
     * @return the first successful estimate of that method that is not a comparison row
     */
    public Optional<Estimate> estimate(String method) {
        return estimates.stream().filter(m -> m.method().equals(method) && m.role() != MethodEstimate.Role.COMPARISON)
                .flatMap(m -> m.estimate().stream()).findFirst();
    }
}
