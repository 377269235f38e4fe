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
package io.github.causal4j.estimate.iv;

import io.github.causal4j.CausalException;
import io.github.causal4j.estimate.internal.OrderedPivotingQr;
import io.github.causal4j.estimate.internal.SmallMatrices;
import io.github.causal4j.estimate.internal.Triangular;
import java.util.ArrayList;
import java.util.List;

/**
 * The k-class estimator {@code b(k) = [X'(I - k M_Z) X]^{-1} X'(I - k M_Z) y} on the factor of
 * {@link IvFactor}, in whitened coordinates: with {@code X = Q_S R_S} (a small QR of the regressor
 * columns of A) and {@code C = A[kz:, S] R_S^{-1}} (the regressors' instrument residuals, whitened),
 * {@code X'(I - k M_Z)X = R_S'(I - k C'C) R_S}, so
 * {@code b = R_S^{-1} (I - k C'C)^{-1} (Q_S'y - k C' A[kz:, y])}. The middle matrix is well
 * conditioned unless the instruments are weak, and R_S carries the scaling of the regressors, so the
 * normal equations are never formed in the original coordinates.
 *
 * <p>LIML's k is the smallest root of {@code det(Y'M_X Y - k Y'M_Z Y) = 0} for {@code Y = [D, y]}:
 * with U the factor of {@code M_Z Y} (the trailing block of A) and {@code E = A[kx:kz, Y] U^{-1}},
 * {@code k = 1 + sigma_min(E)^2} (and 1 when there are fewer instruments than columns of Y,
 * i.e. just identification).
 */
final class KClass {

    final IvFactor f;
    /** v-space indices of the regressors in table order: intercept, endogenous, covariates. */
    final int[] regressors;
    final int k;
    private final double[] rS;
    private final double[] qty;
    private final double[] g;
    private final double[] ce;

    KClass(IvFactor f, double tolerance) {
        this.f = f;
        List<Integer> s = new ArrayList<>();
        s.add(0);
        for (int j = 0; j < f.m; j++) {
            s.add(f.endogenousIndex(j));
        }
        for (int c = 1; c < f.kx; c++) {
            s.add(c);
        }
        regressors = s.stream().mapToInt(Integer::intValue).toArray();
        k = regressors.length;
        List<double[]> cols = new ArrayList<>();
        for (int r : regressors) {
            cols.add(f.unit(r));
        }
        OrderedPivotingQr.Solution sol = f.leastSquares(cols, f.unit(f.outcomeIndex()), tolerance);
        if (!sol.dropped().isEmpty()) {
            OrderedPivotingQr.Dependence dep = sol.dropped().get(0);
            List<String> before = new ArrayList<>();
            for (int a = 0; a < dep.keptColumns().length; a++) {
                if (Math.abs(dep.coefficients()[a]) > 1e-12) {
                    before.add(f.names.get(regressors[dep.keptColumns()[a]]));
                }
            }
            throw new CausalException("the regressors are collinear: '" + f.names.get(regressors[dep.column()])
                    + "' is a linear combination of " + before + "; the coefficients of the endogenous regressors "
                    + f.model.endogenous() + " are not identified");
        }
        rS = sol.rFactor();
        qty = sol.qty()[0];
        checkIdentified(tolerance);
        // C = B_S R_S^{-1}: row r of B_S R_S^{-1} solves R_S' c_r = b_r.
        int rows = f.q - f.kz;
        double[] c = new double[rows * k];
        for (int r = 0; r < rows; r++) {
            double[] b = new double[k];
            for (int j = 0; j < k; j++) {
                b[j] = f.at(f.kz + r, regressors[j]);
            }
            double[] cr = Triangular.solveUpperTransposed(rS, k, b);
            System.arraycopy(cr, 0, c, r * k, k);
        }
        g = new double[k * k];
        ce = new double[k];
        for (int r = 0; r < rows; r++) {
            double e = f.at(f.kz + r, f.outcomeIndex());
            for (int i = 0; i < k; i++) {
                double ci = c[r * k + i];
                ce[i] += ci * e;
                for (int j = 0; j < k; j++) {
                    g[i * k + j] += ci * c[r * k + j];
                }
            }
        }
    }

    /** Rank condition: the projections of the regressors on the instruments, {@code P_Z X}, have full column rank. */
    private void checkIdentified(double tolerance) {
        // P_Z X has the q-row image A[0:kz, S]; decide its rank with the core's ordered pivoting, exogenous
        // columns first so that a failure is attributed to an endogenous regressor.
        int w = k;
        int[] order = new int[k];
        int o = 0;
        for (int r : regressors) {
            if (r < f.kz) {
                order[o++] = r;
            }
        }
        for (int r : regressors) {
            if (r >= f.kz) {
                order[o++] = r;
            }
        }
        double[] block = new double[f.kz * w];
        for (int r = 0; r < f.kz; r++) {
            for (int j = 0; j < k; j++) {
                block[r * w + j] = f.at(r, order[j]);
            }
        }
        io.github.causal4j.estimate.internal.TsqrAccumulator acc = new io.github.causal4j.estimate.internal.TsqrAccumulator(w);
        acc.add(block, f.kz);
        OrderedPivotingQr.Solution sol = OrderedPivotingQr.solve(acc.r(), w, w, Math.max(tolerance, 1e-10));
        if (!sol.dropped().isEmpty()) {
            List<String> bad = new ArrayList<>();
            for (OrderedPivotingQr.Dependence d : sol.dropped()) {
                bad.add(f.names.get(order[d.column()]));
            }
            throw new CausalException("the instruments " + f.model.instruments() + " do not identify " + bad
                    + ": given the covariates, their projection on the instruments is collinear (rank condition fails; "
                    + "each endogenous regressor needs an instrument that moves it)");
        }
    }

