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
/**
 * Sufficient statistics from row blocks, finished on the driver: the one way every estimator of
 * this library reads its data, on one machine or on the partitions of a distributed engine.
 *
 * <p>An estimator is a short driver-side program that asks for <em>passes</em> over its rows. A pass
 * is described by a {@link io.github.causal4j.estimate.stats.StatisticsFactory}: the source of the
 * rows creates one fresh {@link io.github.causal4j.estimate.stats.BlockStatistics} per unit of work
 * (a fixed chunk of rows on one machine, a partition on a cluster), feeds it the unit's rows as
 * row-major {@link io.github.causal4j.estimate.stats.RowBlock}s, and folds the partial statistics with
 * {@code merge} in a fixed order. The merged statistics (a triangular factor, a Gram matrix, a score,
 * cluster sums ...) are small; the estimator finishes on them and decides on the next pass, if any.
 *
 * <p>{@link io.github.causal4j.estimate.stats.RowPasses} is the source. The library implements it for
 * an in-memory {@link io.github.causal4j.data.Dataset} (fixed chunks, so any thread count gives the
 * same bits), and the {@code causal-spark} module for a Spark DataFrame; estimators that accept a
 * {@code RowPasses} (e.g. {@code LinearRegression.fit(RowPasses, String)}) run the same code on both.
 * What a row holds is its {@link io.github.causal4j.estimate.stats.RowLayout}: the design columns of
 * the model's terms ({@link io.github.causal4j.estimate.stats.DesignTerm}: an intercept, numeric terms,
 * 0/1 dummies of categorical terms) followed by named per-row variables (outcome, treatment, weights,
 * cluster keys).
 *
 * <p>Statistics are {@link java.io.Serializable}: a distributed engine ships the factory to its
 * workers and the partial statistics back to the driver.
 */
package io.github.causal4j.estimate.stats;
