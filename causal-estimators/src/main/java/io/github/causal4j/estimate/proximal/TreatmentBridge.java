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
package io.github.causal4j.estimate.proximal;

import io.github.causal4j.estimate.internal.MomentEquationSolver;

/**
 * The estimating equations of the treatment bridge {@code q(z,a,x) = 1 + exp(s t'g)},
 * {@code s = 2a - 1}, {@code g = (1, Z, A, X)}: the mean over units of {@code s q m} for
 * {@code m = (1, W, X)}, and of {@code A q - 1}. Both follow from the defining property
 * {@code E[q(Z,A,X) | W, A, X] = 1/P(A | W, X)}, which gives
 * {@code E[1{A=a} q(Z,a,X) m(W,X)] = E[m(W,X)]} for a = 0 and 1: their difference, and the
 * a = 1 equation with m = 1. Jacobian: {@code d(s q m)/dt = (q - 1) m g'} and
 * {@code d(A q)/dt = A (q - 1) g'}.
 */
final class TreatmentBridge implements MomentEquationSolver.Equations {

    private final double[][] g;
    private final double[][] m;
    private final double[] a;
    private final int n;
    private final int p;

    TreatmentBridge(double[][] g, double[][] m, double[] a) {
        this.g = g;
        this.m = m;
        this.a = a;
        this.n = a.length;
        this.p = g.length;
        if (m.length + 1 != p) {
            throw new IllegalArgumentException("treatment bridge: " + p + " parameters for " + (m.length + 1) + " equations");
        }
    }

    @Override
    public int dimension() {
        return p;
    }

    /** @return {@code exp(s t'g) = q - 1}, per unit */
    double[] excess(double[] t) {
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            double eta = 0;
            for (int j = 0; j < p; j++) {
                eta += t[j] * g[j][i];
            }
            e[i] = Math.exp(a[i] == 1.0 ? eta : -eta);
        }
        return e;
    }

    double[] q(double[] t) {
        double[] e = excess(t);
        for (int i = 0; i < n; i++) {
            e[i] += 1.0;
        }
        return e;
    }

    @Override
    public boolean evaluate(double[] t, double[] mean, double[] jacobian) {
        double[] e = excess(t);
        java.util.Arrays.fill(mean, 0.0);
        if (jacobian != null) {
            java.util.Arrays.fill(jacobian, 0.0);
        }
        int r = m.length;
        for (int i = 0; i < n; i++) {
            double ei = e[i];
            if (!Double.isFinite(ei)) {
                return false;
            }
            double qi = 1.0 + ei;
            double s = a[i] == 1.0 ? 1.0 : -1.0;
            for (int j = 0; j < r; j++) {
                double mj = m[j][i];
                mean[j] += s * qi * mj;
                if (jacobian != null) {
                    for (int c = 0; c < p; c++) {
                        jacobian[j * p + c] += ei * mj * g[c][i];
                    }
                }
            }
            mean[r] += a[i] * qi - 1.0;
            if (jacobian != null && a[i] == 1.0) {
                for (int c = 0; c < p; c++) {
                    jacobian[r * p + c] += ei * g[c][i];
                }
            }
        }
        for (int j = 0; j < p; j++) {
            mean[j] /= n;
            if (!Double.isFinite(mean[j])) {
                return false;
            }
        }
        if (jacobian != null) {
            for (int c = 0; c < p * p; c++) {
                jacobian[c] /= n;
            }
        }
        return true;
    }

    /**
     * The weight of the solver's Levenberg–Marquardt fallback, {@code (mean h h')^{-1}} for
     * {@code h = (m, A)}: the equations' own instruments, which makes the objective invariant to their
     * scaling. (Only an exact root is accepted as the bridge.)
     *
     * @return W, p x p
     */
    double[] weight() {
        double[][] h = new double[p][];
        System.arraycopy(m, 0, h, 0, m.length);
        h[m.length] = a;
        double[] hh = new double[p * p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                for (int c = 0; c < p; c++) {
                    hh[j * p + c] += h[j][i] * h[c][i] / n;
                }
            }
        }
        double[] w = io.github.causal4j.estimate.internal.SmallMatrices.invertPositiveDefinite(hh, p);
        if (w == null) {
            throw new io.github.causal4j.CausalException("the outcome proxies, covariates and treatment are collinear: "
                    + "the treatment-bridge equations are redundant");
        }
        return w;
    }
}
