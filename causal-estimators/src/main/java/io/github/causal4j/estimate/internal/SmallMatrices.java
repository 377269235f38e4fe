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

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;

/**
 * Products and factorisations of the small (p x p) matrices that remain after a pass over the
 * data: sandwich products, Cholesky factors of Hessians. EJML does the work; only {@code double[]}
 * row-major arrays cross this class's boundary.
 */
public final class SmallMatrices {

    private SmallMatrices() {
    }

    /**
     * @param a n x m row-major
     * @param b m x k row-major
     * @param n rows of a
     * @param m columns of a
     * @param k columns of b
     * @return {@code a b}, n x k
     */
    public static double[] multiply(double[] a, double[] b, int n, int m, int k) {
        DMatrixRMaj out = new DMatrixRMaj(n, k);
        CommonOps_DDRM.mult(DMatrixRMaj.wrap(n, m, a), DMatrixRMaj.wrap(m, k, b), out);
        return out.data;
    }

    /**
     * The sandwich {@code c * B M B} for symmetric k x k bread B and meat M.
     *
     * @param bread B
     * @param meat M
     * @param k order
     * @param factor c
     * @return the symmetric product (symmetrised to remove rounding asymmetry)
     */
    public static double[] sandwich(double[] bread, double[] meat, int k, double factor) {
        double[] bm = multiply(bread, meat, k, k, k);
        double[] v = multiply(bm, bread, k, k, k);
        for (int a = 0; a < k; a++) {
            for (int b = a; b < k; b++) {
                double s = 0.5 * (v[a * k + b] + v[b * k + a]) * factor;
                v[a * k + b] = s;
                v[b * k + a] = s;
            }
        }
        return v;
    }

    /**
     * Eigen decompositions {@code A = V diag(values) V'} of symmetric k x k matrices (EJML's
     * symmetric QR algorithm, O(k^3) each), reusing its work space from one matrix to the next.
     * Not thread-safe.
     */
    public static final class SymmetricEigen {
        private final int k;
        private final DMatrixRMaj m;
        private final org.ejml.interfaces.decomposition.EigenDecomposition_F64<DMatrixRMaj> eig;
        private final double[] values;
        private final double[] vectors;

        /**
         * @param k the order of the matrices
         */
        public SymmetricEigen(int k) {
            this.k = k;
            this.m = new DMatrixRMaj(k, k);
            this.eig = DecompositionFactory_DDRM.eig(k, true, true);
            this.values = new double[k];
            this.vectors = new double[k * k];
        }

        /**
         * @param a k x k row-major symmetric (not modified)
         * @throws ArithmeticException if the algorithm does not converge
         */
        public void decompose(double[] a) {
            System.arraycopy(a, 0, m.data, 0, k * k);
            if (!eig.decompose(m)) {
                throw new ArithmeticException("symmetric eigen decomposition did not converge");
            }
            for (int j = 0; j < k; j++) {
                values[j] = eig.getEigenvalue(j).getReal();
                DMatrixRMaj v = eig.getEigenVector(j);
                for (int i = 0; i < k; i++) {
                    vectors[i * k + j] = v.data[i];
                }
            }
        }

        /** @return the eigenvalues of the last matrix decomposed (in no particular order; overwritten by the next) */
        public double[] values() {
            return values;
        }

        /** @return its orthonormal eigenvectors, k x k row-major, column j for {@code values()[j]} (overwritten by the next) */
        public double[] vectors() {
            return vectors;
        }
    }

    /**
     * Solves {@code H x = g} for symmetric positive-definite H by Cholesky.
     *
     * @param h k x k symmetric (not modified)
     * @param g right-hand side
     * @param k order
     * @return x, or {@code null} if H is not numerically positive definite
     */
    public static double[] solvePositiveDefinite(double[] h, double[] g, int k) {
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(k, true);
        DMatrixRMaj m = new DMatrixRMaj(k, k);
        System.arraycopy(h, 0, m.data, 0, k * k);
        if (!chol.decompose(m)) {
            return null;
        }
        DMatrixRMaj l = chol.getT(null);
        double[] y = g.clone();
        for (int a = 0; a < k; a++) {
            double s = y[a];
            for (int b = 0; b < a; b++) {
                s -= l.data[a * k + b] * y[b];
            }
            if (!(l.data[a * k + a] > 0)) {
                return null;
            }
            y[a] = s / l.data[a * k + a];
        }
        for (int a = k - 1; a >= 0; a--) {
            double s = y[a];
            for (int b = a + 1; b < k; b++) {
                s -= l.data[b * k + a] * y[b];
            }
            y[a] = s / l.data[a * k + a];
        }
        return y;
    }

    /**
     * Inverse of a symmetric positive-definite matrix.
     *
     * @param h k x k
     * @param k order
     * @return the inverse, or {@code null} if not positive definite
     */
    public static double[] invertPositiveDefinite(double[] h, int k) {
        DMatrixRMaj m = new DMatrixRMaj(k, k);
        System.arraycopy(h, 0, m.data, 0, k * k);
        DMatrixRMaj inv = new DMatrixRMaj(k, k);
        if (!CommonOps_DDRM.invertSPD(m, inv)) {
            return null;
        }
        return inv.data;
    }

    /**
     * Inverse of a general square matrix by LU with partial pivoting (the Jacobian of stacked
     * estimating equations is not symmetric).
     *
     * @param a k x k row-major (not modified)
     * @param k order
     * @return the inverse, or {@code null} if the matrix is singular to working precision
     */
    public static double[] invert(double[] a, int k) {
        DMatrixRMaj m = new DMatrixRMaj(k, k);
        System.arraycopy(a, 0, m.data, 0, k * k);
        org.ejml.interfaces.linsol.LinearSolverDense<DMatrixRMaj> lu =
                org.ejml.dense.row.factory.LinearSolverFactory_DDRM.lu(k);
        if (!lu.setA(m) || !(lu.quality() > 0)) {
            return null;
        }
        DMatrixRMaj inv = new DMatrixRMaj(k, k);
        lu.invert(inv);
        for (double v : inv.data) {
            if (!Double.isFinite(v)) {
                return null;
            }
        }
        return inv.data;
    }

    /**
     * The singular values of a general matrix, in decreasing order.
     *
     * @param a rows x cols row-major (not modified)
     * @param rows rows
     * @param cols columns
     * @return the {@code min(rows, cols)} singular values
     */
    public static double[] singularValues(double[] a, int rows, int cols) {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        System.arraycopy(a, 0, m.data, 0, rows * cols);
        org.ejml.interfaces.decomposition.SingularValueDecomposition_F64<DMatrixRMaj> svd =
                DecompositionFactory_DDRM.svd(rows, cols, false, false, true);
        if (!svd.decompose(m)) {
            throw new ArithmeticException("singular value decomposition did not converge");
        }
        double[] s = svd.getSingularValues().clone();
        double[] out = java.util.Arrays.copyOf(s, Math.min(rows, cols));
        java.util.Arrays.sort(out);
        for (int a0 = 0, b = out.length - 1; a0 < b; a0++, b--) {
            double t = out[a0];
            out[a0] = out[b];
            out[b] = t;
        }
        return out;
    }
}
