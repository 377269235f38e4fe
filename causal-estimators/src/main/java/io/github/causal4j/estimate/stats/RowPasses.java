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
package io.github.causal4j.estimate.stats;

/**
 * Rows that an estimator reads in passes: the data of one analysis (a model's design columns and
 * its per-row variables, as described by {@link #layout()}), wherever they are. Each
 * {@link #pass(StatisticsFactory)} creates fresh statistics per unit of work, feeds them the unit's
 * rows in {@link RowBlock}s and merges the partials in a fixed order, so that repeating a pass on
 * the same rows gives the same bits.
 *
 * <p>Contract for implementations: every value handed out is finite (a source checks its data
 * first and names the column and row of a missing or non-finite value), blocks follow
 * {@link #layout()}, and exceptions thrown by statistics reach the caller unchanged.
 *
 * <p>The library implements it for data in memory; the {@code causal-spark} module implements it
 * for Spark DataFrames.
 */
public interface RowPasses {

    /** @return what each row holds: the design columns, then the per-row variables */
    RowLayout layout();

    /** @return the number of rows */
    long rowCount();

    /**
     * @param variable one of {@code layout().variables()}
     * @return its summary over all rows
     * @throws IllegalArgumentException if there is no such variable, or it has no numeric summary (the
     *     cluster keys a source derives from a categorical column)
     */
    VariableSummary summary(String variable);

    /**
     * Runs one pass over all rows.
     *
     * @param factory creates the empty statistics of a unit of work
     * @param <S> the statistics
     * @return the statistics of all rows
     */
    <S extends BlockStatistics<S>> S pass(StatisticsFactory<S> factory);

    /**
     * @return the SHA-256 content digest of the data the rows come from (for the provenance of
     *     results), or {@code ""} when the source does not compute one
     */
    String digest();

    /**
     * How a person knows a value of a variable in a message (a cluster that makes a covariance
     * undefined, say). A source that knows its categorical levels names the level; by default
     * the value is printed, which for a categorical variable is its level's index among the sorted
     * levels.
     *
     * @param variable one of the layout's variables
     * @param value a value of it
     * @return the level in quotes ({@code 'Abu Gamra'}), or the number (without a fraction when whole)
     */
    default String describe(String variable, double value) {
        boolean whole = value == Math.rint(value) && Math.abs(value) < 1e15;
        return whole ? Long.toString((long) value) : Double.toString(value);
    }
}
