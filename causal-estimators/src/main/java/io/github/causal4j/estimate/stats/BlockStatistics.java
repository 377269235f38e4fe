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

import java.io.Serializable;

/**
 * Mergeable statistics of rows: the partial result of one pass over some rows. A source of rows
 * ({@link RowPasses}) feeds each partial its rows block by block with {@link #add(RowBlock)}, then
 * folds the partials of all units of work with {@link #merge(BlockStatistics)} in a fixed order.
 * Merging must be exact in exact arithmetic (sums, stacked triangular factors), so the finished
 * statistics do not depend on how the rows were cut, only on rounding.
 *
 * <p>Implementations are {@link Serializable} so that a distributed engine can ship the partials
 * of its workers to the driver; they must not keep a reference to a block, nor modify it.
 *
 * @param <S> the implementing type
 */
public interface BlockStatistics<S extends BlockStatistics<S>> extends Serializable {

    /**
     * Absorbs the rows of a block.
     *
     * @param block rows in the layout of the pass' source (read only, refilled after the call)
     */
    void add(RowBlock block);

    /**
     * Absorbs the statistics of other rows.
     *
     * @param other partial statistics of the same kind and parameters
     * @return the statistics of both (this object, updated, or another)
     */
    S merge(S other);
}
