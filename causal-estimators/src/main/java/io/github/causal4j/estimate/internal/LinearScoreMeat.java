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
import io.github.causal4j.estimate.stats.RowPasses;
import java.io.Serializable;
import java.util.List;

/**
 * The "meat" of sandwich covariances whose residuals and scores are linear in the data row: one
 * pass over {@code v_i = [x_i, y_i]} (a design row followed by response values) that forms, for
 * each of several residuals {@code u_ri = c_r' v_i}, the weighted Gram matrix
 * {@code sum_i omega_ri v_i v_i'} with {@code omega = u^2}, {@code u^2/(1 - h)} or
 * {@code u^2/(1 - h)^2} (HC0/1, HC2, HC3; MacKinnon &amp; White 1985), or the cluster sums
 * {@code sum_{i in g} u_ri v_i}. The leverage {@code h_i = v_i' H_r v_i} is a quadratic form, which
 * covers least squares ({@code H = T (X'X)^{-1} T'}) and the k-class ({@code h_i = x_i'(X~'X)^{-1} x~_i},
 * the generalisation of R's {@code AER:::hatvalues.ivreg}).
 *
 * <p>Any estimator whose estimating function is {@code s_i u_i} with {@code s_i = T' v_i} gets its
 * meat as {@code T' (sum omega v v') T}: ordinary least squares ({@code T} selects the design
 * columns, {@code c = [-b, 1]}), two-stage least squares and the k-class ({@code s_i} the projected
 * or partly projected regressors), first-stage regressions and auxiliary regressions of
 * specification tests. One pass ({@link RowPasses#pass}) serves several residuals at once.
 */
public final class LinearScoreMeat {

    private LinearScoreMeat() {
    }

    /**
     * One residual of the pass.
     *
     * @param coefficients {@code c}, length q: {@code u_i = c' v_i}
     * @param weighting how {@code u^2} is weighted
     * @param leverage {@code H}, q x q row-major, for HC2/HC3 ({@code null} for PLAIN)
     */
    public record Residual(double[] coefficients, LeastSquaresPasses.ResidualWeighting weighting, double[] leverage)
            implements Serializable {
    }

    /**
     * @param rows the rows; {@code v_i} is the first q values of each row
     * @param q the length of v
     * @param residuals the residuals
     * @return per residual, the q x q matrix {@code sum omega v v'} (row-major, symmetric)
     * @throws LeastSquaresPasses.UnitLeverageException if HC2/HC3 meet a leverage of 1
     */
    public static double[][] meats(RowPasses rows, int q, List<Residual> residuals) {
        MeatStatistics total = rows.pass(() -> new MeatStatistics(q, residuals));
        double[][] out = new double[residuals.size()][];
        for (int j = 0; j < out.length; j++) {
            out[j] = total.meats[j].symmetric();
        }
        return out;
    }

    /** The meats of several residuals in one pass. */
    private static final class MeatStatistics implements BlockStatistics<MeatStatistics> {
        private static final long serialVersionUID = 1L;

        private final int q;
        private final List<Residual> residuals;
        private final GramAccumulator[] meats;
        private transient double[] omega;

        MeatStatistics(int q, List<Residual> residuals) {
            this.q = q;
            this.residuals = List.copyOf(residuals);
            this.meats = new GramAccumulator[residuals.size()];
            for (int j = 0; j < meats.length; j++) {
                meats[j] = new GramAccumulator(q);
            }
        }

        @Override
        public void add(RowBlock block) {
            int m = block.rows();
            int width = block.width();
            double[] values = block.values();
            if (omega == null || omega.length < m) {
                omega = new double[Math.max(m, RowChunks.BLOCK_ROWS)];
            }
            for (int j = 0; j < meats.length; j++) {
                Residual res = residuals.get(j);
                for (int i = 0; i < m; i++) {
                    double u = dot(res.coefficients, values, i * width, q);
                    double w = u * u;
                    if (res.weighting != LeastSquaresPasses.ResidualWeighting.PLAIN) {
                        double oneMinus = 1.0 - quadratic(res.leverage, values, i * width, q);
                        if (oneMinus <= 1e-12) {
                            throw new LeastSquaresPasses.UnitLeverageException(block.rowLabel(i));
                        }
                        w = res.weighting == LeastSquaresPasses.ResidualWeighting.LEVERAGE ? w / oneMinus
                                : w / (oneMinus * oneMinus);
                    }
                    omega[i] = w;
                }
                meats[j].add(values, m, width, omega);
            }
        }

