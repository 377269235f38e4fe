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
package io.github.causal4j.estimate.internal;

import io.github.causal4j.estimate.stats.BlockStatistics;
import io.github.causal4j.estimate.stats.RowBlock;

/** The mean and centred sum of squares of some columns of the rows, in one pass ({@link WeightedMoments}). */
public final class ColumnMoments implements BlockStatistics<ColumnMoments> {

    private static final long serialVersionUID = 1L;

    private final int[] columns;
    private final WeightedMoments[] moments;

    /**
     * @param columns positions of the columns in a row
     */
    public ColumnMoments(int[] columns) {
        this.columns = columns.clone();
        this.moments = new WeightedMoments[columns.length];
        for (int j = 0; j < columns.length; j++) {
            moments[j] = new WeightedMoments();
        }
    }

    @Override
    public void add(RowBlock block) {
        double[] values = block.values();
        int width = block.width();
        for (int i = 0; i < block.rows(); i++) {
            for (int j = 0; j < columns.length; j++) {
                moments[j].add(values[i * width + columns[j]], 1.0);
            }
        }
    }

    @Override
    public ColumnMoments merge(ColumnMoments other) {
        for (int j = 0; j < moments.length; j++) {
            moments[j].merge(other.moments[j]);
        }
        return this;
    }

    /**
     * @param j index into the columns given at construction
     * @return that column's moments
     */
    public WeightedMoments of(int j) {
        return moments[j];
    }
}
