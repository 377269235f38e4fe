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

/**
 * The cluster pass of a least-squares fit: per clustering (one or two cluster-key variables, and
 * for two their intersection), the cluster sums of the scores {@code w_i e_i x_i} over the kept
 * design columns ({@code e_i = y_i - x_i'b}, {@code w_i} the prior weight or 1).
 */
public final class ClusterScoreStatistics implements BlockStatistics<ClusterScoreStatistics> {

    private static final long serialVersionUID = 1L;

    private final int y;
    private final int weight;
    private final int[] kept;
    private final double[] beta;
    private final int[] clusterColumns;
    private final ClusterSums[] sums;
    private transient double[] keptRow;

    /**
     * @param yColumn position of the response in a row
     * @param weightColumn position of the prior weights, or -1
     * @param kept the kept design columns
     * @param beta coefficients of the kept columns
     * @param clusterColumns positions of one or two cluster-key variables
     */
    public ClusterScoreStatistics(int yColumn, int weightColumn, int[] kept, double[] beta, int[] clusterColumns) {
        this.y = yColumn;
        this.weight = weightColumn;
        this.kept = kept;
        this.beta = beta;
        this.clusterColumns = clusterColumns;
        int c = clusterColumns.length == 2 ? 3 : clusterColumns.length;
        this.sums = new ClusterSums[c];
        for (int j = 0; j < c; j++) {
            sums[j] = new ClusterSums(kept.length);
        }
    }

    @Override
    public void add(RowBlock block) {
        int k = kept.length;
        if (keptRow == null) {
            keptRow = new double[k];
        }
        double[] values = block.values();
        int width = block.width();
        for (int i = 0; i < block.rows(); i++) {
            int from = i * width;
            for (int a = 0; a < k; a++) {
                keptRow[a] = values[from + kept[a]];
            }
            double e = values[from + y] - Dot.product(keptRow, 0, beta, 0, k);
            if (weight >= 0) {
                e *= values[from + weight];
            }
            double first = values[from + clusterColumns[0]];
            sums[0].add(first, 0.0, e, keptRow, 0);
            if (clusterColumns.length == 2) {
                double second = values[from + clusterColumns[1]];
                sums[1].add(second, 0.0, e, keptRow, 0);
                sums[2].add(first, second, e, keptRow, 0);
            }
        }
    }

    @Override
    public ClusterScoreStatistics merge(ClusterScoreStatistics other) {
        for (int j = 0; j < sums.length; j++) {
            sums[j].merge(other.sums[j]);
        }
        return this;
    }

    /** @return per clustering (the intersection last, for two), the cluster sums */
    public ClusterSums[] sums() {
        return sums;
    }
}
