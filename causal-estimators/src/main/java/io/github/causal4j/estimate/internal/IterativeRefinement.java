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

/**
 * One step of iterative refinement of a least-squares solution in double-double arithmetic, for
 * ill-conditioned designs. Householder QR in double precision has forward error of order
 * {@code kappa eps + kappa^2 eps ||r|| / (||X|| ||b||)} (Golub &amp; Van Loan, 4th ed., sec. 5.3.8);
 * for a design as ill-conditioned as NIST's Filip that leaves 7-8 correct digits even though the
 * exact least-squares solution of the double-precision data agrees with the certified values to
 * more. One pass over the data forms, in double-double, the residual {@code r = y - X b}, the Gram
 * matrix {@code X'X} and {@code X'r}; the correction {@code d = (X'X)^{-1} X'r} is then solved by a
 * double-double Cholesky factorisation, whose error is of order {@code kappa^2 eps^2}, negligible
 * for any {@code kappa < 1e15}. The same factorisation gives an accurate {@code (X'X)^{-1}} for the
 * standard errors (Higham, <i>Accuracy and Stability of Numerical Algorithms</i>, 2nd ed., ch. 20).
 *
 * <p>The pass costs several times a plain QR pass, so it runs only when the column-scaled
 * condition number exceeds {@link #CONDITION_THRESHOLD}.
 */
public final class IterativeRefinement {

    /** Column-scaled condition number above which a least-squares solution is refined. */
    public static final double CONDITION_THRESHOLD = 1e4;

    private IterativeRefinement() {
    }

    /**
     * The refined solution.
     *
     * @param coefficients the coefficients of the kept columns
     * @param residualSumOfSquares the residual sum of squares at the refined coefficients
     * @param bread {@code (X'X)^{-1}} over the kept columns, row-major
     */
    public record Refined(double[] coefficients, double residualSumOfSquares, double[] bread) {
    }

    /**
     * The Frobenius-norm condition number of the column-scaled design, {@code ||R D^{-1}||_F ||D R^{-1}||_F}
     * with D the column norms, which is insensitive to the units of the columns.
     *
     * @param rInverse the inverse of the kept factor, k x k
     * @param columnNorms norms of the kept columns
     * @param k order
     * @return the condition number
     */
    public static double scaledCondition(double[] rInverse, double[] columnNorms, int k) {
        double s = 0.0;
        for (int a = 0; a < k; a++) {
            for (int b = a; b < k; b++) {
                double v = columnNorms[a] * rInverse[a * k + b];
                s += v * v;
            }
        }
        return Math.sqrt(k * s);
    }

    /** The refinement pass: double-double {@code X'X}, {@code X'r} and {@code r'r} at the current coefficients. */
    private static final class Partial implements BlockStatistics<Partial> {
        private static final long serialVersionUID = 1L;

        final double[] gram;
        final double[] xtr;
        final double[] rss = new double[2];
        private final int y;
        private final int weight;
        private final int[] kept;
        private final double[] beta;

        Partial(int yColumn, int weightColumn, int[] kept, double[] beta) {
            int k = kept.length;
            this.y = yColumn;
            this.weight = weightColumn;
            this.kept = kept;
            this.beta = beta;
            gram = new double[2 * k * k];
            xtr = new double[2 * k];
        }

        @Override
        public void add(RowBlock block) {
            int k = kept.length;
            double[] row = new double[k];
            double[] r = new double[2];
            double[] sq = new double[2];
            double[] values = block.values();
            int width = block.width();
            for (int i = 0; i < block.rows(); i++) {
                int from = i * width;
                double root = weight < 0 ? 1.0 : Math.sqrt(values[from + weight]);
                for (int a = 0; a < k; a++) {
                    row[a] = values[from + kept[a]] * root;
                }
                r[0] = values[from + y] * root;
                r[1] = 0.0;
                for (int a = 0; a < k; a++) {
                    DoubleDouble.addProduct(r, 0, -row[a], beta[a]);
                }
                DoubleDouble.mul(r[0], r[1], r[0], r[1], sq, 0);
                DoubleDouble.add(rss[0], rss[1], sq[0], sq[1], rss, 0);
                for (int a = 0; a < k; a++) {
                    DoubleDouble.addProduct(xtr, 2 * a, row[a], r[0], r[1]);
                    int base = 2 * a * k;
                    for (int b = a; b < k; b++) {
                        DoubleDouble.addProduct(gram, base + 2 * b, row[a], row[b]);
                    }
                }
            }
        }

        @Override
        public Partial merge(Partial o) {
            for (int a = 0; a < gram.length; a += 2) {
                DoubleDouble.add(gram[a], gram[a + 1], o.gram[a], o.gram[a + 1], gram, a);
            }
            for (int a = 0; a < xtr.length; a += 2) {
                DoubleDouble.add(xtr[a], xtr[a + 1], o.xtr[a], o.xtr[a + 1], xtr, a);
            }
            DoubleDouble.add(rss[0], rss[1], o.rss[0], o.rss[1], rss, 0);
            return this;
        }
    }

