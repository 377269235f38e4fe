package io.github.causal4j.estimate.internal;

import io.github.causal4j.estimate.DesignMatrix;
import io.github.causal4j.estimate.Parallelism;
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
 * specification tests. One pass serves several residuals at once. Chunked and merged in a fixed
 * order ({@link RowChunks}), so results do not depend on the thread count.
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
    public record Residual(double[] coefficients, LeastSquaresPasses.ResidualWeighting weighting, double[] leverage) {
    }

    /**
     * @param design the design (first p entries of v)
     * @param responses the response columns (the remaining entries of v), each of length n
     * @param residuals the residuals
     * @param parallelism threads
     * @return per residual, the q x q matrix {@code sum omega v v'} (row-major, symmetric)
     * @throws LeastSquaresPasses.UnitLeverageException if HC2/HC3 meet a leverage of 1
     */
    public static double[][] meats(DesignMatrix design, double[][] responses, List<Residual> residuals,
            Parallelism parallelism) {
        int n = design.rowCount();
        int p = design.columnCount();
        int q = p + responses.length;
        int r = residuals.size();
        GramAccumulator[] total = RowChunks.reduce(n, parallelism, (from, to) -> {
            GramAccumulator[] partial = new GramAccumulator[r];
            for (int j = 0; j < r; j++) {
                partial[j] = new GramAccumulator(q);
            }
            double[] block = new double[RowChunks.BLOCK_ROWS * q];
            double[] omega = new double[RowChunks.BLOCK_ROWS];
            for (int start = from; start < to; start += RowChunks.BLOCK_ROWS) {
                int end = Math.min(to, start + RowChunks.BLOCK_ROWS);
                int m = end - start;
                fill(design, responses, start, end, block, p, q);
                for (int j = 0; j < r; j++) {
                    Residual res = residuals.get(j);
                    for (int i = 0; i < m; i++) {
                        double u = dot(res.coefficients, block, i * q, q);
                        double w = u * u;
                        if (res.weighting != LeastSquaresPasses.ResidualWeighting.PLAIN) {
                            double oneMinus = 1.0 - quadratic(res.leverage, block, i * q, q);
                            if (oneMinus <= 1e-12) {
                                throw new LeastSquaresPasses.UnitLeverageException(start + i);
                            }
                            w = res.weighting == LeastSquaresPasses.ResidualWeighting.LEVERAGE ? w / oneMinus
                                    : w / (oneMinus * oneMinus);
                        }
                        omega[i] = w;
                    }
                    partial[j].add(block, m, q, omega);
                }
            }
            return partial;
        }, (a, b) -> {
            for (int j = 0; j < r; j++) {
                a[j].merge(b[j]);
            }
            return a;
        });
        double[][] out = new double[r][];
        for (int j = 0; j < r; j++) {
            out[j] = total[j].symmetric();
        }
        return out;
    }

    /**
     * Cluster-robust meats: for each residual and each clustering, {@code sum_g s_g s_g'} with
     * {@code s_g = sum_{i in g} u_i v_i}.
     *
     * @param design the design
     * @param responses the response columns
     * @param residuals residual coefficient vectors {@code c_r} (length q each)
     * @param clusterings per clustering, a code in {@code 0..G-1} for every row
     * @param clusterCounts per clustering, G
     * @param parallelism threads
     * @return [residual][clustering], the q x q matrix
     */
    public static double[][][] clusterMeats(DesignMatrix design, double[][] responses, List<double[]> residuals,
            int[][] clusterings, int[] clusterCounts, Parallelism parallelism) {
        int n = design.rowCount();
        int p = design.columnCount();
        int q = p + responses.length;
        int r = residuals.size();
        int c = clusterings.length;
        // Score sums per cluster in full G x q arrays, merged in chunk order.
        double[][][] totals = RowChunks.reduce(n, parallelism, (from, to) -> {
            double[][][] sums = new double[r][c][];
            for (int j = 0; j < r; j++) {
                for (int k = 0; k < c; k++) {
                    sums[j][k] = new double[clusterCounts[k] * q];
                }
            }
            double[] block = new double[RowChunks.BLOCK_ROWS * q];
            for (int start = from; start < to; start += RowChunks.BLOCK_ROWS) {
                int end = Math.min(to, start + RowChunks.BLOCK_ROWS);
                int m = end - start;
                fill(design, responses, start, end, block, p, q);
                for (int i = 0; i < m; i++) {
                    int base = i * q;
                    for (int j = 0; j < r; j++) {
                        double u = dot(residuals.get(j), block, base, q);
                        for (int k = 0; k < c; k++) {
                            int off = clusterings[k][start + i] * q;
                            double[] s = sums[j][k];
                            for (int a = 0; a < q; a++) {
                                s[off + a] += u * block[base + a];
                            }
                        }
                    }
                }
            }
            return sums;
        }, (x, y) -> {
            for (int j = 0; j < r; j++) {
                for (int k = 0; k < c; k++) {
                    double[] a = x[j][k];
                    double[] b = y[j][k];
                    for (int t = 0; t < a.length; t++) {
                        a[t] += b[t];
                    }
                }
            }
            return x;
        });
        double[][][] out = new double[r][c][];
        for (int j = 0; j < r; j++) {
            for (int k = 0; k < c; k++) {
                double[] s = totals[j][k];
                GramAccumulator g = new GramAccumulator(q);
                double[] ones = new double[clusterCounts[k]];
                java.util.Arrays.fill(ones, 1.0);
                g.add(s, clusterCounts[k], q, ones);
                out[j][k] = g.symmetric();
            }
        }
        return out;
    }

    private static void fill(DesignMatrix design, double[][] responses, int start, int end, double[] block, int p, int q) {
        design.fill(start, end, block, q);
        int m = end - start;
        for (int s = 0; s < responses.length; s++) {
            double[] y = responses[s];
            for (int i = 0; i < m; i++) {
                block[i * q + p + s] = y[start + i];
            }
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
