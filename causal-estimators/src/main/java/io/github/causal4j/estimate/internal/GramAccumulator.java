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
 * The weighted Gram matrix {@code sum_i w_i x_i x_i'} of the first p columns of row-major blocks,
 * accumulated in the upper triangle; partials merge by addition. It is the "meat" of a sandwich
 * covariance ({@code w_i = e_i^2} and its HC variants) and the Hessian of a Newton step.
 */
public final class GramAccumulator implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final int p;
    private final double[] g;

    /**
     * @param p the number of columns
     */
    public GramAccumulator(int p) {
        this.p = p;
        this.g = new double[p * p];
    }

    /** @return the number of columns */
    public int columns() {
        return p;
    }

    /**
     * Adds {@code sum_i w_i x_i x_i'} over the rows of a block.
     *
     * @param block row-major rows, {@code x_i[j] = block[i * stride + j]}
     * @param m number of rows
     * @param stride row stride of the block, at least p
     * @param weights {@code w_i}, indexed from 0 for the block's first row
     */
    public void add(double[] block, int m, int stride, double[] weights) {
        final int p = this.p;
        final double[] g = this.g;
        int i = 0;
        // eight rows at a time: each entry of G is loaded and stored once per eight rows
        for (; i + 7 < m; i += 8) {
            int b0 = i * stride;
            int b1 = b0 + stride;
            int b2 = b1 + stride;
            int b3 = b2 + stride;
            int b4 = b3 + stride;
            int b5 = b4 + stride;
            int b6 = b5 + stride;
            int b7 = b6 + stride;
            for (int a = 0; a < p; a++) {
                double x0 = weights[i] * block[b0 + a];
                double x1 = weights[i + 1] * block[b1 + a];
                double x2 = weights[i + 2] * block[b2 + a];
                double x3 = weights[i + 3] * block[b3 + a];
                double x4 = weights[i + 4] * block[b4 + a];
                double x5 = weights[i + 5] * block[b5 + a];
                double x6 = weights[i + 6] * block[b6 + a];
                double x7 = weights[i + 7] * block[b7 + a];
                if (x0 == 0.0 && x1 == 0.0 && x2 == 0.0 && x3 == 0.0 && x4 == 0.0 && x5 == 0.0 && x6 == 0.0
                        && x7 == 0.0) {
                    continue;
                }
                int row = a * p;
                for (int b = a; b < p; b++) {
                    g[row + b] += x0 * block[b0 + b] + x1 * block[b1 + b] + x2 * block[b2 + b] + x3 * block[b3 + b]
                            + x4 * block[b4 + b] + x5 * block[b5 + b] + x6 * block[b6 + b] + x7 * block[b7 + b];
                }
            }
        }
        for (; i < m; i++) {
            double wi = weights[i];
            if (wi == 0.0) {
                continue;
            }
            int base = i * stride;
            for (int a = 0; a < p; a++) {
                double xa = wi * block[base + a];
                if (xa == 0.0) {
                    continue;
                }
                int row = a * p;
                for (int b = a; b < p; b++) {
                    g[row + b] += xa * block[base + b];
                }
            }
        }
    }

    /**
     * @param other partial sums over other rows
     * @return this accumulator, now holding the sum
     */
    public GramAccumulator merge(GramAccumulator other) {
        for (int k = 0; k < g.length; k++) {
            g[k] += other.g[k];
        }
        return this;
    }

    /** @return the full symmetric matrix, p x p row-major (a fresh array) */
    public double[] symmetric() {
        double[] out = new double[p * p];
        for (int a = 0; a < p; a++) {
            for (int b = a; b < p; b++) {
                out[a * p + b] = g[a * p + b];
                out[b * p + a] = g[a * p + b];
            }
        }
        return out;
    }
}
