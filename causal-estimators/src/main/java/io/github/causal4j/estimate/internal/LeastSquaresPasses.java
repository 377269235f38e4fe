package io.github.causal4j.estimate.internal;

import io.github.causal4j.estimate.DesignMatrix;
import io.github.causal4j.estimate.Parallelism;

/**
 * The passes over data that a least-squares fit needs, each a chunked, mergeable reduction
 * ({@link RowChunks}):
 * <ol>
 * <li>{@link #factor}: the TSQR factor of {@code [X y1 .. ys]} (rows scaled by {@code sqrt(w)} for
 * weighted least squares) and the moments of each response; then the rank decision and the
 * coefficients from {@link OrderedPivotingQr};</li>
 * <li>{@link #residualMeat}: one pass that forms residuals and, in the same loop, the
 * heteroskedasticity-consistent meat {@code sum_i omega_i x_i x_i'} (with leverages for HC2/HC3);</li>
 * <li>{@link #clusterScores}: one pass that sums the scores {@code e_i x_i} within clusters.</li>
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
    public record Factored(OrderedPivotingQr.Solution solution, int rows, WeightedMoments[] moments, double[] factor) {
    }

    private static final class FactorPartial {
        final TsqrAccumulator qr;
        final WeightedMoments[] moments;

        FactorPartial(int q, int responses) {
            qr = new TsqrAccumulator(q);
            moments = new WeightedMoments[responses];
            for (int s = 0; s < responses; s++) {
                moments[s] = new WeightedMoments();
            }
        }

        FactorPartial merge(FactorPartial other) {
            qr.merge(other.qr);
            for (int s = 0; s < moments.length; s++) {
                moments[s].merge(other.moments[s]);
            }
            return this;
        }
    }

    /**
     * Factors {@code [X Y]} and solves.
     *
     * @param x the design
     * @param responses one array of length n per response
     * @param weights prior weights (non-negative), or {@code null}
     * @param parallelism threads
     * @param tolerance relative tolerance of the rank decision
     * @return the factorisation and solution
     */
    public static Factored factor(DesignMatrix x, double[][] responses, double[] weights, Parallelism parallelism,
            double tolerance) {
        int n = x.rowCount();
        int p = x.columnCount();
        int s = responses.length;
        int q = p + s;
        FactorPartial total = RowChunks.reduce(n, parallelism, (from, to) -> {
            FactorPartial partial = new FactorPartial(q, s);
            double[] block = new double[RowChunks.BLOCK_ROWS * q];
            for (int start = from; start < to; start += RowChunks.BLOCK_ROWS) {
                int end = Math.min(to, start + RowChunks.BLOCK_ROWS);
                int m = end - start;
                x.fill(start, end, block, q);
                for (int i = 0; i < m; i++) {
                    int base = i * q;
                    double w = weights == null ? 1.0 : weights[start + i];
                    for (int r = 0; r < s; r++) {
                        double y = responses[r][start + i];
                        block[base + p + r] = y;
                        partial.moments[r].add(y, w);
                    }
                    if (weights != null) {
                        double root = Math.sqrt(w);
                        for (int j = 0; j < q; j++) {
                            block[base + j] *= root;
                        }
                    }
                }
                partial.qr.add(block, m);
            }
            return partial;
        }, FactorPartial::merge);
        OrderedPivotingQr.Solution solution = OrderedPivotingQr.solve(total.qr.r(), q, p, tolerance);
        return new Factored(solution, n, total.moments, total.qr.r().clone());
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
        /** the 0-based row */
        public final int row;

        UnitLeverageException(int row) {
            super("row " + (row + 1) + " has leverage 1");
            this.row = row;
        }
    }

    /**
     * One pass: residuals {@code e_i = y_i - x_i'b} and the meat {@code sum omega_i x_i x_i'} over
     * the kept columns.
     *
     * @param x the design
     * @param y the response
     * @param weights prior weights or {@code null} (rows and residuals are scaled by {@code sqrt(w)})
     * @param kept the kept design columns
     * @param beta the coefficients of the kept columns
     * @param rInverse inverse of the kept factor (for leverages), may be {@code null} for PLAIN
     * @param weighting residual weighting
     * @param parallelism threads
     * @return the rank x rank meat, row-major symmetric
     */
    public static double[] residualMeat(DesignMatrix x, double[] y, double[] weights, int[] kept, double[] beta,
            double[] rInverse, ResidualWeighting weighting, Parallelism parallelism) {
        int n = x.rowCount();
        int p = x.columnCount();
        int k = kept.length;
        boolean compact = k < p;
        GramAccumulator meat = RowChunks.reduce(n, parallelism, (from, to) -> {
            GramAccumulator partial = new GramAccumulator(k);
            double[] block = new double[RowChunks.BLOCK_ROWS * p];
            double[] keptBlock = compact ? new double[RowChunks.BLOCK_ROWS * k] : block;
            double[] omega = new double[RowChunks.BLOCK_ROWS];
            double[] z = new double[k];
            for (int start = from; start < to; start += RowChunks.BLOCK_ROWS) {
                int end = Math.min(to, start + RowChunks.BLOCK_ROWS);
                int m = end - start;
                x.fill(start, end, block, p);
                if (compact) {
                    compactColumns(block, p, keptBlock, kept, m);
                }
                for (int i = 0; i < m; i++) {
                    int base = i * k;
                    double fitted = Dot.product(keptBlock, base, beta, 0, k);
                    double e = y[start + i] - fitted;
                    if (weights != null) {
                        double root = Math.sqrt(weights[start + i]);
                        e *= root;
                        for (int a = 0; a < k; a++) {
                            keptBlock[base + a] *= root;
                        }
                    }
                    double w = e * e;
                    if (weighting != ResidualWeighting.PLAIN) {
                        double h = leverage(keptBlock, base, rInverse, k, z);
                        double oneMinus = 1.0 - h;
                        if (oneMinus <= 1e-12) {
                            throw new UnitLeverageException(start + i);
                        }
                        w = weighting == ResidualWeighting.LEVERAGE ? w / oneMinus : w / (oneMinus * oneMinus);
                    }
                    omega[i] = w;
                }
                partial.add(keptBlock, m, k, omega);
            }
            return partial;
        }, GramAccumulator::merge);
        return meat.symmetric();
    }

    /**
     * One pass: per clustering, the cluster sums of the scores {@code e_i x_i} (kept columns).
     *
     * @param x the design
     * @param y the response
     * @param weights prior weights or {@code null}
     * @param kept the kept design columns
     * @param beta the coefficients of the kept columns
     * @param clusterings per clustering, a code in {@code 0..G-1} for every row
     * @param clusterCounts per clustering, G
     * @param parallelism threads
     * @return per clustering, the G x rank score sums, row-major
     */
    public static double[][] clusterScores(DesignMatrix x, double[] y, double[] weights, int[] kept, double[] beta,
            int[][] clusterings, int[] clusterCounts, Parallelism parallelism) {
        int n = x.rowCount();
        int p = x.columnCount();
        int k = kept.length;
        boolean compact = k < p;
        int c = clusterings.length;
        java.util.List<ClusterPartial[]> partials = RowChunks.map(n, parallelism, (from, to) -> {
            ClusterPartial[] parts = new ClusterPartial[c];
            for (int j = 0; j < c; j++) {
                parts[j] = new ClusterPartial(k);
            }
            double[] block = new double[RowChunks.BLOCK_ROWS * p];
            double[] keptBlock = compact ? new double[RowChunks.BLOCK_ROWS * k] : block;
            for (int start = from; start < to; start += RowChunks.BLOCK_ROWS) {
                int end = Math.min(to, start + RowChunks.BLOCK_ROWS);
                int m = end - start;
                x.fill(start, end, block, p);
                if (compact) {
                    compactColumns(block, p, keptBlock, kept, m);
                }
                for (int i = 0; i < m; i++) {
                    int base = i * k;
                    double fitted = Dot.product(keptBlock, base, beta, 0, k);
                    double e = y[start + i] - fitted;
                    if (weights != null) {
                        e *= weights[start + i];
                    }
                    for (int j = 0; j < c; j++) {
                        parts[j].add(clusterings[j][start + i], e, keptBlock, base);
                    }
                }
            }
            return parts;
        });
        double[][] out = new double[c][];
        for (int j = 0; j < c; j++) {
            double[] u = new double[clusterCounts[j] * k];
            for (ClusterPartial[] parts : partials) {
                parts[j].addInto(u);
            }
            out[j] = u;
        }
        return out;
    }

    /** Score sums of the clusters one chunk touches, in order of first appearance. */
    private static final class ClusterPartial {
        private final int k;
        private final java.util.HashMap<Integer, Integer> slot = new java.util.HashMap<>();
        private int[] codes = new int[16];
        private double[] sums;
        private int used;

        ClusterPartial(int k) {
            this.k = k;
            this.sums = new double[16 * k];
        }

        void add(int code, double e, double[] row, int base) {
            Integer s = slot.get(code);
            int at;
            if (s == null) {
                if (used == codes.length) {
                    codes = java.util.Arrays.copyOf(codes, used * 2);
                    sums = java.util.Arrays.copyOf(sums, used * 2 * k);
                }
                codes[used] = code;
                slot.put(code, used);
                at = used++;
            } else {
                at = s;
            }
            int off = at * k;
            for (int a = 0; a < k; a++) {
                sums[off + a] += e * row[base + a];
            }
        }

        void addInto(double[] u) {
            for (int s = 0; s < used; s++) {
                int off = s * k;
                int target = codes[s] * k;
                for (int a = 0; a < k; a++) {
                    u[target + a] += sums[off + a];
                }
            }
        }
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

    static void compactColumns(double[] block, int p, double[] target, int[] kept, int m) {
        int k = kept.length;
        for (int i = 0; i < m; i++) {
            int from = i * p;
            int to = i * k;
            for (int a = 0; a < k; a++) {
                target[to + a] = block[from + kept[a]];
            }
        }
    }

    /** {@code h = ||x' R^{-1}||^2}, the diagonal of the hat matrix. */
    static double leverage(double[] row, int base, double[] rInverse, int k, double[] z) {
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
        double h = 0.0;
        for (int b = 0; b < k; b++) {
            h += z[b] * z[b];
        }
        return h;
    }
}
