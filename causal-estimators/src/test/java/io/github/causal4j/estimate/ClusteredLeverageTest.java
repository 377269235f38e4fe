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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.CausalException;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.iv.InstrumentalVariables;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;

/**
 * Cluster-robust HC2/HC3 of least squares (Bell &amp; McCaffrey 2002; Cameron &amp; Miller 2015,
 * Sec. VI.B) against R's {@code sandwich::vcovCL(type = "HC2"/"HC3")}. Expected values:
 * docs/reference-scripts/estimation_cluster_hc23.R (R 4.2.2, sandwich 3.0-2), printed to 17 digits;
 * the script also checks vcovCL against the dense formula {@code B (sum_g X_g'A_g e_g e_g'A_g X_g) B}
 * (no G/(G-1): vcovCL's sqrt((G-1)/G) on the scores cancels its cadjust). Tolerance 1e-9 relative.
 */
class ClusteredLeverageTest {

    private static final double TOL = 1e-9;

    private static void close(double[] expected, RegressionFit fit, String[] names, String what) {
        for (int j = 0; j < expected.length; j++) {
            double se = fit.coefficient(names[j]).stdError();
            assertEquals(expected[j], se, Math.abs(expected[j]) * TOL, what + " SE " + names[j]);
        }
    }

    private static final String[] PETERSEN = {"(Intercept)", "x"};
    private static final String[] LALONDE = {"(Intercept)", "treat", "age", "educ", "black", "hispan", "married",
        "nodegree", "re74", "re75"};

    private static List<String> lalondeTerms() {
        List<String> terms = new ArrayList<>(List.of("treat"));
        terms.addAll(TestData.LALONDE_COVARIATES);
        return terms;
    }

    private static RegressionFit fit(Dataset data, CovarianceType type, String outcome, List<String> terms,
            String... clusters) {
        return LinearRegression.ols().withCovariance(type).clusteredBy(clusters).fit(data, outcome, terms);
    }

    @Test
    void petersenByFirmYearAndBothMatchVcovCL() {
        Dataset pet = TestData.read("petersen_cl.csv");
        List<String> x = List.of("x");
        close(new double[] {0.067040937173142176, 0.050677766740312692}, fit(pet, CovarianceType.HC2, "y", x, "firm"),
                PETERSEN, "firm HC2");
        close(new double[] {0.067143147779857068, 0.050815966310146156}, fit(pet, CovarianceType.HC3, "y", x, "firm"),
                PETERSEN, "firm HC3");
        close(new double[] {0.023392814217226700, 0.033396082016014711}, fit(pet, CovarianceType.HC2, "y", x, "year"),
                PETERSEN, "year HC2");
        close(new double[] {0.024667635003658751, 0.035214204719003973}, fit(pet, CovarianceType.HC3, "y", x, "year"),
                PETERSEN, "year HC3");
        RegressionFit both2 = fit(pet, CovarianceType.HC2, "y", x, "firm", "year");
        close(new double[] {0.065095201012384987, 0.053637016997629822}, both2, PETERSEN, "firm+year HC2");
        close(new double[] {0.065666191297714560, 0.054909517821816509},
                fit(pet, CovarianceType.HC3, "y", x, "firm", "year"), PETERSEN, "firm+year HC3");
        assertEquals(CovarianceType.HC2, both2.covarianceType());
        assertEquals(List.of(500, 10), both2.clusterCounts());
    }

    @Test
    void lalondeByEducationMatchesVcovCL() {
        close(new double[] {2.0707500076906426e+03, 4.8188164663787234e+02, 2.1682697796224659e+01,
            1.4026139249161207e+02, 8.7333457724614220e+02, 1.0596386187740834e+03, 6.3321698569619787e+02,
            9.7906872572255838e+02, 7.2056287952436363e-02, 8.4021618687528637e-02},
                fit(TestData.lalonde(), CovarianceType.HC2, "re78", lalondeTerms(), "educ"), LALONDE, "educ HC2");
        close(new double[] {2.8869526925528839e+03, 5.1137845715432456e+02, 2.5113738950858369e+01,
            1.6053560738224760e+02, 9.7756587291474068e+02, 1.1700967769755864e+03, 7.3967025588329886e+02,
            1.6728149765092228e+03, 7.9980079142402155e-02, 8.9672877437013146e-02},
                fit(TestData.lalonde(), CovarianceType.HC3, "re78", lalondeTerms(), "educ"), LALONDE, "educ HC3");
    }

