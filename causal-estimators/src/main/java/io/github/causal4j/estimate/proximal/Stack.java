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

/**
 * The stacked estimating equations of POR, PIPW and PDR, {@code psi_i(theta)} with
 * {@code theta = (b, t, ATE)} (b absent... for PIPW, t absent for POR), evaluated at the solution,
 * and their mean Jacobian; rows (per unit):
 * <ul>
 * <li>outcome bridge: {@code k^_i r_i}, {@code r_i = Y_i - b'k_i}; {@code d/db = -k^_i k_i'};</li>
 * <li>treatment bridge: {@code [s q m_i; A q - 1]} (see {@link TreatmentBridge});</li>
 * <li>effect: POR {@code b_A - ATE}; PIPW {@code s q Y - ATE}, {@code d/dt = (q-1) g Y};
 * PDR {@code s q r + b_A - ATE}, {@code d/db = -s q k + e_A}, {@code d/dt = (q-1) g r}.</li>
 * </ul>
 */
final class Stack {

    final int p;
    private final ProximalMethod method;
    private final double[][] g;
    private final double[][] k;
    private final double[][] kHat;
    private final double[][] m;
    private final double[] a;
    private final double[] y;
    private final int aInK;
    private final double[] b;
    private final double[] q;
    private final double[] r;
    private final int n;
    private final int pb;
    private final int pt;

    Stack(ProximalMethod method, double[][] g, double[][] k, double[][] kHat, double[][] m, double[] a, double[] y, int aInK,
            double[] b, double[] t, double[] q) {
        this.method = method;
        this.g = g;
        this.k = k;
        this.kHat = kHat;
        this.m = m;
        this.a = a;
        this.y = y;
        this.aInK = aInK;
        this.b = b;
        this.q = q;
        this.n = y.length;
        this.pb = method == ProximalMethod.PIPW ? 0 : k.length;
        this.pt = method == ProximalMethod.POR ? 0 : t.length;
        this.p = pb + pt + 1;
        this.r = new double[n];
        for (int i = 0; i < n; i++) {
            double h = 0;
            for (int j = 0; j < k.length; j++) {
                h += b[j] * k[j][i];
            }
            r[i] = y[i] - h;
        }
    }

    private double sign(int i) {
        return a[i] == 1.0 ? 1.0 : -1.0;
    }

    /** @return the effect solving its own equation given the bridges */
    double effect() {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += contribution(i);
        }
        return s / n;
    }

    private double contribution(int i) {
        return switch (method) {
            case POR -> b[aInK];
            case PIPW -> sign(i) * q[i] * y[i];
            case PDR -> sign(i) * q[i] * r[i] + b[aInK];
            case P2SLS -> throw new IllegalStateException("P2SLS is not stacked here");
        };
    }

    /** @return psi_i for every unit, n x p row-major */
    double[] scores(double ate) {
        double[] out = new double[n * p];
        int mr = m.length;
        for (int i = 0; i < n; i++) {
            int base = i * p;
            for (int j = 0; j < pb; j++) {
                out[base + j] = kHat[j][i] * r[i];
            }
            if (pt > 0) {
                double s = sign(i);
                for (int j = 0; j < mr; j++) {
                    out[base + pb + j] = s * q[i] * m[j][i];
                }
                out[base + pb + mr] = a[i] * q[i] - 1.0;
            }
            out[base + p - 1] = contribution(i) - ate;
        }
        return out;
    }

    /** @return the mean Jacobian {@code (1/n) sum d psi_i / d theta'}, p x p row-major */
    double[] jacobian(double ate) {
        double[] jac = new double[p * p];
        int mr = m.length;
        int last = p - 1;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < pb; j++) {
                for (int c = 0; c < pb; c++) {
                    jac[j * p + c] -= kHat[j][i] * k[c][i];
                }
            }
            if (pt > 0) {
                double e = q[i] - 1.0;
                for (int j = 0; j < mr; j++) {
                    for (int c = 0; c < pt; c++) {
                        jac[(pb + j) * p + pb + c] += e * m[j][i] * g[c][i];
                    }
                }
                if (a[i] == 1.0) {
                    for (int c = 0; c < pt; c++) {
                        jac[(pb + mr) * p + pb + c] += e * g[c][i];
                    }
                }
                double w = method == ProximalMethod.PIPW ? y[i] : r[i];
                for (int c = 0; c < pt; c++) {
                    jac[last * p + pb + c] += e * g[c][i] * w;
                }
            }
            if (method == ProximalMethod.PDR) {
                double sq = sign(i) * q[i];
                for (int c = 0; c < pb; c++) {
                    jac[last * p + c] -= sq * k[c][i];
                }
            }
        }
        for (int c = 0; c < p * p; c++) {
            jac[c] /= n;
        }
        if (method != ProximalMethod.PIPW) {
            jac[last * p + aInK] += 1.0;
        }
        jac[last * p + last] = -1.0;
        return jac;
    }
}
