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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bounds from benchmark covariates on the Darfur model, from the partial R&sup2; values of the
 * benchmarks (the numbers-only entry point). Expected values: sensemakr 0.1.6's own test suite
 * (tests/testthat/test-02-darfur.R) where stated, else docs/reference-scripts/sensitivity_darfur.R
 * (R 4.2.2, lm() and the formulas of Cinelli &amp; Hazlett 2020 Sec. 4.4 written out by hand).
 */
class SensitivityAnalysisTest {

    // sensitivity_darfur.R: partial R2 of female with the treatment (D ~ X) and with the outcome (Y ~ D + X)
    static final double FEMALE_R2D = 0.00908106519032958;
    static final double FEMALE_R2Y = 0.109033915427842;

    static SensitivityReport darfur(SensitivityOptions options, double... kd) {
        return SensitivityAnalysis.of(OmittedVariableBiasTest.DARFUR)
                .names("directlyharmed", "peacefactor")
                .model("peacefactor ~ directlyharmed + age + farmer_dar + herder_dar + pastvoted + hhsize_darfur + female + village")
                .withOptions(options)
                .withBenchmark(BenchmarkCovariate.of("female", FEMALE_R2D, FEMALE_R2Y))
                .withMultipliers(kd)
                .run();
    }

    @Test
    void femaleBoundsMatchSensemakr() {
        SensitivityReport r = darfur(SensitivityOptions.defaults(), 1, 2, 3);
        List<BenchmarkBound> b = r.bounds();
        assertEquals(List.of("1x female", "2x female", "3x female"), b.stream().map(BenchmarkBound::label).toList());
        // sensemakr test-02-darfur.R check_bounds (lm model), full digits
        double[] r2dz = {0.00916428667504862, 0.0183285733500972, 0.0274928600251459};
        double[] r2yz = {0.12464092303637, 0.249324064199975, 0.374050471038094};
        double[] est = {0.0752202712144491, 0.0529151723844518, 0.0303960234641548};
        double[] se = {0.0218733277437572, 0.0203500620779637, 0.0186700648170924};
        double[] t = {3.43890386024675, 2.60024623913809, 1.62806202131271};
        String[] lower = {"0.032282966", "0.012968035", "-0.006253282"};
        String[] upper = {"0.11815758", "0.09286231", "0.06704533"};
        for (int i = 0; i < 3; i++) {
            AdjustedEstimate a = b.get(i).adjusted();
            Close.rel(r2dz[i], b.get(i).r2dzX(), 1e-12, "r2dz.x " + i);
            Close.rel(r2yz[i], b.get(i).r2yzDX(), 1e-12, "r2yz.dx " + i);
            Close.rel(est[i], a.estimate(), 1e-12, "adjusted estimate " + i);
            Close.rel(se[i], a.standardError(), 1e-12, "adjusted se " + i);
            Close.rel(t[i], a.tValue(), 1e-12, "adjusted t " + i);
            Close.printed(lower[i], a.lower(), "lower " + i);
            Close.printed(upper[i], a.upper(), "upper " + i);
            assertFalse(b.get(i).outcomeR2Capped());
        }
        // issue 6 (sensemakr 0.1.6): 0.075220, 0.052915, 0.030396 and [-0.006253, 0.067045] for kd = 3
        Close.printed("0.075220", b.get(0).adjusted().estimate(), "kd=1");
        Close.printed("0.052915", b.get(1).adjusted().estimate(), "kd=2");
        Close.printed("0.030396", b.get(2).adjusted().estimate(), "kd=3");
        Close.printed("-0.006253", b.get(2).adjusted().lower(), "kd=3 lower");
        Close.printed("0.067045", b.get(2).adjusted().upper(), "kd=3 upper");
        // R script (same convention: critical t with dof = 783), full precision
        Close.rel(-0.00625328229785563, b.get(2).adjusted().lower(), 1e-9, "kd=3 lower");
        Close.rel(0.0670453292261685, b.get(2).adjusted().upper(), 1e-10, "kd=3 upper");
        Close.rel(0.0322829657274461, b.get(0).adjusted().lower(), 1e-10, "kd=1 lower");
    }