    @Test
    void clustersOfOneRowGiveUnclusteredHc2AndHc3() {
        // vcovCL with every cluster of size 1: sqrt((n-1)/n) on the scores and cadjust n/(n-1) cancel,
        // so it is vcovHC (the script prints both, equal to 3e-11 relative, rounding).
        Dataset lal = TestData.lalonde();
        double[][] r = {
            {2.5394321129865748e+03, 7.4218167731471181e+02, 3.1805527379126410e+01, 1.6109383457091585e+02,
                6.9734536486513571e+02, 9.5707183544743748e+02, 6.5962574297583251e+02, 8.9312619555890694e+02,
                7.1897272643653989e-02, 1.2128064289870447e-01},
            {2.5702950888122850e+03, 7.4998675886314743e+02, 3.2173197133208021e+01, 1.6315062597500037e+02,
                7.0472990763440509e+02, 9.6928086739956814e+02, 6.6618243231102872e+02, 9.0194263852385802e+02,
                7.3140096635078158e-02, 1.2422511111091082e-01}};
        CovarianceType[] types = {CovarianceType.HC2, CovarianceType.HC3};
        for (int t = 0; t < 2; t++) {
            RegressionFit clustered = fit(lal, types[t], "re78", lalondeTerms(), "id");
            RegressionFit plain = LinearRegression.ols().withCovariance(types[t]).fit(lal, "re78", lalondeTerms());
            close(r[t], clustered, LALONDE, "id " + types[t]);
            for (String name : LALONDE) {
                double expected = plain.coefficient(name).stdError();
                assertEquals(expected, clustered.coefficient(name).stdError(), expected * TOL, types[t] + " " + name);
            }
        }
    }

