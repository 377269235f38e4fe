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

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.CovarianceType;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The factor-based k-class against the textbook definitions with dense n x n matrices, written
 * independently here (Gauss-Jordan inverses): {@code b(k) = [X'(I - k M_Z)X]^{-1} X'(I - k M_Z) y},
 * LIML's k as the smallest root of {@code det(W1 - k W0) = 0} (the smallest eigenvalue of the pencil), the
 * classical covariance {@code s^2 [X'(I - k M_Z)X]^{-1}} and the HC0 sandwich with scores
 * {@code (I - k M_Z) X u}; random designs with one or two endogenous regressors.
 */
class KClassPropertyTest {

    /** The draw that once failed: two close roots of the LIML determinant (the reference now uses eigenvalues). */
    @org.junit.jupiter.api.Test
    void drawWithCloseRoots() {
        for (int endogenous = 1; endogenous <= 2; endogenous++) {
            for (int extra = 0; extra <= 2; extra++) {
                matchesTheDefinition(endogenous, extra, 1119L);
            }
        }
    }

    @Property(tries = 40)
    void matchesTheDefinition(@ForAll @IntRange(min = 1, max = 2) int endogenous,
            @ForAll @IntRange(min = 0, max = 2) int extraInstruments, @ForAll long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 30 + rng.nextInt(40);
        int l = endogenous + extraInstruments;
        double[] x = new double[n];
        double[][] z = new double[l][n];
        double[][] d = new double[endogenous][n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double u = rng.nextGaussian();
            x[i] = rng.nextGaussian();
            for (int j = 0; j < l; j++) {
                z[j][i] = rng.nextGaussian();
            }
            for (int e = 0; e < endogenous; e++) {
                d[e][i] = z[e][i] + 0.4 * z[l - 1][i] * (e + 1) + 0.3 * x[i] + u + rng.nextGaussian();
            }
            y[i] = 1 + d[0][i] - 0.5 * x[i] + u + rng.nextGaussian();
        }
        Dataset.Builder b = Dataset.builder().numeric("y", y).numeric("x", x);
        List<String> ds = new ArrayList<>();
        List<String> zs = new ArrayList<>();
        for (int e = 0; e < endogenous; e++) {
            b.numeric("d" + e, d[e]);
            ds.add("d" + e);
        }
        for (int j = 0; j < l; j++) {
            b.numeric("z" + j, z[j]);
            zs.add("z" + j);
        }
        Dataset data = b.build();
        IvModel model = new IvModel("y", ds, zs, List.of("x"));
        // dense matrices: X = [1, d..., x], Z = [1, x, z...]
        int k = 2 + endogenous;
        double[][] xm = new double[n][k];
        double[][] zm = new double[n][2 + l];
        double[][] xex = new double[n][2];
        for (int i = 0; i < n; i++) {
            xm[i][0] = 1;
            for (int e = 0; e < endogenous; e++) {
                xm[i][1 + e] = d[e][i];
            }
            xm[i][k - 1] = x[i];
            zm[i][0] = 1;
            zm[i][1] = x[i];
            for (int j = 0; j < l; j++) {
                zm[i][2 + j] = z[j][i];
            }
            xex[i][0] = 1;
            xex[i][1] = x[i];
        }
        double[][] mz = annihilator(zm);
        double[][] mx = annihilator(xex);
        double[][] yd = new double[n][1 + endogenous];
        for (int i = 0; i < n; i++) {
            yd[i][0] = y[i];
            for (int e = 0; e < endogenous; e++) {
                yd[i][1 + e] = d[e][i];
            }
        }
        double[][] w1 = mul(transpose(yd), mul(mx, yd));
        double[][] w0 = mul(transpose(yd), mul(mz, yd));
        double kappaLiml = smallestRoot(w1, w0);
        IvFit liml = InstrumentalVariables.liml().fit(data, model);
        assertEquals(kappaLiml, liml.kappa(), 1e-9 * kappaLiml);
        for (double kappa : new double[] {1.0, kappaLiml, kappaLiml - 1.0 / (n - 2 - l)}) {
            InstrumentalVariables config = kappa == 1.0 ? InstrumentalVariables.twoStageLeastSquares()
                    : kappa == kappaLiml ? InstrumentalVariables.liml() : InstrumentalVariables.fuller(1);
            double[][] a = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    a[i][j] = (i == j ? 1 : 0) - kappa * mz[i][j];
                }
            }
            double[][] xa = mul(transpose(xm), a);
            double[][] bread = inverse(mul(xa, xm));
            double[][] coef = mul(bread, mul(xa, column(y)));
            double[] u = new double[n];
            double rss = 0;
            for (int i = 0; i < n; i++) {
                double f = 0;
                for (int c = 0; c < k; c++) {
                    f += xm[i][c] * coef[c][0];
                }
                u[i] = y[i] - f;
                rss += u[i] * u[i];
            }
            double[][] scores = transpose(xa);  // rows (I - k Mz) X
            double[][] meat = new double[k][k];
            for (int i = 0; i < n; i++) {
                for (int p = 0; p < k; p++) {
                    for (int q = 0; q < k; q++) {
                        meat[p][q] += u[i] * u[i] * scores[i][p] * scores[i][q];
                    }
                }
            }
            double[][] hc0 = mul(bread, mul(meat, bread));
            IvFit fit = config.fit(data, model);
            IvFit robust = config.withCovariance(CovarianceType.HC0).fit(data, model);
            for (int c = 0; c < k; c++) {
                double scale = Math.max(1, Math.abs(coef[c][0]));
                assertEquals(coef[c][0], fit.coefficients().get(c).estimate(), 1e-8 * scale);
                double se = Math.sqrt(rss / (n - k) * bread[c][c]);
                assertEquals(se, fit.coefficients().get(c).stdError(), 1e-8 * se);
                assertEquals(Math.sqrt(hc0[c][c]), robust.coefficients().get(c).stdError(), 1e-8 * Math.sqrt(hc0[c][c]));
            }
        }
    }

    /**
     * Smallest k with det(W1 - k W0) = 0, i.e. the smallest eigenvalue of the symmetric-definite
     * pencil (W1, W0): with W0 = L L' (Cholesky), the smallest eigenvalue of L^-1 W1 L^-T
     * (Commons Math's symmetric eigensolver, independent of the library's own LIML code). A scan
     * for sign changes of the determinant can step over two close roots, which once made this
     * reference pick the second root.
     */
    private static double smallestRoot(double[][] w1, double[][] w0) {
        // W0 = A' Mz A is symmetric in exact arithmetic only; the triple product leaves
        // rounding-level asymmetry that Commons Math's Cholesky (relative tolerance 1e-15) rejects.
        org.apache.commons.math3.linear.RealMatrix w0m =
                org.apache.commons.math3.linear.MatrixUtils.createRealMatrix(w0);
        w0m = w0m.add(w0m.transpose()).scalarMultiply(0.5);
        org.apache.commons.math3.linear.RealMatrix l =
                new org.apache.commons.math3.linear.CholeskyDecomposition(w0m).getL();
        org.apache.commons.math3.linear.RealMatrix lInverse =
                org.apache.commons.math3.linear.MatrixUtils.inverse(l);
        org.apache.commons.math3.linear.RealMatrix c = lInverse
                .multiply(org.apache.commons.math3.linear.MatrixUtils.createRealMatrix(w1))
                .multiply(lInverse.transpose());
        c = c.add(c.transpose()).scalarMultiply(0.5);
        double[] eigen = new org.apache.commons.math3.linear.EigenDecomposition(c).getRealEigenvalues();
        return java.util.Arrays.stream(eigen).min().orElseThrow();
    }


    private static double[][] annihilator(double[][] z) {
        int n = z.length;
        double[][] p = mul(z, mul(inverse(mul(transpose(z), z)), transpose(z)));
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = (i == j ? 1 : 0) - p[i][j];
            }
        }
        return m;
    }

    private static double[][] column(double[] v) {
        double[][] out = new double[v.length][1];
        for (int i = 0; i < v.length; i++) {
            out[i][0] = v[i];
        }
        return out;
    }

    static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    static double[][] mul(double[][] a, double[][] b) {
        double[][] out = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int r = 0; r < b.length; r++) {
                double v = a[i][r];
                if (v == 0) {
                    continue;
                }
                for (int j = 0; j < b[0].length; j++) {
                    out[i][j] += v * b[r][j];
                }
            }
        }
        return out;
    }

    /** Gauss-Jordan with partial pivoting. */
    static double[][] inverse(double[][] m) {
        int p = m.length;
        double[][] a = new double[p][2 * p];
        for (int i = 0; i < p; i++) {
            System.arraycopy(m[i], 0, a[i], 0, p);
            a[i][p + i] = 1;
        }
        for (int c = 0; c < p; c++) {
            int piv = c;
            for (int r = c + 1; r < p; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) {
                    piv = r;
                }
            }
            double[] t = a[piv];
            a[piv] = a[c];
            a[c] = t;
            double d = a[c][c];
            for (int j = 0; j < 2 * p; j++) {
                a[c][j] /= d;
            }
            for (int r = 0; r < p; r++) {
                if (r != c) {
                    double f = a[r][c];
                    for (int j = 0; j < 2 * p; j++) {
                        a[r][j] -= f * a[c][j];
                    }
                }
            }
        }
        double[][] out = new double[p][p];
        for (int i = 0; i < p; i++) {
            System.arraycopy(a[i], p, out[i], 0, p);
        }
        return out;
    }
}
