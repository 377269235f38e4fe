package io.github.causal4j.estimate.stats;

import java.io.Serializable;

/**
 * Creates the empty statistics of one pass, once per unit of work (a chunk of rows, a partition).
 * Serializable, because a distributed engine runs it on its workers: a factory captures only the
 * pass' parameters (coefficients, column positions), never the data.
 *
 * @param <S> the statistics
 */
@FunctionalInterface
public interface StatisticsFactory<S extends BlockStatistics<S>> extends Serializable {

    /** @return empty statistics */
    S create();
}