    /** The LIML root, {@code 1 + sigma_min(E)^2}. */
    double limlKappa() {
        int cols = f.m + 1;
        int l = f.kz - f.kx;
        if (l < cols) {
            return 1.0;
        }
        double[] u = new double[cols * cols];
        for (int i = 0; i < cols; i++) {
            for (int j = i; j < cols; j++) {
                u[i * cols + j] = f.at(f.kz + i, f.kz + j);
            }
            if (Math.abs(u[i * cols + i]) <= 1e-13 * Math.sqrt(IvFactor.squaredNorm(f.times(f.unit(f.kz + i)), 0, f.q))) {
                throw new CausalException("'" + f.names.get(f.kz + i) + "' is an exact linear function of the instruments "
                        + "and covariates: LIML is undefined");
            }
        }
        double[] e = new double[l * cols];
        for (int r = 0; r < l; r++) {
            double[] row = new double[cols];
            for (int j = 0; j < cols; j++) {
                row[j] = f.at(f.kx + r, f.kz + j);
            }
            double[] er = Triangular.solveUpperTransposed(u, cols, row);
            System.arraycopy(er, 0, e, r * cols, cols);
        }
        double[] sv = io.github.causal4j.estimate.internal.SmallMatrices.singularValues(e, l, cols);
        double smin = sv[sv.length - 1];
        return 1.0 + smin * smin;
    }

    /** A solved k-class problem. */
    record Solution(double kappa, double[] coefficients, double[] bread, double[] residualCoefficients,
            double residualSumOfSquares) {
    }

    Solution solve(double kappa) {
        double[] middle = new double[k * k];
        double[] rhs = new double[k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                middle[i * k + j] = (i == j ? 1.0 : 0.0) - kappa * g[i * k + j];
            }
            rhs[i] = qty[i] - kappa * ce[i];
        }
        double[] middleInverse = SmallMatrices.invertPositiveDefinite(middle, k);
        if (middleInverse == null) {
            throw new CausalException("X'(I - k M_Z)X is not positive definite at k = " + kappa
                    + ": the instruments are too weak for this k-class estimator");
        }
        double[] bw = SmallMatrices.multiply(middleInverse, rhs, k, k, 1);
        double[] b = Triangular.solveUpper(rS, k, bw);
        double[] rInv = Triangular.invertUpper(rS, k);
        double[] rInvT = new double[k * k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                rInvT[j * k + i] = rInv[i * k + j];
            }
        }
        double[] bread = SmallMatrices.multiply(SmallMatrices.multiply(rInv, middleInverse, k, k, k), rInvT, k, k, k);
        symmetrise(bread, k);
        double[] c = f.unit(f.outcomeIndex());
        for (int j = 0; j < k; j++) {
            c[regressors[j]] -= b[j];
        }
        double rss = IvFactor.squaredNorm(f.times(c), 0, f.q);
        return new Solution(kappa, b, bread, c, rss);
    }

    static void symmetrise(double[] m, int k) {
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                double s = 0.5 * (m[i * k + j] + m[j * k + i]);
                m[i * k + j] = s;
                m[j * k + i] = s;
            }
        }
    }

    /**
     * The score transform of the k-class: row i's estimating function is {@code x~_i u_i} with
     * {@code x~_i = (1 - k) x_i + k x^_i = T' v_i}, {@code x^_i} the first-stage fitted values.
     *
     * @param kappa k
     * @return T, q x k row-major
     */
    double[] scoreTransform(double kappa) {
        double[] t = new double[f.q * k];
        for (int j = 0; j < k; j++) {
            int r = regressors[j];
            if (r < f.kz) {
                t[r * k + j] = 1.0;
            } else {
                double[] pi = f.projectionCoefficients(r);
                for (int a = 0; a < f.kz; a++) {
                    t[a * k + j] = kappa * pi[a];
                }
                t[r * k + j] += 1.0 - kappa;
            }
        }
        return t;
    }

    /** @return the selector of the regressors, q x k */
    double[] selector() {
        double[] s = new double[f.q * k];
        for (int j = 0; j < k; j++) {
            s[regressors[j] * k + j] = 1.0;
        }
        return s;
    }

    List<String> names() {
        List<String> out = new ArrayList<>();
        for (int r : regressors) {
            out.add(f.names.get(r));
        }
        return out;
    }
}