        @Override
        public MeatStatistics merge(MeatStatistics other) {
            for (int j = 0; j < meats.length; j++) {
                meats[j].merge(other.meats[j]);
            }
            return this;
        }
    }

    /**
     * Cluster-robust meats: for each residual and each clustering, the cluster sums
     * {@code s_g = sum_{i in g} u_i v_i}, whose {@link ClusterSums#meat()} is {@code sum_g s_g s_g'}.
     *
     * @param rows the rows; {@code v_i} is the first q values of each row
     * @param q the length of v
     * @param residuals residual coefficient vectors {@code c_r} (length q each)
     * @param clusterColumns positions of one or two cluster-key variables
     * @return [residual][clustering], the cluster sums (for two clusterings, their intersection last)
     */
    public static ClusterSums[][] clusterMeats(RowPasses rows, int q, List<double[]> residuals, int[] clusterColumns) {
        return rows.pass(() -> new ClusterMeatStatistics(q, residuals, clusterColumns)).sums;
    }

    /** The cluster sums of several residuals' scores in one pass. */
    private static final class ClusterMeatStatistics implements BlockStatistics<ClusterMeatStatistics> {
        private static final long serialVersionUID = 1L;

        private final int q;
        private final List<double[]> residuals;
        private final int[] clusterColumns;
        private final ClusterSums[][] sums;

        ClusterMeatStatistics(int q, List<double[]> residuals, int[] clusterColumns) {
            this.q = q;
            this.residuals = List.copyOf(residuals);
            this.clusterColumns = clusterColumns;
            int c = clusterColumns.length == 2 ? 3 : clusterColumns.length;
            this.sums = new ClusterSums[residuals.size()][c];
            for (ClusterSums[] perResidual : sums) {
                for (int k = 0; k < c; k++) {
                    perResidual[k] = new ClusterSums(q);
                }
            }
        }

        @Override
        public void add(RowBlock block) {
            int width = block.width();
            double[] values = block.values();
            for (int i = 0; i < block.rows(); i++) {
                int base = i * width;
                double first = values[base + clusterColumns[0]];
                double second = clusterColumns.length == 2 ? values[base + clusterColumns[1]] : 0.0;
                for (int j = 0; j < sums.length; j++) {
                    double u = dot(residuals.get(j), values, base, q);
                    sums[j][0].add(first, 0.0, u, values, base);
                    if (clusterColumns.length == 2) {
                        sums[j][1].add(second, 0.0, u, values, base);
                        sums[j][2].add(first, second, u, values, base);
                    }
                }
            }
        }

        @Override
        public ClusterMeatStatistics merge(ClusterMeatStatistics other) {
            for (int j = 0; j < sums.length; j++) {
                for (int k = 0; k < sums[j].length; k++) {
                    sums[j][k].merge(other.sums[j][k]);
                }
            }
            return this;
        }
    }

    private static double dot(double[] c, double[] block, int base, int q) {
        double s = 0.0;
        for (int a = 0; a < q; a++) {
            s += c[a] * block[base + a];
        }
        return s;
    }

    private static double quadratic(double[] h, double[] block, int base, int q) {
        double s = 0.0;
        for (int a = 0; a < q; a++) {
            double va = block[base + a];
            if (va == 0.0) {
                continue;
            }
            double t = 0.0;
            int row = a * q;
            for (int b = 0; b < q; b++) {
                t += h[row + b] * block[base + b];
            }
            s += va * t;
        }
        return s;
    }

    /**
     * {@code T' M T}.
     *
     * @param meat q x q
     * @param t q x k transform
     * @param q rows of T
     * @param k columns of T
     * @return the k x k product
     */
    public static double[] transform(double[] meat, double[] t, int q, int k) {
        double[] tt = new double[k * q];
        for (int a = 0; a < q; a++) {
            for (int b = 0; b < k; b++) {
                tt[b * q + a] = t[a * k + b];
            }
        }
        return SmallMatrices.multiply(SmallMatrices.multiply(tt, meat, k, q, q), t, k, q, k);
    }
}