    @Test
    void aClusterThatAloneDeterminesACoefficientIsAnErrorNamingIt() {
        // A dummy for cluster 3 (a cluster fixed effect): that cluster's I - H_gg has eigenvalue 0.
        Random random = new Random(5);
        int n = 40;
        double[] y = new double[n];
        double[] x = new double[n];
        double[] g = new double[n];
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = i % 5;
            d[i] = g[i] == 3 ? 1 : 0;
            x[i] = random.nextGaussian();
            y[i] = x[i] + random.nextGaussian();
        }
        Dataset data = Dataset.builder().numeric("y", y).numeric("x", x).numeric("d", d).numeric("g", g).build();
        for (CovarianceType type : new CovarianceType[] {CovarianceType.HC2, CovarianceType.HC3}) {
            CausalException e = assertThrows(CausalException.class,
                    () -> fit(data, type, "y", List.of("x", "d"), "g"));
            assertTrue(e.getMessage().contains("'g' = 3") && e.getMessage().contains(type.toString()), e.getMessage());
        }
        // HC1 stays defined
        assertTrue(fit(data, CovarianceType.HC1, "y", List.of("x", "d"), "g").coefficient("x").stdError() > 0);
    }

    @Test
    void weightedFitsAndOtherEstimatorsRefuseClusteredHc2() {
        Dataset pet = TestData.read("petersen_cl.csv");
        DesignMatrix design = DesignMatrix.of(pet, List.of("x"), true);
        double[] w = new double[pet.rowCount()];
        java.util.Arrays.fill(w, 2.0);
        IllegalArgumentException weighted = assertThrows(IllegalArgumentException.class,
                () -> LinearRegression.ols().withCovariance(CovarianceType.HC2).clusteredBy("firm")
                        .fitWeighted(design, pet.numeric("y").toArray(), w, "y"));
        assertTrue(weighted.getMessage().contains("unweighted"), weighted.getMessage());
        IllegalArgumentException iv = assertThrows(IllegalArgumentException.class,
                () -> InstrumentalVariables.twoStageLeastSquares().withCovariance(CovarianceType.HC3).clusteredBy(
                        List.of("firm")));
        assertTrue(iv.getMessage().contains("HC0 or HC1"), iv.getMessage());
    }

    /** The dense textbook formula: B (sum_g X_g' A_g e_g e_g' A_g X_g) B, A_g by eigen decomposition. */
    private static double[] denseVariances(double[][] xs, double[] y, int[] cluster, double exponent) {
        int n = y.length;
        int k = xs[0].length;
        DMatrixRMaj x = new DMatrixRMaj(xs);
        DMatrixRMaj xtx = new DMatrixRMaj(k, k);
        CommonOps_DDRM.multTransA(x, x, xtx);
        DMatrixRMaj bread = new DMatrixRMaj(k, k);
        CommonOps_DDRM.invert(xtx, bread);
        DMatrixRMaj xty = new DMatrixRMaj(k, 1);
        CommonOps_DDRM.multTransA(x, new DMatrixRMaj(n, 1, true, y), xty);
        DMatrixRMaj beta = new DMatrixRMaj(k, 1);
        CommonOps_DDRM.mult(bread, xty, beta);
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            double fitted = 0;
            for (int a = 0; a < k; a++) {
                fitted += xs[i][a] * beta.get(a);
            }
            e[i] = y[i] - fitted;
        }
        DMatrixRMaj meat = new DMatrixRMaj(k, k);
        for (int label : java.util.Arrays.stream(cluster).distinct().toArray()) {
            int[] rows = java.util.stream.IntStream.range(0, n).filter(i -> cluster[i] == label).toArray();
            int m = rows.length;
            DMatrixRMaj xg = new DMatrixRMaj(m, k);
            DMatrixRMaj eg = new DMatrixRMaj(m, 1);
            for (int r = 0; r < m; r++) {
                for (int a = 0; a < k; a++) {
                    xg.set(r, a, xs[rows[r]][a]);
                }
                eg.set(r, e[rows[r]]);
            }
            DMatrixRMaj xb = new DMatrixRMaj(m, k);
            CommonOps_DDRM.mult(xg, bread, xb);
            DMatrixRMaj complement = CommonOps_DDRM.identity(m);
            DMatrixRMaj hat = new DMatrixRMaj(m, m);
            CommonOps_DDRM.multTransB(xb, xg, hat);
            CommonOps_DDRM.subtractEquals(complement, hat);
            EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(m, true, true);
            assertTrue(eig.decompose(complement));
            DMatrixRMaj a = new DMatrixRMaj(m, m);
            for (int j = 0; j < m; j++) {
                double f = Math.pow(eig.getEigenvalue(j).getReal(), exponent);
                DMatrixRMaj v = eig.getEigenVector(j);
                for (int r = 0; r < m; r++) {
                    for (int c = 0; c < m; c++) {
                        a.add(r, c, f * v.get(r) * v.get(c));
                    }
                }
            }
            DMatrixRMaj ae = new DMatrixRMaj(m, 1);
            CommonOps_DDRM.mult(a, eg, ae);
            DMatrixRMaj u = new DMatrixRMaj(k, 1);
            CommonOps_DDRM.multTransA(xg, ae, u);
            CommonOps_DDRM.multAddTransB(u, u, meat);
        }
        DMatrixRMaj bm = new DMatrixRMaj(k, k);
        CommonOps_DDRM.mult(bread, meat, bm);
        DMatrixRMaj v = new DMatrixRMaj(k, k);
        CommonOps_DDRM.mult(bm, bread, v);
        double[] out = new double[k];
        for (int a = 0; a < k; a++) {
            out[a] = v.get(a, a);
        }
        return out;
    }

    @Property(tries = 40)
    void agreesWithTheDenseFormulaOneAndTwoWay(@ForAll @IntRange(min = 12, max = 60) int n,
            @ForAll @IntRange(min = 3, max = 8) int groups, @ForAll long seed) {
        Random random = new Random(seed);
        double[][] xs = new double[n][3];
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        double[] y = new double[n];
        int[] first = new int[n];
        int[] second = new int[n];
        int[] both = new int[n];
        for (int i = 0; i < n; i++) {
            x1[i] = random.nextGaussian();
            x2[i] = random.nextDouble() * 4 - 1;
            xs[i] = new double[] {1, x1[i], x2[i]};
            // heteroskedastic, cluster-correlated errors
            first[i] = i < groups ? i : random.nextInt(groups);
            second[i] = i < 2 ? i : random.nextInt(3);
            both[i] = first[i] * 3 + second[i];
            y[i] = 1 + 2 * x1[i] - x2[i] + (1 + Math.abs(x1[i])) * random.nextGaussian() + 0.3 * first[i];
        }
        Dataset data = Dataset.builder().numeric("y", y).numeric("x1", x1).numeric("x2", x2)
                .numeric("a", java.util.Arrays.stream(first).asDoubleStream().toArray())
                .numeric("b", java.util.Arrays.stream(second).asDoubleStream().toArray()).build();
        String[] names = {"(Intercept)", "x1", "x2"};
        for (CovarianceType type : new CovarianceType[] {CovarianceType.HC2, CovarianceType.HC3}) {
            double exponent = type == CovarianceType.HC2 ? -0.5 : -1.0;
            double[] a = denseVariances(xs, y, first, exponent);
            double[] oneWay = a;
            double[] b = denseVariances(xs, y, second, exponent);
            double[] ab = denseVariances(xs, y, both, exponent);
            RegressionFit one = fit(data, type, "y", List.of("x1", "x2"), "a");
            double[] twoWay = new double[3];
            boolean definite = true;
            for (int j = 0; j < 3; j++) {
                double v1 = one.coefficient(names[j]).stdError();
                assertEquals(oneWay[j], v1 * v1, Math.abs(oneWay[j]) * 1e-8, type + " one-way " + names[j]);
                twoWay[j] = a[j] + b[j] - ab[j];
                definite &= twoWay[j] >= 0;
            }
            if (!definite) {
                // V_A + V_B - V_AB need not be positive semi-definite: a negative variance is an error
                assertThrows(CausalException.class, () -> fit(data, type, "y", List.of("x1", "x2"), "a", "b"));
                continue;
            }
            RegressionFit two = fit(data, type, "y", List.of("x1", "x2"), "a", "b");
            for (int j = 0; j < 3; j++) {
                double v2 = two.coefficient(names[j]).stdError();
                assertEquals(twoWay[j], v2 * v2, (Math.abs(a[j]) + Math.abs(b[j]) + Math.abs(ab[j])) * 1e-8,
                        type + " two-way " + names[j]);
            }
        }
    }
}
