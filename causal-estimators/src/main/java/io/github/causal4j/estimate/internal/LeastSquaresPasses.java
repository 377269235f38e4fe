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

import io.github.causal4j.estimate.stats.RowPasses;

/**
 * The passes over data that a least-squares fit needs, each one {@link RowPasses#pass} with
 * mergeable statistics:
 * <ol>
 * <li>{@link #factor}: the TSQR factor of {@code [X y1 .. ys]} (rows scaled by {@code sqrt(w)} for
 * weighted least squares) and the moments of each response ({@link QrStatistics}); then the rank
 * decision and the coefficients from {@link OrderedPivotingQr};</li>
 * <li>{@link #residualMeat}: one pass that forms residuals and, in the same loop, the
 * heteroskedasticity-consistent meat {@code sum_i omega_i x_i x_i'} (with leverages for HC2/HC3;
 * {@link ResidualMeatStatistics});</li>
 * <li>{@link #clusterScores}: one pass that sums the scores {@code e_i x_i} within clusters
 * ({@link ClusterScoreStatistics}), or {@link #clusterHatBlocks} the sums clustered HC2/HC3 need.</li>
 * </ol>
 */
public final class LeastSquaresPasses {

    private LeastSquaresPasses() {
    }

    /**
     * The result of the factoring pass.
     *
     * @param solution coefficients, rank, factor of the kept columns, residual sums of squares
     * @param rows number of rows
     * @param moments per response, its weighted moments
     * @param factor the q x q row-major upper-triangular factor of {@code [X Y]} before any rank
     *     decision (instrumental-variable and other estimators read its blocks: the rows past the
     *     first j hold the columns' components orthogonal to the first j columns)
     */
    public record Factored(OrderedPivotingQr.Solution solution, long rows, WeightedMoments[] moments, double[] factor) {
    }

    /**
     * Factors {@code [X Y]} and solves.
     *
     * @param rows the rows: the design columns, then variables
     * @param responseColumns positions of the responses in a row
     * @param weightColumn position of the prior weights (positive), or -1
     * @param tolerance relative tolerance of the rank decision
     * @return the factorisation and solution
     */
    public static Factored factor(RowPasses rows, int[] responseColumns, int weightColumn, double tolerance) {
        int p = rows.layout().designWidth();
        QrStatistics total = rows.pass(() -> new QrStatistics(p, responseColumns, weightColumn));
        int q = p + responseColumns.length;
        OrderedPivotingQr.Solution solution = OrderedPivotingQr.solve(total.factor(), q, p, tolerance);
        return new Factored(solution, total.rows(), total.moments(), total.factor().clone());
    }

    /** How each squared residual is weighted in the meat (MacKinnon &amp; White 1985; Long &amp; Ervin 2000). */
    public enum ResidualWeighting {
        /** {@code e_i^2} (HC0, HC1). */
        PLAIN,
        /** {@code e_i^2 / (1 - h_i)} (HC2). */
        LEVERAGE,
        /** {@code e_i^2 / (1 - h_i)^2} (HC3). */
        LEVERAGE_SQUARED
    }

    /**
     * Thrown when an observation has leverage 1, where HC2 and HC3 are undefined.
     */
    public static final class UnitLeverageException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        /** the row, as {@link io.github.causal4j.estimate.stats.RowBlock#rowLabel(int)} names it */
        public final String row;

        UnitLeverageException(String row) {
            super(row + " has leverage 1");
            this.row = row;
        }
    }

    /**
     * One pass: residuals {@code e_i = y_i - x_i'b} and the meat {@code sum omega_i x_i x_i'} over
     * the kept columns.
     *
     * @param rows the rows
     * @param yColumn position of the response in a row
     * @param weightColumn position of the prior weights, or -1 (rows and residuals are scaled by {@code sqrt(w)})
     * @param kept the kept design columns
     * @param beta the coefficients of the kept columns
     * @param rInverse inverse of the kept factor (for leverages), may be {@code null} for PLAIN
     * @param weighting residual weighting
     * @return the rank x rank meat, row-major symmetric
     * @throws UnitLeverageException if HC2/HC3 meet a leverage of 1
     */
    public static double[] residualMeat(RowPasses rows, int yColumn, int weightColumn, int[] kept, double[] beta,
            double[] rInverse, ResidualWeighting weighting) {
        return rows.pass(() -> new ResidualMeatStatistics(yColumn, weightColumn, kept, beta, rInverse, weighting)).meat();
    }

    /**
     * One pass: per clustering, the cluster sums of the scores {@code w_i e_i x_i} (kept columns).
     *
     * @param rows the rows
     * @param yColumn position of the response in a row
     * @param weightColumn position of the prior weights, or -1
     * @param kept the kept design columns
     * @param beta the coefficients of the kept columns
     * @param clusterColumns positions of one or two cluster-key variables
     * @return per clustering (for two, their intersection last), the cluster sums
     */
    public static ClusterSums[] clusterScores(RowPasses rows, int yColumn, int weightColumn, int[] kept, double[] beta,
            int[] clusterColumns) {
        return rows.pass(() -> ClusterScoreStatistics.scores(yColumn, weightColumn, kept, beta, clusterColumns)).sums();
    }

    /**
     * One pass: per clustering, the cluster sums that clustered HC2/HC3 need
     * ({@link ClusterScoreStatistics#hatBlocks}; unweighted least squares).
     *
     * @param rows the rows
     * @param yColumn position of the response in a row
     * @param kept the kept design columns
     * @param beta the coefficients of the kept columns
     * @param rInverse inverse of the kept triangular factor
     * @param clusterColumns positions of one or two cluster-key variables
     * @return per clustering (for two, their intersection last), the cluster sums
     */
    public static ClusterSums[] clusterHatBlocks(RowPasses rows, int yColumn, int[] kept, double[] beta,
            double[] rInverse, int[] clusterColumns) {
        return rows.pass(() -> ClusterScoreStatistics.hatBlocks(yColumn, kept, beta, rInverse, clusterColumns)).sums();
    }

    /**
     * @param solution a solution
     * @param response which response
     * @return the coefficients of the kept columns, in kept order
     */
    public static double[] keptCoefficients(OrderedPivotingQr.Solution solution, int response) {
        int[] kept = solution.kept();
        double[] out = new double[kept.length];
        for (int a = 0; a < kept.length; a++) {
            out[a] = solution.coefficients()[response][kept[a]];
        }
        return out;
    }

    /** {@code h = ||x' R^{-1}||^2}, the diagonal of the hat matrix. */
    static double leverage(double[] row, int base, double[] rInverse, int k, double[] z) {
        hatCoordinates(row, base, rInverse, k, z);
        double h = 0.0;
        for (int b = 0; b < k; b++) {
            h += z[b] * z[b];
        }
        return h;
    }

    /**
     * {@code z = R^{-T} x}: the row's coordinates in which the hat matrix is {@code Z Z'}
     * ({@code H = X (R'R)^{-1} X'}), so {@code h_ij = z_i'z_j}.
     */
    static void hatCoordinates(double[] row, int base, double[] rInverse, int k, double[] z) {
        java.util.Arrays.fill(z, 0, k, 0.0);
        for (int a = 0; a < k; a++) {
            double xa = row[base + a];
            if (xa == 0.0) {
                continue;
            }
            int off = a * k;
            for (int b = a; b < k; b++) {
                z[b] += xa * rInverse[off + b];
            }
        }
    }
}