    /**
     * One pass over the rows, then the double-double solve.
     *
     * @param rows the rows
     * @param yColumn position of the response in a row
     * @param weightColumn position of the prior weights, or -1
     * @param kept the kept columns
     * @param beta coefficients of the kept columns
     * @return the refined solution, or {@code null} if the double-double Gram matrix is not positive definite
     */
    public static Refined refine(RowPasses rows, int yColumn, int weightColumn, int[] kept, double[] beta) {
        int k = kept.length;
        Partial total = rows.pass(() -> new Partial(yColumn, weightColumn, kept, beta));
        double[] l = choleskyLower(total.gram, k);
        if (l == null) {
            return null;
        }
        double[] delta = solve(l, total.xtr, k);
        double[] refined = new double[k];
        double[] t = new double[2];
        double[] rss = total.rss.clone();
        for (int a = 0; a < k; a++) {
            DoubleDouble.add(beta[a], 0.0, delta[2 * a], delta[2 * a + 1], t, 0);
            refined[a] = t[0] + t[1];
            // ||r - X d||^2 = ||r||^2 - d'X'r at the exact solution d of X'X d = X'r
            DoubleDouble.mul(delta[2 * a], delta[2 * a + 1], total.xtr[2 * a], total.xtr[2 * a + 1], t, 0);
            DoubleDouble.add(rss[0], rss[1], -t[0], -t[1], rss, 0);
        }
        return new Refined(refined, Math.max(0.0, rss[0] + rss[1]), inverse(l, k));
    }

    /** Double-double Cholesky {@code G = L L'} of the upper-stored Gram; L lower, row-major pairs. */
    private static double[] choleskyLower(double[] gram, int k) {
        double[] l = new double[2 * k * k];
        double[] s = new double[2];
        double[] t = new double[2];
        for (int j = 0; j < k; j++) {
            for (int i = j; i < k; i++) {
                // G[j][i] from the upper triangle
                s[0] = gram[2 * (j * k + i)];
                s[1] = gram[2 * (j * k + i) + 1];
                for (int m = 0; m < j; m++) {
                    DoubleDouble.mul(l[2 * (i * k + m)], l[2 * (i * k + m) + 1], l[2 * (j * k + m)], l[2 * (j * k + m) + 1],
                            t, 0);
                    DoubleDouble.add(s[0], s[1], -t[0], -t[1], s, 0);
                }
                if (i == j) {
                    if (!(s[0] > 0)) {
                        return null;
                    }
                    DoubleDouble.sqrt(s[0], s[1], l, 2 * (j * k + j));
                } else {
                    DoubleDouble.div(s[0], s[1], l[2 * (j * k + j)], l[2 * (j * k + j) + 1], l, 2 * (i * k + j));
                }
            }
        }
        return l;
    }

    private static double[] solve(double[] l, double[] rhs, int k) {
        double[] z = rhs.clone();
        double[] t = new double[2];
        for (int i = 0; i < k; i++) {
            for (int m = 0; m < i; m++) {
                DoubleDouble.mul(l[2 * (i * k + m)], l[2 * (i * k + m) + 1], z[2 * m], z[2 * m + 1], t, 0);
                DoubleDouble.add(z[2 * i], z[2 * i + 1], -t[0], -t[1], z, 2 * i);
            }
            DoubleDouble.div(z[2 * i], z[2 * i + 1], l[2 * (i * k + i)], l[2 * (i * k + i) + 1], z, 2 * i);
        }
        for (int i = k - 1; i >= 0; i--) {
            for (int m = i + 1; m < k; m++) {
                DoubleDouble.mul(l[2 * (m * k + i)], l[2 * (m * k + i) + 1], z[2 * m], z[2 * m + 1], t, 0);
                DoubleDouble.add(z[2 * i], z[2 * i + 1], -t[0], -t[1], z, 2 * i);
            }
            DoubleDouble.div(z[2 * i], z[2 * i + 1], l[2 * (i * k + i)], l[2 * (i * k + i) + 1], z, 2 * i);
        }
        return z;
    }

    /** {@code (L L')^{-1} = L^{-T} L^{-1}}, rounded to double. */
    private static double[] inverse(double[] l, int k) {
        double[] inv = new double[2 * k * k];
        double[] t = new double[2];
        double[] s = new double[2];
        for (int j = 0; j < k; j++) {
            DoubleDouble.div(1.0, 0.0, l[2 * (j * k + j)], l[2 * (j * k + j) + 1], inv, 2 * (j * k + j));
            for (int i = j + 1; i < k; i++) {
                s[0] = 0.0;
                s[1] = 0.0;
                for (int m = j; m < i; m++) {
                    DoubleDouble.mul(l[2 * (i * k + m)], l[2 * (i * k + m) + 1], inv[2 * (m * k + j)],
                            inv[2 * (m * k + j) + 1], t, 0);
                    DoubleDouble.add(s[0], s[1], t[0], t[1], s, 0);
                }
                DoubleDouble.div(-s[0], -s[1], l[2 * (i * k + i)], l[2 * (i * k + i) + 1], inv, 2 * (i * k + j));
            }
        }
        double[] out = new double[k * k];
        for (int a = 0; a < k; a++) {
            for (int b = a; b < k; b++) {
                s[0] = 0.0;
                s[1] = 0.0;
                for (int m = b; m < k; m++) {
                    DoubleDouble.mul(inv[2 * (m * k + a)], inv[2 * (m * k + a) + 1], inv[2 * (m * k + b)],
                            inv[2 * (m * k + b) + 1], t, 0);
                    DoubleDouble.add(s[0], s[1], t[0], t[1], s, 0);
                }
                out[a * k + b] = s[0] + s[1];
                out[b * k + a] = out[a * k + b];
            }
        }
        return out;
    }
}
