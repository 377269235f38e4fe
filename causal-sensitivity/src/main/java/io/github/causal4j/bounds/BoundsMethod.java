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

import io.github.causal4j.data.Dataset;

/**
 * A configured bounds method: given data and the variables to use, it returns the estimated
 * identified set with its assumptions and inference. Implementations are immutable values, so a
 * facade (such as {@code CausalAnalysis.bounds(...)}) can take one as its argument and call
 * {@link #compute} with its own data and variables.
 *
 * <pre>{@code
 * Bounds b = ManskiBounds.noAssumptions(OutcomeRange.of(0, 10))
 *         .withMtr(Direction.INCREASING)
 *         .compute(data, BoundsVariables.of("d", "y"));
 * }</pre>
 */
public sealed interface BoundsMethod
        permits ManskiBounds, MivBounds, BalkePearlBounds, LinearProgramBounds, LeeBounds, TianPearlBounds {

    /**
     * Computes the bounds.
     *
     * @param data the data (or a count table with {@link BoundsVariables#weight()})
     * @param variables the columns to use
     * @return the bounds
     * @throws IllegalArgumentException if a column is missing, has missing values, or has values the
     *     method cannot use (the message names the column and row)
     * @throws AssumptionsRefutedException if the data contradict the method's assumptions
     */
    Bounds compute(Dataset data, BoundsVariables variables);

    /** @return the method's name as the command line spells it, e.g. {@code "mtr-mts"} */
    String name();

    /**
     * @param options confidence level, standard-error mode, bootstrap replications and seed
     * @return this method with those inference options
     */
    BoundsMethod withInference(InferenceOptions options);
}