    @Test
    void publishedTableReanalysis() {
        // sensemakr test-02-darfur.R "testing darfur sensemakr manually": estimate 0.09731582,
        // se 0.02325654, dof 783 and the benchmark's two partial R2 values
        SensitivityReport r = SensitivityAnalysis.of(OmittedVariableBias.of(0.09731582, 0.02325654, 783))
                .names("directlyharmed", "peacefactor")
                .withBenchmark(BenchmarkCovariate.of("female", FEMALE_R2D, FEMALE_R2Y))
                .withMultipliers(1, 2, 3)
                .run();
        double[] est = {0.0752202698486415, 0.0529151689180575, 0.0303960178770157};
        double[] se = {0.0218733298036818, 0.0203500639944344, 0.0186700665753491};
        double[] t = {3.43890347394571, 2.60024582392121, 1.62806156873318};
        double[] lower = {0.0322829603180086, 0.0129680276030601, -0.00625329133645187};
        double[] upper = {0.118157579379274, 0.092862310233055, 0.0670453270904833};
        for (int i = 0; i < 3; i++) {
            AdjustedEstimate a = r.bounds().get(i).adjusted();
            Close.rel(est[i], a.estimate(), 1e-10, "estimate " + i);
            Close.rel(se[i], a.standardError(), 1e-10, "se " + i);
            Close.rel(t[i], a.tValue(), 1e-10, "t " + i);
            Close.rel(lower[i], a.lower(), 1e-8, "lower " + i);
            Close.rel(upper[i], a.upper(), 1e-9, "upper " + i);
        }
    }

    @Test
    void separateKdAndKy() {
        // sensitivity_darfur.R bound[female kd=1 ky=2] and [kd=2 ky=0.5]
        SensitivityReport r = SensitivityAnalysis.of(OmittedVariableBiasTest.DARFUR).names("directlyharmed", "peacefactor")
                .withBenchmark(BenchmarkCovariate.of("female", FEMALE_R2D, FEMALE_R2Y))
                .withMultipliers(new double[] {1, 2}, new double[] {2, 0.5}).run();
        assertEquals("1/2x female", r.bounds().get(0).label());
        assertEquals("2/0.5x female", r.bounds().get(1).label());
        expect(r.bounds().get(0), 0.00916428667504857, 0.247957538662271, 0.0661511079476594, 0.0202741624336459,
                3.2628281520463, 0.0263529612685352, 0.105949254626784);
        expect(r.bounds().get(1), 0.0183285733500971, 0.0634734429292789, 0.0749129715656558, 0.0227300054547005,
                3.29577446494471, 0.0302940091762543, 0.119531933955057);
    }

    @Test
    void optionsChangeTheNullAndTheInterval() {
        // sensitivity_darfur.R bound[female q=0.5 alpha=0.1 kd=2] and bound[female reduce=FALSE kd=2]
        SensitivityReport half = darfur(SensitivityOptions.defaults().withQ(0.5).withAlpha(0.1), 1, 2, 3);
        expect(half.bounds().get(1), 0.0183285733500971, 0.249324064199975, 0.052915172384453, 0.0203500620779634,
                0.209201462170731, 0.0194026492346789, 0.0864276955342271);
        SensitivityReport away = darfur(SensitivityOptions.defaults().withDirection(BiasDirection.AWAY_FROM_ZERO), 1, 2, 3);
        expect(away.bounds().get(1), 0.0183285733500971, 0.249324064199975, 0.141716466185459, 0.0203500620779634,
                -2.60024623913819, 0.101769328632491, 0.181663603738427);
        Close.rel(2 * OmittedVariableBiasTest.EST, away.nullValue(), 1e-15, "null est (1 + q)");
    }

    @Test
    void groupAndSeveralBenchmarks() {
        // sensitivity_darfur.R: joint partial R2 of {female, pastvoted} from nested lm() fits, and of village
        SensitivityReport r = SensitivityAnalysis.of(OmittedVariableBiasTest.DARFUR).names("directlyharmed", "peacefactor")
                .withBenchmark(BenchmarkCovariate.group("female+pastvoted", List.of("female", "pastvoted"),
                        0.0100506938829362, 0.116812760645574))
                .withBenchmark(BenchmarkCovariate.of("pastvoted", 0.00148974060290355, 0.00506841252461433))
                .withMultipliers(1, 2).run();
        assertEquals(List.of("1x female+pastvoted", "2x female+pastvoted", "1x pastvoted", "2x pastvoted"),
                r.bounds().stream().map(BenchmarkBound::label).toList());
        expect(r.bounds().get(0), 0.0101527359237804, 0.134975939666371, 0.0731020960331471, 0.0217546733489125,
                3.36029389458985, 0.0303977089231956, 0.115806483143099);
        expect(r.bounds().get(1), 0.0203054718475609, 0.270008043797591, 0.0486330252118127, 0.0200879797820471,
                2.42100130224527, 0.00920035476391083, 0.0880656956597146);
        assertTrue(r.bounds().get(0).benchmark().isGroup());
        SensitivityReport v = SensitivityAnalysis.of(OmittedVariableBiasTest.DARFUR)
                .withBenchmark(BenchmarkCovariate.group("village", List.of("village"), 0.416926606824987, 0.424288843105027))
                .withMultipliers(0.1, 0.2).run();
        expect(v.bounds().get(0), 0.071504996061421, 0.184578892095362, 0.0197276743535123, 0.0218083975570656,
                0.904590734000115, -0.0230821732864757, 0.0625375219935002);
        expect(v.bounds().get(1), 0.143009992122842, 0.388744413844007, -0.0684341039462647, 0.0196537807938715,
                -3.4819816433286, -0.107014442512349, -0.0298537653801803);
    }

