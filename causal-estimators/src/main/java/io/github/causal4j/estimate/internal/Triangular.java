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

/** Upper-triangular solves and inverses on small row-major matrices. */
public final class Triangular {

    private Triangular() {
    }

    /**
     * Back substitution.
     *
     * @param r k x k row-major upper-triangular matrix with non-zero diagonal
     * @param k order
     * @param b right-hand side (not modified)
     * @return x with {@code R x = b}
     */
    public static double[] solveUpper(double[] r, int k, double[] b) {
        double[] x = java.util.Arrays.copyOf(b, k);
        for (int a = k - 1; a >= 0; a--) {
            double s = x[a];
            for (int c = a + 1; c < k; c++) {
                s -= r[a * k + c] * x[c];
            }
            x[a] = s / r[a * k + a];
        }
        return x;
    }

    /**
     * Forward substitution with the transpose: solves {@code R' x = b}.
     *
     * @param r k x k row-major upper-triangular matrix with non-zero diagonal
     * @param k order
     * @param b right-hand side (not modified)
     * @return x
     */
    public static double[] solveUpperTransposed(double[] r, int k, double[] b) {
        double[] x = java.util.Arrays.copyOf(b, k);
        for (int a = 0; a < k; a++) {
            double s = x[a];
            for (int c = 0; c < a; c++) {
                s -= r[c * k + a] * x[c];
            }
            x[a] = s / r[a * k + a];
        }
        return x;
    }

    /**
     * @param r k x k row-major upper-triangular matrix with non-zero diagonal
     * @param k order
     * @return {@code R^{-1}}, upper triangular, row-major
     */
    public static double[] invertUpper(double[] r, int k) {
        double[] inv = new double[k * k];
        for (int col = 0; col < k; col++) {
            // Solve R x = e_col; x is zero below row col.
            inv[col * k + col] = 1.0 / r[col * k + col];
            for (int a = col - 1; a >= 0; a--) {
                double s = 0.0;
                for (int c = a + 1; c <= col; c++) {
                    s -= r[a * k + c] * inv[c * k + col];
                }
                inv[a * k + col] = s / r[a * k + a];
            }
        }
        return inv;
    }

    /**
     * @param rInv k x k upper-triangular {@code R^{-1}}
     * @param k order
     * @return {@code R^{-1} R^{-T} = (X'X)^{-1}}, symmetric, row-major
     */
    public static double[] timesOwnTranspose(double[] rInv, int k) {
        double[] out = new double[k * k];
        for (int a = 0; a < k; a++) {
            for (int b = a; b < k; b++) {
                double s = 0.0;
                for (int c = b; c < k; c++) {
                    s += rInv[a * k + c] * rInv[b * k + c];
                }
                out[a * k + b] = s;
                out[b * k + a] = s;
            }
        }
        return out;
    }
}
