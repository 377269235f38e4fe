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

/**
 * Streaming Householder QR ("TSQR"): the upper-triangular factor {@code R} of a tall matrix
 * {@code A} (n x q) received in row blocks, keeping only {@code R}. Each block is reduced
 * together with the current {@code R} by Householder reflections, i.e. the QR of
 * {@code [R; block]}; two accumulators merge by the QR of {@code [R1; R2]}. The result is the
 * {@code R} of a Householder QR of the row-permuted stack, so it inherits its backward stability
 * (Golub &amp; Van Loan, <i>Matrix Computations</i>, 4th ed., sec. 5.2; Demmel, Grigori, Hoemmen &amp;
 * Langou 2012, "Communication-optimal parallel and sequential QR and LU factorizations", SIAM J.
 * Sci. Comput. 34:A206).
 *
 * <p>Put the response(s) in the last columns: for {@code A = [X y]} the factor is
 * {@code [[R_X, Q'y], [0, ±||residual||]]}, which is all least squares needs. Cost per row is
 * about {@code q^2} multiply-adds; the block kernels run over rows of a row-major block so the
 * inner loops are unit-stride.
 */
public final class TsqrAccumulator implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final int q;
    private final double[] r;
    private transient double[] work;
    private long rows;

    /**
     * @param columns number of columns q of the stacked matrix
     */
    public TsqrAccumulator(int columns) {
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be positive");
        }
        this.q = columns;
        this.r = new double[columns * columns];
        this.work = new double[columns];
    }

    /** @return the number of columns q */
    public int columns() {
        return q;
    }

    /** @return the number of rows absorbed so far */
    public long rows() {
        return rows;
    }

    /** @return the factor R, q x q row-major upper triangular (the accumulator's own array: do not modify) */
    public double[] r() {
        return r;
    }

    /**
     * Absorbs a row-major block of {@code m} rows with row stride {@link #columns()}. The block is
     * overwritten (it holds Householder vectors afterwards).
     *
     * @param block the rows, {@code block[i * q + j]}
     * @param m number of rows in the block
     */
    public void add(double[] block, int m) {
        if (m <= 0) {
            return;
        }
        rows += m;
        final int q = this.q;
        final double[] r = this.r;
        if (work == null) {
            work = new double[q];
        }
        final double[] w = this.work;
        for (int j = 0; j < q; j++) {
            // Reflect (r[j][j], block[0..m)[j]) onto (beta, 0...) and apply to columns j+1..q-1.
            double alpha = r[j * q + j];
            double ss = 0.0;
            for (int i = 0, k = j; i < m; i++, k += q) {
                double v = block[k];
                ss += v * v;
            }
            if (ss == 0.0) {
                continue;
            }
            double scale = 1.0;
            if (!Double.isFinite(ss) || ss < Double.MIN_NORMAL * 1e4) {
                scale = rescaledNorm(block, m, j, alpha);
                ss = 0.0;
                for (int i = 0, k = j; i < m; i++, k += q) {
                    double v = block[k] / scale;
                    ss += v * v;
                }
                alpha = alpha / scale;
            }
            double norm = Math.sqrt(alpha * alpha + ss);
            double beta = alpha >= 0 ? -norm : norm;
            double tau = (beta - alpha) / beta;
            double inv = 1.0 / ((alpha - beta) * scale);
            for (int i = 0, k = j; i < m; i++, k += q) {
                block[k] *= inv;
            }
            r[j * q + j] = beta * scale;
            int width = q - j - 1;
            if (width == 0) {
                continue;
            }
            int rowJ = j * q;
            for (int c = j + 1; c < q; c++) {
                w[c] = r[rowJ + c];
            }
            // w = R[j, j+1:] + V' block[:, j+1:], four rows at a time so w is loaded and stored once per four
            int i = 0;
            for (; i + 3 < m; i += 4) {
                int b0 = i * q;
                int b1 = b0 + q;
                int b2 = b1 + q;
                int b3 = b2 + q;
                double v0 = block[b0 + j];
                double v1 = block[b1 + j];
                double v2 = block[b2 + j];
                double v3 = block[b3 + j];
                if (v0 == 0.0 && v1 == 0.0 && v2 == 0.0 && v3 == 0.0) {
                    continue;
                }
                for (int c = j + 1; c < q; c++) {
                    w[c] += v0 * block[b0 + c] + v1 * block[b1 + c] + v2 * block[b2 + c] + v3 * block[b3 + c];
                }
            }
            for (; i < m; i++) {
                int base = i * q;
                double vi = block[base + j];
                if (vi != 0.0) {
                    for (int c = j + 1; c < q; c++) {
                        w[c] += vi * block[base + c];
                    }
                }
            }
            for (int c = j + 1; c < q; c++) {
                w[c] *= tau;
                r[rowJ + c] -= w[c];
            }
            i = 0;
            for (; i + 3 < m; i += 4) {
                int b0 = i * q;
                int b1 = b0 + q;
                int b2 = b1 + q;
                int b3 = b2 + q;
                double v0 = block[b0 + j];
                double v1 = block[b1 + j];
                double v2 = block[b2 + j];
                double v3 = block[b3 + j];
                if (v0 == 0.0 && v1 == 0.0 && v2 == 0.0 && v3 == 0.0) {
                    continue;
                }
                for (int c = j + 1; c < q; c++) {
                    double wc = w[c];
                    block[b0 + c] -= v0 * wc;
                    block[b1 + c] -= v1 * wc;
                    block[b2 + c] -= v2 * wc;
                    block[b3 + c] -= v3 * wc;
                }
            }
            for (; i < m; i++) {
                int base = i * q;
                double vi = block[base + j];
                if (vi != 0.0) {
                    for (int c = j + 1; c < q; c++) {
                        block[base + c] -= vi * w[c];
                    }
                }
            }
        }
    }

    private double rescaledNorm(double[] block, int m, int j, double alpha) {
        double max = Math.abs(alpha);
        for (int i = 0, k = j; i < m; i++, k += q) {
            max = Math.max(max, Math.abs(block[k]));
        }
        return max == 0.0 ? 1.0 : max;
    }

    /**
     * Absorbs another accumulator's rows (the QR of the two stacked factors).
     *
     * @param other an accumulator with the same number of columns
     * @return this accumulator
     */
    public TsqrAccumulator merge(TsqrAccumulator other) {
        if (other.q != q) {
            throw new IllegalArgumentException("column counts differ: " + q + " vs " + other.q);
        }
        long otherRows = other.rows;
        add(other.r.clone(), q);
        rows = rows - q + otherRows;
        return this;
    }
}
