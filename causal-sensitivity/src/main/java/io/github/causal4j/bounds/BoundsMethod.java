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
