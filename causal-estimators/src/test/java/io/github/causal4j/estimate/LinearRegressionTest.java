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
package io.github.causal4j.estimate;

import io.github.causal4j.CausalException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.data.Dataset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LinearRegressionTest {

    private static List<String> lalondeTerms(String... extra) {
        List<String> terms = new ArrayList<>(List.of("treat"));
        terms.addAll(TestData.LALONDE_COVARIATES);
        terms.addAll(List.of(extra));
        return terms;
    }

    @Test
    void collinearColumnsAreAnErrorNamingThemAndTheCombination() {
        // white = 1 - black - hispan in the LaLonde data
        CollinearityException e = assertThrows(CollinearityException.class,
                () -> LinearRegression.ols().fit(TestData.lalonde(), "re78", lalondeTerms("white")));
        assertEquals(List.of("white"), e.columns());
        assertEquals(List.of("(Intercept)", "black", "hispan"), e.dependencies().get("white"));
        assertTrue(e.getMessage().contains("'white' = 1 '(Intercept)' - 1 'black' - 1 'hispan'"), e.getMessage());
    }

    @Test
    void droppingCollinearColumnsAsRDoes() {
        // R: lm(re78 ~ treat + ... + re75 + white) reports white as NA and the other coefficients unchanged.
        RegressionFit dropped = LinearRegression.ols().withRankDeficiency(RankDeficiency.DROP)
                .fit(TestData.lalonde(), "re78", lalondeTerms("white"));
        RegressionFit plain = LinearRegression.ols().fit(TestData.lalonde(), "re78", lalondeTerms());
        assertEquals(List.of("white"), dropped.droppedColumns());
        assertEquals(1, dropped.warnings().size());
        assertTrue(dropped.warnings().get(0).contains("'white'"));
        assertEquals(plain.coefficient("treat").estimate(), dropped.coefficient("treat").estimate(), 1e-9);
        assertEquals(plain.coefficient("treat").stdError(), dropped.coefficient("treat").stdError(), 1e-9);
        assertEquals(plain.dof(), dropped.dof());
        assertThrows(IllegalArgumentException.class, () -> dropped.coefficient("white"));
        assertEquals(0.0, dropped.coefficientVector()[dropped.designColumns().indexOf("white")]);
    }

    @Test
    void constantAndZeroColumnsAreNamed() {
        Dataset d = TestData.lalonde();
        double[] ones = new double[d.rowCount()];
        java.util.Arrays.fill(ones, 3.0);
        CollinearityException constant = assertThrows(CollinearityException.class,
                () -> LinearRegression.ols().fit(d.withNumeric("three", ones), "re78", List.of("treat", "three")));
        assertTrue(constant.getMessage().contains("'three' is constant"), constant.getMessage());
        CollinearityException zero = assertThrows(CollinearityException.class, () -> LinearRegression.ols()
                .fit(d.withNumeric("zero", new double[d.rowCount()]), "re78", List.of("zero", "treat")));
        assertTrue(zero.getMessage().contains("'zero' is all zero"), zero.getMessage());
    }

    @Test
    void badInputsAreClearErrors() {
        Dataset d = TestData.lalonde();
        IllegalArgumentException outcomeTwice = assertThrows(IllegalArgumentException.class,
                () -> LinearRegression.ols().fit(d, "re78", List.of("treat", "re78")));
        assertTrue(outcomeTwice.getMessage().contains("'re78'"));
        Dataset three = d.rows(new int[] {0, 1, 2});
        IllegalArgumentException few = assertThrows(IllegalArgumentException.class,
                () -> LinearRegression.ols().fit(three, "re78", List.of("age", "educ")));
        assertTrue(few.getMessage().contains("n > p"), few.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LinearRegression.ols().fit(d, "re78", List.of("nope")));
        assertThrows(IllegalArgumentException.class,
                () -> LinearRegression.ols().clusteredBy("treat", "age", "educ"));
        assertThrows(IllegalArgumentException.class, () -> LinearRegression.ols().clusteredBy("treat", "treat"));
        assertThrows(IllegalArgumentException.class, () -> LinearRegression.ols().withConfidenceLevel(1.0));
        IllegalArgumentException cluster = assertThrows(IllegalArgumentException.class,
                () -> LinearRegression.ols().clusteredBy("treat").fit(d.rows(new int[] {0, 1, 2, 3, 4}), "re78",
                        List.of("age")));
        assertTrue(cluster.getMessage().contains("'treat'"), cluster.getMessage());
    }

    private static Dataset random(long seed, int n, int clusters) {
        Random r = new Random(seed);
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        double[] y = new double[n];
        double[] g = new double[n];
        double[] h = new double[n];
        String[] c = new String[n];
        for (int i = 0; i < n; i++) {
            g[i] = r.nextInt(clusters);
            h[i] = r.nextInt(3);
            x1[i] = r.nextGaussian() + 0.3 * g[i];
            x2[i] = r.nextDouble() < 0.4 ? 1 : 0;
            c[i] = "L" + r.nextInt(4);
            y[i] = 1 + 2 * x1[i] - x2[i] + (1 + Math.abs(x1[i])) * r.nextGaussian() + 0.2 * g[i];
        }
        return Dataset.builder().numeric("y", y).numeric("x1", x1).numeric("x2", x2).numeric("g", g).numeric("h", h)
                .categorical("c", c).build();
    }

    @Test
    void sameBitsForAnyNumberOfThreads() {
        Dataset d = random(11, 100_000, 700);
        List<String> terms = List.of("x1", "x2", "c");
        for (LinearRegression model : List.of(LinearRegression.ols().withCovariance(CovarianceType.HC3),
                LinearRegression.ols().clusteredBy("g", "h"))) {
            RegressionFit one = model.withParallelism(Parallelism.sequential()).fit(d, "y", terms);
            RegressionFit two = model.withParallelism(Parallelism.threads(2)).fit(d, "y", terms);
            RegressionFit pool = model.withParallelism(Parallelism.commonPool()).fit(d, "y", terms);
            for (RegressionFit other : List.of(two, pool)) {
                assertEquals(one.coefficients(), other.coefficients(), "bit-identical table");
                assertEquals(one.residualSumOfSquares(), other.residualSumOfSquares());
            }
        }
    }

    /** Brute force: (X'X)^{-1} by Gauss-Jordan, meat from explicit residuals, as the formulas define them. */
    @Property(tries = 40)
    void covariancesEqualTheirDefinitions(@ForAll @IntRange(min = 12, max = 80) int n, @ForAll long seed,
            @ForAll @IntRange(min = 2, max = 6) int clusters) {
        Dataset d = random(seed, n, clusters);
        List<String> terms = List.of("x1", "x2");
        double[] dummy = d.numeric("x2").toArray();
        if (java.util.Arrays.stream(dummy).distinct().count() < 2) {
            return;   // a constant x2 makes the design rank-deficient: covered by the collinearity tests
        }
        double[][] x = new double[n][3];
        double[] y = d.numeric("y").toArray();
        for (int i = 0; i < n; i++) {
            x[i][0] = 1;
            x[i][1] = d.numeric("x1").get(i);
            x[i][2] = d.numeric("x2").get(i);
        }
        double[][] xtx = new double[3][3];
        double[] xty = new double[3];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < 3; a++) {
                xty[a] += x[i][a] * y[i];
                for (int b = 0; b < 3; b++) {
                    xtx[a][b] += x[i][a] * x[i][b];
                }
            }
        }
        double[][] bread = invert(xtx);
        double[] beta = new double[3];
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                beta[a] += bread[a][b] * xty[b];
            }
        }
        double[] e = new double[n];
        double[] h = new double[n];
        double rss = 0;
        for (int i = 0; i < n; i++) {
            e[i] = y[i] - (beta[0] * x[i][0] + beta[1] * x[i][1] + beta[2] * x[i][2]);
            rss += e[i] * e[i];
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    h[i] += x[i][a] * bread[a][b] * x[i][b];
                }
            }
        }
        int k = 3;
        RegressionFit classical = LinearRegression.ols().fit(d, "y", terms);
        if (classical.dof() < 1) {
            return;
        }
        for (int a = 0; a < 3; a++) {
            assertEquals(beta[a], classical.coefficients().get(a).estimate(), 1e-8 * (1 + Math.abs(beta[a])));
            assertEquals(Math.sqrt(rss / (n - k) * bread[a][a]), classical.coefficients().get(a).stdError(), 1e-8);
        }
        boolean leverageOne = java.util.Arrays.stream(h).anyMatch(hi -> hi > 1 - 1e-9);
        for (CovarianceType type : List.of(CovarianceType.HC0, CovarianceType.HC1, CovarianceType.HC2, CovarianceType.HC3)) {
            if (leverageOne && (type == CovarianceType.HC2 || type == CovarianceType.HC3)) {
                // e.g. a dummy with a single 1: HC2/HC3 divide by 1 - h_ii = 0, so the fit must refuse, naming the row.
                CausalException refused = org.junit.jupiter.api.Assertions.assertThrows(CausalException.class,
                        () -> LinearRegression.ols().withCovariance(type).fit(d, "y", terms));
                org.junit.jupiter.api.Assertions.assertTrue(refused.getMessage().contains("leverage 1"), refused.getMessage());
                continue;
            }
            double[][] meat = new double[3][3];
            for (int i = 0; i < n; i++) {
                double w = switch (type) {
                    case HC2 -> e[i] * e[i] / (1 - h[i]);
                    case HC3 -> e[i] * e[i] / ((1 - h[i]) * (1 - h[i]));
                    default -> e[i] * e[i];
                };
                for (int a = 0; a < 3; a++) {
                    for (int b = 0; b < 3; b++) {
                        meat[a][b] += w * x[i][a] * x[i][b];
                    }
                }
            }
            double factor = type == CovarianceType.HC1 ? n / (double) (n - k) : 1.0;
            double[][] v = sandwich(bread, meat, factor);
            RegressionFit fit = LinearRegression.ols().withCovariance(type).fit(d, "y", terms);
            for (int a = 0; a < 3; a++) {
                assertEquals(Math.sqrt(v[a][a]), fit.coefficients().get(a).stdError(), 1e-8 * Math.sqrt(v[a][a]) + 1e-12,
                        type + " coefficient " + a);
            }
        }
        // one-way cluster by g: G/(G-1) (n-1)/(n-k) B (sum_g u_g u_g') B
        double[] g = d.numeric("g").toArray();
        java.util.Map<Double, double[]> scores = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            double[] u = scores.computeIfAbsent(g[i], key -> new double[3]);
            for (int a = 0; a < 3; a++) {
                u[a] += e[i] * x[i][a];
            }
        }
        int groups = scores.size();
        if (groups < 2) {
            return;
        }
        double[][] meat = new double[3][3];
        for (double[] u : scores.values()) {
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    meat[a][b] += u[a] * u[b];
                }
            }
        }
        double[][] v = sandwich(bread, meat, groups / (groups - 1.0) * (n - 1.0) / (n - k));
        RegressionFit fit = LinearRegression.ols().clusteredBy("g").fit(d, "y", terms);
        for (int a = 0; a < 3; a++) {
            assertEquals(Math.sqrt(v[a][a]), fit.coefficients().get(a).stdError(), 1e-8 * Math.sqrt(v[a][a]) + 1e-12);
        }
    }

    /** Weighted least squares equals OLS on rows scaled by sqrt(w) (the definition). */
    @Test
    void weightedFitEqualsScaledFit() {
        Dataset d = random(5, 200, 5);
        double[] w = new double[200];
        Random r = new Random(3);
        for (int i = 0; i < 200; i++) {
            w[i] = 0.2 + r.nextDouble() * 3;
        }
        DesignMatrix x = DesignMatrix.of(d, List.of("x1", "x2"));
        RegressionFit weighted = LinearRegression.ols().withCovariance(CovarianceType.HC2).fitWeighted(x,
                d.numeric("y").toArray(), w, "y");
        double[] y = d.numeric("y").toArray();
        double[] s0 = new double[200];
        double[] s1 = new double[200];
        double[] s2 = new double[200];
        double[] sy = new double[200];
        for (int i = 0; i < 200; i++) {
            double root = Math.sqrt(w[i]);
            s0[i] = root;
            s1[i] = root * d.numeric("x1").get(i);
            s2[i] = root * d.numeric("x2").get(i);
            sy[i] = root * y[i];
        }
        Dataset scaled = Dataset.builder().numeric("sy", sy).numeric("s0", s0).numeric("s1", s1).numeric("s2", s2).build();
        RegressionFit plain = LinearRegression.ols().withIntercept(false).withCovariance(CovarianceType.HC2)
                .fit(scaled, "sy", List.of("s0", "s1", "s2"));
        for (int a = 0; a < 3; a++) {
            assertEquals(plain.coefficients().get(a).estimate(), weighted.coefficients().get(a).estimate(), 1e-10);
            assertEquals(plain.coefficients().get(a).stdError(), weighted.coefficients().get(a).stdError(), 1e-10);
        }
    }

    @Test
    void predictionsAndReports() {
        Dataset d = random(9, 50, 3);
        RegressionFit fit = LinearRegression.ols().fit(d, "y", List.of("x1", "c"));
        double[] fitted = fit.predict(DesignMatrix.of(d, List.of("x1", "c")));
        double rss = 0;
        for (int i = 0; i < 50; i++) {
            rss += Math.pow(d.numeric("y").get(i) - fitted[i], 2);
        }
        assertEquals(fit.residualSumOfSquares(), rss, 1e-9 * rss);
        assertThrows(IllegalArgumentException.class, () -> fit.predict(DesignMatrix.of(d, List.of("x1"))));
        assertTrue(fit.toString().startsWith("RegressionFit[y ~ 5 columns, n=50"), fit.toString());
        assertTrue(fit.report().text().contains("x1") && fit.report().markdown().contains("| x1 |"));
        assertArrayEquals(new double[] {fit.coefficient("x1").estimate()},
                new double[] {fit.coefficientVector()[1]});
    }

    static double[][] invert(double[][] m) {
        int k = m.length;
        double[][] a = new double[k][2 * k];
        for (int i = 0; i < k; i++) {
            System.arraycopy(m[i], 0, a[i], 0, k);
            a[i][k + i] = 1;
        }
        for (int c = 0; c < k; c++) {
            int piv = c;
            for (int r = c + 1; r < k; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) {
                    piv = r;
                }
            }
            double[] t = a[c];
            a[c] = a[piv];
            a[piv] = t;
            double d = a[c][c];
            for (int j = 0; j < 2 * k; j++) {
                a[c][j] /= d;
            }
            for (int r = 0; r < k; r++) {
                if (r != c) {
                    double f = a[r][c];
                    for (int j = 0; j < 2 * k; j++) {
                        a[r][j] -= f * a[c][j];
                    }
                }
            }
        }
        double[][] out = new double[k][k];
        for (int i = 0; i < k; i++) {
            System.arraycopy(a[i], k, out[i], 0, k);
        }
        return out;
    }

    static double[][] sandwich(double[][] bread, double[][] meat, double factor) {
        int k = bread.length;
        double[][] bm = new double[k][k];
        double[][] v = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                for (int c = 0; c < k; c++) {
                    bm[a][b] += bread[a][c] * meat[c][b];
                }
            }
        }
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                for (int c = 0; c < k; c++) {
                    v[a][b] += bm[a][c] * bread[c][b];
                }
                v[a][b] *= factor;
            }
        }
        return v;
    }
}