    @Test
    void partialR2FromFMatchesNestedFits() {
        // sensemakr test-02-darfur.R: group_partial_r2(model, c("directlyharmed", "female")) = 0.1350435;
        // R script (nested fits): 0.135043464891122. F = (R2 / (1 - R2)) dof / p inverts it.
        double r2 = 0.135043464891122;
        double f = r2 / (1 - r2) * 783 / 2;
        Close.rel(r2, BenchmarkCovariate.partialR2FromF(f, 2, 783), 1e-14, "group partial R2");
        Close.printed("0.1350435", BenchmarkCovariate.partialR2FromF(f, 2, 783), "sensemakr");
        Close.rel(OmittedVariableBiasTest.DARFUR.partialR2(), BenchmarkCovariate.partialR2FromT(4.18444998480823, 783), 1e-12, "t");
    }

    @Test
    void impliedOutcomeR2AboveOneIsCappedWithAWarning() {
        // hand-derived: r2dxj = 0.05, r2yxj = 0.5, kd = ky = 3 gives r2dz.x = 0.15/0.95 and an implied
        // r2yz.dx = ((sqrt(3) + sqrt(eta)) / sqrt(1 - eta))^2 > 1 (eta = 0.0075/0.8075)
        SensitivityReport r = SensitivityAnalysis.of(OmittedVariableBiasTest.DARFUR)
                .withBenchmark(BenchmarkCovariate.of("x", 0.05, 0.5)).withMultipliers(3).run();
        BenchmarkBound b = r.bounds().get(0);
        assertTrue(b.outcomeR2Capped());
        assertEquals(1.0, b.r2yzDX());
        Close.rel(0.15 / 0.95, b.r2dzX(), 1e-15, "r2dz.x");
        assertEquals(0.0, b.adjusted().standardError());
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).contains("3x x"));
    }

    @Test
    void badBenchmarksAndMultipliers() {
        SensitivityAnalysis a = SensitivityAnalysis.of(OmittedVariableBiasTest.DARFUR).names("directlyharmed", "peacefactor");
        assertMessage(() -> a.withBenchmark(BenchmarkCovariate.of("directlyharmed", 0.1, 0.1)), "its own benchmark");
        assertMessage(() -> a.withMultipliers(0), "kd");
        assertMessage(() -> a.withMultipliers(new double[] {1, 2}, new double[] {1, 2, 3}), "equal length");
        assertMessage(() -> a.withBenchmark(BenchmarkCovariate.of("x", 0.5, 0.1)).withMultipliers(2).run(), "impossible kd");
        assertMessage(() -> BenchmarkCovariate.of("x", 1.0, 0.1), "r2dxj.x");
        assertMessage(() -> BenchmarkCovariate.of("x", 0.1, -0.2), "r2yxj.dx");
        assertMessage(() -> BenchmarkCovariate.partialR2FromT(2, 0), "dof");
    }

    static void expect(BenchmarkBound b, double r2dz, double r2yz, double est, double se, double t, double lower, double upper) {
        Close.rel(r2dz, b.r2dzX(), 1e-12, b.label() + " r2dz.x");
        Close.rel(r2yz, b.r2yzDX(), 1e-12, b.label() + " r2yz.dx");
        Close.rel(est, b.adjusted().estimate(), 1e-12, b.label() + " estimate");
        Close.rel(se, b.adjusted().standardError(), 1e-12, b.label() + " se");
        Close.rel(t, b.adjusted().tValue(), 1e-11, b.label() + " t");
        Close.rel(lower, b.adjusted().lower(), 1e-8, b.label() + " lower");
        Close.rel(upper, b.adjusted().upper(), 1e-9, b.label() + " upper");
    }
}
