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
 * A stage that can be run on an analysis: an estimator, a sensitivity analysis, a bounds
 * computation. It receives the {@link AnalysisContext} (data, graph, treatment, outcome, the
 * adjustment set identification chose, the seed, and the estimate when there is one) and returns
 * its result.
 *
 * <p>This is the extension point of {@link CausalAnalysis}: modules above the estimators (the
 * sensitivity and bounds module) implement it, and users call
 * {@code analysis.identify().apply(step)} (or {@code .sensitivity(step)}, {@code .bounds(step)}),
 * so the facade offers their stages without depending on them.
 *
 * <pre>{@code
 * AnalysisStep<Double> naiveDifference = context -> {
 *     ...  // read context.data(), context.treatment(), context.outcome()
 * };
 * double d = CausalAnalysis.of(data, graph).treatment("d").outcome("y").identify().apply(naiveDifference);
 * }</pre>
 *
 * @param <R> the result type
 */
@FunctionalInterface
public interface AnalysisStep<R> {

    /**
     * @param context the analysis so far
     * @return the step's result
     */
    R apply(AnalysisContext context);
}
