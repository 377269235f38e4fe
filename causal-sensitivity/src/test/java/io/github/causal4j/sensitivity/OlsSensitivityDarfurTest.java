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
package io.github.causal4j.sensitivity;

import static io.github.causal4j.sensitivity.OmittedVariableBiasTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.CausalException;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.CovarianceType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * sensemakr parity on the data: peacefactor ~ directlyharmed + age + farmer_dar + herder_dar +
 * pastvoted + hhsize_darfur + female + village (village categorical, 486 levels), benchmark female,
 * kd = 1, 2, 3. Expected: sensemakr 0.1.6 (issue 6; tests/testthat/test-02-darfur.R) and
 * docs/reference-scripts/sensitivity_darfur.R (R 4.2.2 lm(), sandwich 3.0-2).
 */
class OlsSensitivityDarfurTest {

    static final Dataset DARFUR = Dataset.readCsv(Path.of(System.getProperty("causal4j.datasets"), "darfur.csv"));
    static final List<String> COVARIATES = List.of("age", "farmer_dar", "herder_dar", "pastvoted", "hhsize_darfur", "female", "village");

    static OlsSensitivity model() {
        return OlsSensitivity.of(DARFUR, "directlyharmed", "peacefactor", COVARIATES);
    }

    @Test
    void everyNumberSensemakrReports() {
        SensitivityReport r = model().withBenchmarks("female").withMultipliers(1, 2, 3).run();
        // sensemakr 0.1.6 / R lm(): full-precision coefficient, SE, dof; published digits
        Close.rel(0.0973158192849558, r.estimate(), 1e-10, "estimate");
        Close.rel(0.023256537809811, r.standardError(), 1e-10, "se");
        Close.rel(4.18444998480823, r.tValue(), 1e-10, "t");
        assertEquals(783.0, r.dof());
        Close.rel(0.0218730933411097, r.partialR2(), 1e-9, "R2yd.x");
        Close.rel(0.0223622243618922, r.partialF2(), 1e-9, "f2yd.x");
        Close.rel(0.138776353893588, r.robustnessValue(), 1e-9, "RV_q");
        Close.rel(0.0762579655448573, r.robustnessValueAlpha(), 1e-9, "RV_q,a");
        Close.printed("0.0973158", r.estimate(), "estimate");
        Close.printed("0.0232565", r.standardError(), "se");
        Close.printed("4.18445", r.tValue(), "t");
        Close.printed("0.0218731", r.partialR2(), "R2yd.x");
        Close.printed("0.138776", r.robustnessValue(), "RV_q");
        Close.printed("0.0762580", r.robustnessValueAlpha(), "RV_q,a");
        // benchmark partial R2 values (R script) and the sensemakr bounds table
        BenchmarkBound first = r.bounds().get(0);
        Close.rel(0.00908106519032958, first.benchmark().r2dxjX(), 1e-9, "r2dxj.x female");
        Close.rel(0.109033915427842, first.benchmark().r2yxjDX(), 1e-9, "r2yxj.dx female");
        double[] r2dz = {0.00916428667504862, 0.0183285733500972, 0.0274928600251459};
        double[] r2yz = {0.12464092303637, 0.249324064199975, 0.374050471038094};
        double[] est = {0.0752202712144491, 0.0529151723844518, 0.0303960234641548};
        double[] se = {0.0218733277437572, 0.0203500620779637, 0.0186700648170924};
        double[] t = {3.43890386024675, 2.60024623913809, 1.62806202131271};
        String[] lower = {"0.032282966", "0.012968035", "-0.006253282"};
        String[] upper = {"0.11815758", "0.09286231", "0.06704533"};
        for (int i = 0; i < 3; i++) {
            BenchmarkBound b = r.bounds().get(i);
            assertEquals((i + 1) + "x female", b.label());
            Close.rel(r2dz[i], b.r2dzX(), 1e-9, "r2dz.x " + i);
            Close.rel(r2yz[i], b.r2yzDX(), 1e-9, "r2yz.dx " + i);
            Close.rel(est[i], b.adjusted().estimate(), 1e-9, "adjusted estimate " + i);
            Close.rel(se[i], b.adjusted().standardError(), 1e-9, "adjusted se " + i);
            Close.rel(t[i], b.adjusted().tValue(), 1e-9, "adjusted t " + i);
            Close.printed(lower[i], b.adjusted().lower(), "lower " + i);
            Close.printed(upper[i], b.adjusted().upper(), "upper " + i);
        }
        // issue 6: 0.075220, 0.052915, 0.030396 and [-0.006253, 0.067045]
        Close.printed("0.030396", r.bounds().get(2).adjusted().estimate(), "kd=3");
        Close.printed("-0.006253", r.bounds().get(2).adjusted().lower(), "kd=3 lower");
        Close.printed("0.067045", r.bounds().get(2).adjusted().upper(), "kd=3 upper");
        assertTrue(r.report().text().contains("peacefactor ~ directlyharmed + age"), r.report().text());
        assertEquals(1276, r.provenance().orElseThrow().rows());
        assertEquals("female", r.provenance().orElseThrow().settings().get("benchmarks"));
        assertEquals(64, r.provenance().orElseThrow().dataSha256().length());
    }

