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

import io.github.causal4j.estimate.DesignMatrix;
import io.github.causal4j.estimate.Parallelism;
import io.github.causal4j.estimate.stats.BlockStatistics;
import io.github.causal4j.estimate.stats.RowBlock;
import io.github.causal4j.estimate.stats.RowPasses;
import java.util.ArrayList;
import java.util.List;

/**
 * Least squares of y on the same design separately within the two arms of a binary treatment, in
 * one pass over the data (each row goes to its arm's TSQR accumulator), and predictions of both
 * arms' models for every row in one more pass: the outcome models of g-computation and AIPW.
 * Columns collinear within an arm (e.g. a category absent from it) are dropped, as R's {@code lm}
 * would, and reported.
 */
public final class ArmLeastSquares {

    private ArmLeastSquares() {
    }

    /**
     * One arm's fit.
     *
     * @param solution rank decision and coefficients (with the arm's rows only)
     * @param rows the arm's number of rows
     * @param coefficients every design column's coefficient, 0 for dropped ones
     * @param factor the arm's (p+1) x (p+1) triangular factor of {@code [X y]}
     */
    public record Fit(OrderedPivotingQr.Solution solution, int rows, double[] coefficients, double[] factor) {

        /** @return {@code X_a'X_a} over all p design columns, from the factor ({@code R'R}) */
        public double[] crossProducts() {
            int q = (int) Math.round(Math.sqrt(factor.length));
            int p = q - 1;
            double[] out = new double[p * p];
            for (int a = 0; a < p; a++) {
                for (int b = a; b < p; b++) {
                    double s = 0.0;
                    for (int k = 0; k <= a; k++) {
                        s += factor[k * q + a] * factor[k * q + b];
                    }
                    out[a * p + b] = s;
                    out[b * p + a] = s;
                }
            }
            return out;
        }

        /**
         * @param v a vector over the design columns
         * @return {@code (X_a'X_a)^{-1} v} over the kept columns (0 for dropped ones)
         */
        public double[] solveGram(double[] v) {
            int[] kept = solution.kept();
            int k = kept.length;
            double[] sub = new double[k];
            for (int a = 0; a < k; a++) {
                sub[a] = v[kept[a]];
            }
            double[] z = Triangular.solveUpper(solution.rFactor(), k,
                    Triangular.solveUpperTransposed(solution.rFactor(), k, sub));
            double[] out = new double[v.length];
            for (int a = 0; a < k; a++) {
                out[kept[a]] = z[a];
            }
            return out;
        }

        /** @return the residual sum of squares */
        public double residualSumOfSquares() {
            return solution.residualSumOfSquares()[0];
        }
    }

    /** Each row's {@code [x, y]} goes to its arm's TSQR accumulator, through a buffer of full blocks. */
    private static final class Partial implements BlockStatistics<Partial> {
        private static final long serialVersionUID = 1L;

        private final int p;
        private final int y;
        private final int d;
        final TsqrAccumulator[] qr;
        final int[] count = new int[2];
        private final double[][] buffer;
        private final int[] filled = new int[2];

        Partial(int p, int yColumn, int dColumn) {
            this.p = p;
            this.y = yColumn;
            this.d = dColumn;
            int q = p + 1;
            qr = new TsqrAccumulator[] {new TsqrAccumulator(q), new TsqrAccumulator(q)};
            buffer = new double[][] {new double[RowChunks.BLOCK_ROWS * q], new double[RowChunks.BLOCK_ROWS * q]};
        }

        @Override
        public void add(RowBlock block) {
            int q = p + 1;
            double[] values = block.values();
            int width = block.width();
            for (int i = 0; i < block.rows(); i++) {
                int base = i * width;
                int a = values[base + d] == 1.0 ? 1 : 0;
                int at = filled[a] * q;
                System.arraycopy(values, base, buffer[a], at, p);
                buffer[a][at + p] = values[base + y];
                if (++filled[a] == RowChunks.BLOCK_ROWS) {
                    flush(a);
                }
            }
        }

        private void flush(int a) {
            qr[a].add(buffer[a], filled[a]);
            count[a] += filled[a];
            filled[a] = 0;
        }

        /** Absorbs the buffered rows (the end of a unit of work). */
        Partial flushed() {
            flush(0);
            flush(1);
            return this;
        }

        @Override
        public Partial merge(Partial other) {
            flushed();
            other.flushed();
            for (int a = 0; a < 2; a++) {
                qr[a].merge(other.qr[a]);
                count[a] += other.count[a];
            }
            return this;
        }
    }

    /**
     * @param x the design
     * @param y the response
     * @param d the 0/1 arm of every row
     * @param parallelism threads
     * @param tolerance rank tolerance
     * @return the fits of arm 0 and arm 1
     */
    public static Fit[] fit(DesignMatrix x, double[] y, double[] d, Parallelism parallelism, double tolerance) {
        DesignRows rows = DesignRows.of(x, List.of("y", "d"), List.of(y, d), parallelism, () -> "");
        int p = x.columnCount();
        return fit(rows, p, p + 1, tolerance);
    }

    /**
     * One pass over the rows.
     *
     * @param rows the rows: the design, then variables
     * @param yColumn position of the response in a row
     * @param dColumn position of the 0/1 arm in a row
     * @param tolerance rank tolerance
     * @return the fits of arm 0 and arm 1
     */
    public static Fit[] fit(RowPasses rows, int yColumn, int dColumn, double tolerance) {
        int p = rows.layout().designWidth();
        int q = p + 1;
        Partial total = rows.pass(() -> new Partial(p, yColumn, dColumn)).flushed();
        Fit[] out = new Fit[2];
        for (int a = 0; a < 2; a++) {
            OrderedPivotingQr.Solution s = OrderedPivotingQr.solve(total.qr[a].r(), q, p, tolerance);
            double[] coefficients = new double[p];
            for (int j : s.kept()) {
                coefficients[j] = s.coefficients()[0][j];
            }
            out[a] = new Fit(s, total.count[a], coefficients, total.qr[a].r().clone());
        }
        return out;
    }

    /**
     * @param x a design with the fits' columns
     * @param fits the arms' fits
     * @return per arm, the prediction {@code x_i'b_a} of every row
     */
    public static double[][] predict(DesignMatrix x, Fit[] fits) {
        int n = x.rowCount();
        int p = x.columnCount();
        double[][] out = new double[fits.length][n];
        double[] block = new double[RowChunks.BLOCK_ROWS * p];
        for (int start = 0; start < n; start += RowChunks.BLOCK_ROWS) {
            int end = Math.min(n, start + RowChunks.BLOCK_ROWS);
            x.fill(start, end, block, p);
            for (int i = start; i < end; i++) {
                int base = (i - start) * p;
                for (int a = 0; a < fits.length; a++) {
                    out[a][i] = Dot.product(block, base, fits[a].coefficients, 0, p);
                }
            }
        }
        return out;
    }

    /**
     * @param fits the arms' fits
     * @param names the design column names
     * @param label e.g. "fold 2" or empty
     * @return one warning per arm that dropped collinear columns
     */
    public static List<String> warnings(Fit[] fits, List<String> names, String label) {
        List<String> out = new ArrayList<>();
        for (int a = 0; a < fits.length; a++) {
            OrderedPivotingQr.Solution s = fits[a].solution;
            if (!s.dropped().isEmpty()) {
                out.add("outcome model (" + (a == 1 ? "treated" : "control") + (label.isEmpty() ? "" : ", " + label)
                        + "): dropped collinear design columns: " + Collinearity.describe(s.dropped(), s.columnNorms(),
                        names));
            }
        }
        return out;
    }
}
