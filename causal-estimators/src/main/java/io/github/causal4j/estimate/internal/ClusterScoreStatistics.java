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
 * for two their intersection), cluster sums over the rows of each cluster g. Two kinds:
 * <ul>
 * <li>{@link #scores}: the scores {@code s_g = sum_i w_i e_i x_i} over the kept design columns
 * ({@code e_i = y_i - x_i'b}, {@code w_i} the prior weight or 1), for HC0/HC1;</li>
 * <li>{@link #hatBlocks}: in the coordinates {@code z_i = R^{-T} x_i} of the hat matrix
 * ({@code H = Z Z'}), the k-vector {@code c_g = Z_g'e_g} followed by the upper triangle (row by row)
 * of {@code M_g = Z_g'Z_g}, whose nonzero eigenvalues are those of the leverage block
 * {@code H_gg = Z_g Z_g'}: all that clustered HC2/HC3 need of a cluster ({@link ClusterLeverageMeat}).
 * O(k^2) per row and clustering; O(G k^2) memory.</li>
 * </ul>
 */
public final class ClusterScoreStatistics implements BlockStatistics<ClusterScoreStatistics> {

    private static final long serialVersionUID = 1L;

    private final int y;
    private final int weight;
    private final int[] kept;
    private final double[] beta;
    private final double[] rInverse;
    private final int[] clusterColumns;
    private final ClusterSums[] sums;
    private transient double[] keptRow;
    private transient double[] z;

    private ClusterScoreStatistics(int yColumn, int weightColumn, int[] kept, double[] beta, double[] rInverse,
            int[] clusterColumns) {
        this.y = yColumn;
        this.weight = weightColumn;
        this.kept = kept;
        this.beta = beta;
        this.rInverse = rInverse;
        this.clusterColumns = clusterColumns;
        int c = clusterColumns.length == 2 ? 3 : clusterColumns.length;
        int k = kept.length;
        this.sums = new ClusterSums[c];
        for (int j = 0; j < c; j++) {
            sums[j] = new ClusterSums(rInverse == null ? k : hatBlockLength(k));
        }
    }

    /**
     * Cluster sums of the scores {@code w_i e_i x_i}.
     *
     * @param yColumn position of the response in a row
     * @param weightColumn position of the prior weights, or -1
     * @param kept the kept design columns
     * @param beta coefficients of the kept columns
     * @param clusterColumns positions of one or two cluster-key variables
     * @return empty statistics
     */
    public static ClusterScoreStatistics scores(int yColumn, int weightColumn, int[] kept, double[] beta,
            int[] clusterColumns) {
        return new ClusterScoreStatistics(yColumn, weightColumn, kept, beta, null, clusterColumns);
    }

    /**
     * Cluster sums of {@code z_i e_i} and {@code z_i z_i'} (unweighted least squares).
     *
     * @param yColumn position of the response in a row
     * @param kept the kept design columns
     * @param beta coefficients of the kept columns
     * @param rInverse inverse of the kept triangular factor R, k x k row-major upper
     * @param clusterColumns positions of one or two cluster-key variables
     * @return empty statistics
     */
    public static ClusterScoreStatistics hatBlocks(int yColumn, int[] kept, double[] beta, double[] rInverse,
            int[] clusterColumns) {
        return new ClusterScoreStatistics(yColumn, -1, kept, beta, rInverse, clusterColumns);
    }

    /**
     * @param k the number of kept columns
     * @return the length of a cluster's vector from {@link #hatBlocks}: {@code k + k(k+1)/2}
     */
    public static int hatBlockLength(int k) {
        return k + k * (k + 1) / 2;
    }

    @Override
    public void add(RowBlock block) {
        int k = kept.length;
        if (keptRow == null) {
            keptRow = new double[k];
            z = new double[rInverse == null ? 0 : hatBlockLength(k)];
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
            double[] vector = keptRow;
            double scale = e;
            if (rInverse != null) {
                LeastSquaresPasses.hatCoordinates(keptRow, 0, rInverse, k, z);
                int at = k;
                for (int a = 0; a < k; a++) {
                    for (int b = a; b < k; b++) {
                        z[at++] = z[a] * z[b];
                    }
                    z[a] *= e;
                }
                vector = z;
                scale = 1.0;
            }
            double first = values[from + clusterColumns[0]];
            sums[0].add(first, 0.0, scale, vector, 0);
            if (clusterColumns.length == 2) {
                double second = values[from + clusterColumns[1]];
                sums[1].add(second, 0.0, scale, vector, 0);
                sums[2].add(first, second, scale, vector, 0);
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