    @Test
    void groupBenchmarksFromTheWaldStatistic() {
        // sensitivity_darfur.R: joint partial R2 from nested lm() fits
        SensitivityReport r = model().withGroupBenchmark("female+pastvoted", List.of("female", "pastvoted"))
                .withBenchmarks("pastvoted").withMultipliers(1, 2).run();
        Close.rel(0.0100506938829362, r.bounds().get(0).benchmark().r2dxjX(), 1e-8, "group r2dxj.x");
        Close.rel(0.116812760645574, r.bounds().get(0).benchmark().r2yxjDX(), 1e-8, "group r2yxj.dx");
        Close.rel(0.0731020960331471, r.bounds().get(0).adjusted().estimate(), 1e-8, "1x group estimate");
        Close.rel(0.0486330252118127, r.bounds().get(1).adjusted().estimate(), 1e-8, "2x group estimate");
        Close.rel(0.00148974060290355, r.bounds().get(2).benchmark().r2dxjX(), 1e-8, "pastvoted r2dxj.x");
        SensitivityReport v = model().withBenchmarks("village").withMultipliers(0.1, 0.2).run();
        Close.rel(0.416926606824987, v.bounds().get(0).benchmark().r2dxjX(), 1e-8, "village r2dxj.x (485 dummies)");
        Close.rel(0.424288843105027, v.bounds().get(0).benchmark().r2yxjDX(), 1e-8, "village r2yxj.dx");
        Close.rel(-0.0684341039462647, v.bounds().get(1).adjusted().estimate(), 1e-8, "0.2x village estimate");
    }

    @Test
    void groupPartialR2OfTreatmentAndBenchmarkInTheOutcomeModel() {
        // sensemakr test-02-darfur.R: group_partial_r2(model, covariates = c("directlyharmed", "female")) = 0.1350435;
        // nested lm() fits in the R script: 0.135043464891122
        List<String> terms = new java.util.ArrayList<>(List.of("directlyharmed"));
        terms.addAll(COVARIATES);
        io.github.causal4j.estimate.RegressionFit fit = io.github.causal4j.estimate.LinearRegression.ols().fit(DARFUR, "peacefactor", terms);
        double r2 = OlsSensitivity.jointPartialR2(fit, List.of("directlyharmed", "female"), "group", "outcome");
        Close.printed("0.1350435", r2, "sensemakr");
        Close.rel(0.135043464891122, r2, 1e-9, "nested fits");
    }

    @Test
    void robustAndClusterRobustStandardErrors() {
        // sandwich 3.0-2: vcovHC(type = "HC1") and vcovCL(cluster = ~village, type = "HC1")
        SensitivityReport hc1 = model().withCovariance(CovarianceType.HC1).withBenchmarks("female").withMultipliers(1).run();
        Close.rel(0.0291658028000658, hc1.omittedVariableBias().inferenceStandardError(), 1e-9, "HC1 se");
        Close.rel(0.0596444149063815, hc1.robustnessValueAlpha(), 1e-8, "RV_q,a with HC1");
        Close.rel(0.138776353893588, hc1.robustnessValue(), 1e-9, "RV_q unchanged");
        Close.rel(0.0274311322163565, hc1.bounds().get(0).adjusted().standardError(), 1e-9, "adjusted se HC1");
        Close.rel(0.0213730049170632, hc1.bounds().get(0).adjusted().lower(), 1e-8, "adjusted lower HC1");
        assertTrue(hc1.report().text().contains("HC1"), hc1.report().text());
        SensitivityReport cl = model().withCovariance(CovarianceType.HC1).clusteredBy("village").run();
        Close.rel(0.0303159852410242, cl.omittedVariableBias().inferenceStandardError(), 1e-9, "cluster se");
    }

    @Test
    void clusteredHc2TakesItsStandardErrorFromTheFit() {
        // estimation_cluster_hc23.R (sandwich 3.0-2): Lalonde re78 ~ treat + covariates,
        // vcovCL(cluster = ~educ, type = "HC2"), SE of treat
        Dataset lalonde = Dataset.readCsv(Path.of(System.getProperty("causal4j.datasets"), "lalonde_psid.csv"));
        SensitivityReport r = OlsSensitivity.of(lalonde, "treat", "re78", List.of("age", "educ", "black", "hispan",
                "married", "nodegree", "re74", "re75")).withCovariance(CovarianceType.HC2).clusteredBy("educ").run();
        Close.rel(4.8188164663787234e+02, r.omittedVariableBias().inferenceStandardError(), 1e-9, "clustered HC2 se");
        // Darfur with village fixed effects clustered by village: every village's I - H_gg is singular
        CausalException e = assertThrows(CausalException.class,
                () -> model().withCovariance(CovarianceType.HC2).clusteredBy("village").run());
        // named by its level (clusters go in key order, the first is the first level in sorted order)
        String first = DARFUR.categorical("village").levels().get(0);
        assertTrue(e.getMessage().contains("the cluster 'village' = '" + first + "' has a leverage block")
                && e.getMessage().contains("HC2") && !e.getMessage().contains("level's index"), e.getMessage());
    }

    @Test
    void badInput() {
        assertMessage(() -> model().withBenchmarks("wouldvote"), "not among the covariates");
        assertMessage(() -> model().withBenchmarks("directlyharmed"), "its own benchmark");
        assertMessage(() -> OlsSensitivity.of(DARFUR, "directlyharmed", "peacefactor", List.of("age", "directlyharmed")),
                "listed among the covariates");
        assertMessage(() -> OlsSensitivity.of(DARFUR, "village", "peacefactor", List.of("age")), "categorical");
        assertMessage(() -> OlsSensitivity.of(DARFUR, "directlyharmed", "nosuchcolumn", List.of("age")), "nosuchcolumn");
        assertMessage(() -> model().withOptions(SensitivityOptions.defaults().withQ(-1)), "q");
        assertMessage(() -> model().withMultipliers(-1), "kd");
    }
}
