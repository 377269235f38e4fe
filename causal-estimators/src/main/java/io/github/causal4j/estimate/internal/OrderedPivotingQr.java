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

import java.util.ArrayList;
import java.util.List;

/**
 * Rank decision and solution of a least-squares problem from the triangular factor of
 * {@code [X Y]}. Columns of {@code X} are taken in their order; a column whose part orthogonal to
 * the columns already kept has norm at most {@code tolerance} times its own norm is declared
 * collinear (aliased) and set aside, the others are reduced by Householder reflections. This is
 * the "limited column pivoting" of LINPACK's {@code dqrdc2} that R's {@code lm} uses, so the
 * columns reported as collinear are the same ones R reports as {@code NA} (R's default tolerance is
 * 1e-7). Running it on the small factor {@code R} instead of on {@code X} is exact in exact
 * arithmetic, since {@code X = QR} and the two share column norms and all inner products.
 */
public final class OrderedPivotingQr {

    private OrderedPivotingQr() {
    }

    /**
     * A dropped (aliased) design column and its representation by earlier kept columns.
     *
     * @param column the dropped column index
     * @param keptColumns indices of the kept columns it depends on (all kept columns before it)
     * @param coefficients {@code x_column ~ sum coefficients[k] * x_keptColumns[k]}
     */
    public record Dependence(int column, int[] keptColumns, double[] coefficients) {
    }

    /**
     * The solved problem.
     *
     * @param p number of design columns
     * @param kept indices of the kept columns, in order (length = rank)
     * @param rFactor the rank x rank upper-triangular factor of the kept columns, row-major
     * @param qty per response, the first {@code rank} entries of {@code Q'y}
     * @param coefficients per response, length p, {@code NaN} for dropped columns
     * @param residualSumOfSquares per response
     * @param dropped the collinear columns
     * @param columnNorms the Euclidean norm of every design column
     */
    public record Solution(int p, int[] kept, double[] rFactor, double[][] qty, double[][] coefficients,
            double[] residualSumOfSquares, List<Dependence> dropped, double[] columnNorms) {

        /** @return the rank */
        public int rank() {
            return kept.length;
        }
    }

    /**
     * @param factor the q x q row-major upper-triangular factor of {@code [X Y]} (not modified)
     * @param q total columns
     * @param p design columns (the first p); the remaining q - p are responses
     * @param tolerance relative norm below which a column is collinear
     * @return the solution
     */
    public static Solution solve(double[] factor, int q, int p, double tolerance) {
        double[] m = factor.clone();
        double[] norm0 = new double[p];
        for (int c = 0; c < p; c++) {
            double s = 0.0;
            for (int a = 0; a <= c; a++) {
                s += m[a * q + c] * m[a * q + c];
            }
            norm0[c] = Math.sqrt(s);
        }
        int[] keptAll = new int[p];
        int k = 0;
        List<Integer> droppedColumns = new ArrayList<>();
        List<double[]> droppedTops = new ArrayList<>();
        List<Integer> droppedRank = new ArrayList<>();
        for (int c = 0; c < p; c++) {
            double s = 0.0;
            for (int a = k; a <= Math.min(c, q - 1); a++) {
                s += m[a * q + c] * m[a * q + c];
            }
            double resid = Math.sqrt(s);
            if (resid <= tolerance * norm0[c] || norm0[c] == 0.0) {
                double[] top = new double[k];
                for (int a = 0; a < k; a++) {
                    top[a] = m[a * q + c];
                }
                droppedColumns.add(c);
                droppedTops.add(top);
                droppedRank.add(k);
                continue;
            }
            reflect(m, q, k, c, Math.min(c, q - 1));
            keptAll[k++] = c;
        }
        int[] kept = java.util.Arrays.copyOf(keptAll, k);
        double[] rk = new double[k * k];
        for (int a = 0; a < k; a++) {
            for (int b = a; b < k; b++) {
                rk[a * k + b] = m[a * q + kept[b]];
            }
        }
        int responses = q - p;
        double[][] qty = new double[responses][k];
        double[][] coef = new double[responses][p];
        double[] rss = new double[responses];
        for (int s = 0; s < responses; s++) {
            int col = p + s;
            for (int a = 0; a < k; a++) {
                qty[s][a] = m[a * q + col];
            }
            double sum = 0.0;
            for (int a = k; a <= Math.min(col, q - 1); a++) {
                sum += m[a * q + col] * m[a * q + col];
            }
            rss[s] = sum;
            double[] beta = Triangular.solveUpper(rk, k, qty[s]);
            java.util.Arrays.fill(coef[s], Double.NaN);
            for (int a = 0; a < k; a++) {
                coef[s][kept[a]] = beta[a];
            }
        }
        List<Dependence> dependences = new ArrayList<>();
        for (int d = 0; d < droppedColumns.size(); d++) {
            int r = droppedRank.get(d);
            double[] sub = new double[r * r];
            for (int a = 0; a < r; a++) {
                for (int b = a; b < r; b++) {
                    sub[a * r + b] = rk[a * k + b];
                }
            }
            double[] a = Triangular.solveUpper(sub, r, droppedTops.get(d));
            dependences.add(new Dependence(droppedColumns.get(d), java.util.Arrays.copyOf(kept, r), a));
        }
        return new Solution(p, kept, rk, qty, coef, rss, List.copyOf(dependences), norm0);
    }

    /** Householder reflection zeroing rows k+1..last of column c, applied to columns c..q-1. */
    private static void reflect(double[] m, int q, int k, int c, int last) {
        if (last <= k) {
            return;
        }
        double alpha = m[k * q + c];
        double scale = Math.abs(alpha);
        for (int a = k + 1; a <= last; a++) {
            scale = Math.max(scale, Math.abs(m[a * q + c]));
        }
        double ss = 0.0;
        for (int a = k + 1; a <= last; a++) {
            double v = m[a * q + c] / scale;
            ss += v * v;
        }
        if (ss == 0.0) {
            return;
        }
        double as = alpha / scale;
        double norm = Math.sqrt(as * as + ss);
        double beta = as >= 0 ? -norm : norm;
        double tau = (beta - as) / beta;
        double inv = 1.0 / ((as - beta) * scale);
        int rows = last - k;
        double[] v = new double[rows];
        for (int a = 0; a < rows; a++) {
            v[a] = m[(k + 1 + a) * q + c] * inv;
        }
        m[k * q + c] = beta * scale;
        for (int a = k + 1; a <= last; a++) {
            m[a * q + c] = 0.0;
        }
        for (int col = c + 1; col < q; col++) {
            double w = m[k * q + col];
            for (int a = 0; a < rows; a++) {
                w += v[a] * m[(k + 1 + a) * q + col];
            }
            w *= tau;
            m[k * q + col] -= w;
            for (int a = 0; a < rows; a++) {
                m[(k + 1 + a) * q + col] -= v[a] * w;
            }
        }
    }
}
