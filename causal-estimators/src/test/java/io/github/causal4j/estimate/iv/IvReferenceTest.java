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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.CovarianceType;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * IV estimates and diagnostics against R. Unless noted, expected values come from
 * docs/reference-scripts/estimation_iv.R (R 4.2.2, AER 1.2-10, sandwich 3.0-2): AER::ivreg,
 * vcovHC/vcovCL, summary(diagnostics = TRUE); LIML, Fuller, Hansen J and the Anderson-Rubin set
 * from their definitions with dense n x n matrices and uniroot. Tolerance 1e-9 relative on
 * estimates and standard errors (both sides are exact to ~1e-13 on these 48 rows), 1e-7 on the
 * AR roots (uniroot tol 1e-13 on a 1e-3 grid).
 */
class IvReferenceTest {

    static final Dataset CIG = TestData.read("cigarettes_1995.csv");
    static final IvModel SW = new IvModel("lpacks", List.of("lrprice"), List.of("tdiff", "taxcpi"), List.of("lrincome"));
    static final IvModel TDIFF = new IvModel("lpacks", List.of("lrprice"), List.of("tdiff"), List.of("lrincome"));

    static void close(double expected, double actual, double rel) {
        assertEquals(expected, actual, rel * Math.max(1.0, Math.abs(expected)), () -> "expected " + expected + ", got " + actual);
    }

    static void coefficients(IvFit fit, double[] b, double[] se, double rel) {
        for (int a = 0; a < b.length; a++) {
            String name = List.of("(Intercept)", "lrprice", "lrincome").get(a);
            close(b[a], fit.coefficient(name).estimate(), rel);
            close(se[a], fit.coefficient(name).stdError(), rel);
        }
    }

    @Test
    void twoStageLeastSquaresStockWatson() {
        IvFit fit = InstrumentalVariables.twoStageLeastSquares().fit(CIG, SW);
        // Published: lrprice -1.277424, SE 0.263199, weak-instrument F 244.734 (issue 5; Stock & Watson eq. 12.16)
        coefficients(fit, new double[] {9.89495554115523, -1.27742413342728, 0.280404825083422},
                new double[] {1.05855994763001, 0.26319859027975, 0.238565436908246}, 1e-9);
        close(0.187856001238728, fit.residualStandardError(), 1e-9);
        assertEquals(1.0, fit.kappa());
        FirstStage s = fit.firstStages().get(0);
        close(244.733753555916, s.f().statistic(), 1e-9);
        assertEquals(2, s.f().df1());
        assertEquals(44, s.f().df2());
        assertEquals(1.44405420153990e-24, s.f().pValue(), 1e-30);
        close(3.06781627294401, fit.wuHausman().statistic(), 1e-9);
        close(0.0868250462413128, fit.wuHausman().pValue(), 1e-9);
        close(0.332622141936534, fit.sargan().orElseThrow().statistic(), 1e-9);
        close(0.564119140017569, fit.sargan().orElseThrow().pValue(), 1e-9);
        assertTrue(fit.hansenJ().isEmpty());
        assertTrue(fit.warnings().isEmpty());
    }

    @Test
    void robustCovariancesAsSandwich() {
        double[][] expected = {
            {0.928757811285284, 0.241683843647305, 0.245827599866185},
            {0.9592169428706, 0.249610000397937, 0.253889653418603},
            {0.975312565944535, 0.253903238103876, 0.25475713371952},
            {1.02538614390452, 0.267035810156981, 0.264084817116812}};
        CovarianceType[] types = {CovarianceType.HC0, CovarianceType.HC1, CovarianceType.HC2, CovarianceType.HC3};
        for (int t = 0; t < 4; t++) {
            IvFit fit = InstrumentalVariables.twoStageLeastSquares().withCovariance(types[t]).fit(CIG, SW);
            for (int a = 0; a < 3; a++) {
                close(expected[t][a], fit.coefficients().get(a == 0 ? 0 : a).stdError(), 1e-9);
            }
        }
        // summary(fit, diagnostics = TRUE, vcov. = function(x) vcovHC(x, type = ...))
        IvFit hc0 = InstrumentalVariables.twoStageLeastSquares().withCovariance(CovarianceType.HC0).fit(CIG, SW);
        close(228.737748432634, hc0.firstStages().get(0).robustF().orElseThrow().statistic(), 1e-9);
        close(3.82346717989085, hc0.robustWuHausman().orElseThrow().statistic(), 1e-9);
        IvFit hc1 = InstrumentalVariables.twoStageLeastSquares().withCovariance(CovarianceType.HC1).fit(CIG, SW);
        close(209.676269396584, hc1.firstStages().get(0).robustF().orElseThrow().statistic(), 1e-9);
        close(3.504844914902, hc1.robustWuHausman().orElseThrow().statistic(), 1e-9);
        IvFit hc3 = InstrumentalVariables.twoStageLeastSquares().withCovariance(CovarianceType.HC3).fit(CIG, SW);
        close(167.987676962164, hc3.firstStages().get(0).robustF().orElseThrow().statistic(), 1e-9);
        close(3.05201754322908, hc3.robustWuHausman().orElseThrow().statistic(), 1e-9);
        // Hansen J at two-step GMM with S = crossprod(Z * u): the script's definition
        close(0.334735881706173, hc0.hansenJ().orElseThrow().statistic(), 1e-9);
    }

    @Test
    void clusterRobustAsVcovCL() {
        Dataset data = withClusters();
        // vcovCL(fit, cluster = ~cl): HC0 is the default for ivreg objects; HC1 explicit
        double[] hc0 = {0.823626746165192, 0.201965101271787, 0.151828869802689};
        IvFit fit = InstrumentalVariables.twoStageLeastSquares().clusteredBy(List.of("cl")).fit(data, SW);
        assertEquals(CovarianceType.HC0, fit.covarianceType());
        for (int a = 0; a < 3; a++) {
            close(hc0[a], fit.coefficients().get(a).stdError(), 1e-9);
        }
        IvFit hc1 = InstrumentalVariables.twoStageLeastSquares().withCovariance(CovarianceType.HC1).clusteredBy(List.of("cl"))
                .fit(data, SW);
        double factor = Math.sqrt(47.0 / 45.0);  // (n-1)/(n-k) on top of vcovCL's HC0
        for (int a = 0; a < 3; a++) {
            close(hc0[a] * factor, hc1.coefficients().get(a).stdError(), 1e-9);
        }
    }

    @Test
    void twoWayClustersAndPartialRSquared() {
        // vcovCL(fit, cluster = ~ cl + cl2, type = "HC1" / "HC0"); partial R2 from two lm() fits
        Dataset data = withClusters();
        double[] hc1 = {0.367064187670865, 0.146398723564624, 0.0954303050807814};
        double[] hc0 = {0.359169411345526, 0.143249995860623, 0.0933778005363678};
        IvFit one = InstrumentalVariables.twoStageLeastSquares().withCovariance(CovarianceType.HC1)
                .clusteredBy(List.of("cl", "cl2")).fit(data, SW);
        IvFit zero = InstrumentalVariables.twoStageLeastSquares().clusteredBy(List.of("cl", "cl2")).fit(data, SW);
        for (int a = 0; a < 3; a++) {
            close(hc1[a], one.coefficients().get(a).stdError(), 1e-9);
            close(hc0[a], zero.coefficients().get(a).stdError(), 1e-9);
        }
        close(0.917520749786217, one.firstStages().get(0).partialRSquared(), 1e-10);
    }

    static Dataset withClusters() {
        double[] id = CIG.numeric("state_id").toArray();
        double[] cl = new double[id.length];
        double[] cl2 = new double[id.length];
        for (int i = 0; i < id.length; i++) {
            cl[i] = id[i] % 8;
            cl2[i] = id[i] % 5;
        }
        Dataset.Builder b = Dataset.builder();
        for (String name : List.of("lpacks", "lrprice", "lrincome", "tdiff", "taxcpi")) {
            b.numeric(name, CIG.numeric(name).toArray());
        }
        return b.numeric("cl", cl).numeric("cl2", cl2).build();
    }

    @Test
    void justIdentifiedIsTheWaldRatio() {
        IvFit tsls = InstrumentalVariables.twoStageLeastSquares().fit(CIG, TDIFF);
        close(-1.14337512220465, tsls.coefficient("lrprice").estimate(), 1e-9);
        close(0.359486068124116, tsls.coefficient("lrprice").stdError(), 1e-9);
        Estimate wald = InstrumentalVariables.wald().withInstruments(List.of("tdiff"))
                .estimate(CIG, "lrprice", "lpacks", List.of("lrincome"));
        assertEquals("wald", wald.method());
        close(-1.14337512220463, wald.value(), 1e-9);  // rf / fs from two lm() fits
        close(0.359486068124116, wald.stdError(), 1e-9);
        assertTrue(tsls.sargan().isEmpty());
        assertEquals(1.0, InstrumentalVariables.liml().fit(CIG, TDIFF).kappa(), 1e-12);  // LIML = 2SLS when just identified
    }

    @Test
    void limlAndFuller() {
        IvFit liml = InstrumentalVariables.liml().fit(CIG, SW);
        // 50-digit reference: docs/reference-scripts/estimation_iv_kclass_exact.py (mpmath 1.3.0). The R script's
        // dense double-precision k, 1.00697767149696, is 1.7e-10 off; its coefficients agree to 1e-9.
        close(1.0069776713271332929, liml.kappa(), 1e-13);
        close(-1.2764419030926282185, liml.coefficient("lrprice").estimate(), 1e-12);
        close(0.27992202625841625172, liml.coefficient("lrincome").estimate(), 1e-12);
        close(-1.2796366445899151658, InstrumentalVariables.fuller(1).fit(CIG, SW).coefficient("lrprice").estimate(), 1e-12);
        close(-1.2891431319175506195, InstrumentalVariables.fuller(4).fit(CIG, SW).coefficient("lrprice").estimate(), 1e-12);
        coefficients(liml, new double[] {9.89155345070038, -1.27644190307083, 0.279922026246903},
                new double[] {1.05885340579106, 0.263292889028353, 0.238598068099735}, 1e-9);
        IvFit limlHc1 = InstrumentalVariables.liml().withCovariance(CovarianceType.HC1).fit(CIG, SW);
        close(0.249560052684285, limlHc1.coefficient("lrprice").stdError(), 1e-9);
        close(0.253852718518292, limlHc1.coefficient("lrincome").stdError(), 1e-9);
        coefficients(InstrumentalVariables.fuller(1).fit(CIG, SW),
                new double[] {9.90261887895919, -1.27963664456403, 0.281492347775409},
                new double[] {1.0579000919768, 0.262986433827848, 0.238492226666858}, 1e-9);
        coefficients(InstrumentalVariables.fuller(4).fit(CIG, SW),
                new double[] {9.93554591039342, -1.28914313189301, 0.286165101965564},
                new double[] {1.0550832748802, 0.262078858953188, 0.238182275695197}, 1e-9);
    }

    @Test
    void andersonRubin() {
        IvFit fit = InstrumentalVariables.twoStageLeastSquares().fit(CIG, SW);
        IvTest ar = fit.andersonRubin(-1.0);
        close(0.681756899414919, ar.statistic(), 1e-9);
        close(0.510989253955747, ar.pValue(), 1e-9);
        AndersonRubinSet set = fit.andersonRubinSet(0.95);
        AndersonRubinSet.Interval i = assertInstanceOf(AndersonRubinSet.Interval.class, set);
        close(-1.91703419511181, i.lower(), 1e-7);
        close(-0.596225144532397, i.upper(), 1e-7);
        AndersonRubinSet.Interval one = assertInstanceOf(AndersonRubinSet.Interval.class,
                InstrumentalVariables.twoStageLeastSquares().fit(CIG, TDIFF).andersonRubinSet(0.95));
        close(-1.85205786579701, one.lower(), 1e-7);
        close(-0.330630272789806, one.upper(), 1e-7);
    }

    static final List<String> CARD_X = List.of("exper", "expersq", "black", "smsa", "south", "smsa66", "reg662", "reg663",
            "reg664", "reg665", "reg666", "reg667", "reg668", "reg669");

    @Test
    void cardReturnsToSchooling() {
        Dataset card = TestData.read("card1995.csv");
        IvFit fit = InstrumentalVariables.twoStageLeastSquares().fit(card, IvModel.of("lwage", "educ", List.of("nearc4"), CARD_X));
        // Wooldridge Example 15.4: educ 0.131504 (SE 0.054964)
        close(0.13150383624494, fit.coefficient("educ").estimate(), 1e-9);
        close(0.0549636726011913, fit.coefficient("educ").stdError(), 1e-9);
        close(13.2557853305777, fit.firstStages().get(0).f().statistic(), 1e-9);
        close(1.16764548188679, fit.wuHausman().statistic(), 1e-9);
        IvFit hc1 = InstrumentalVariables.twoStageLeastSquares().withCovariance(CovarianceType.HC1)
                .fit(card, IvModel.of("lwage", "educ", List.of("nearc4"), CARD_X));
        close(0.0541436235846307, hc1.coefficient("educ").stdError(), 1e-9);
    }

    @Test
    void weakInstrumentGivesTwoRaysAndAWarning() {
        Dataset card = TestData.read("card1995.csv");
        IvFit fit = InstrumentalVariables.twoStageLeastSquares().fit(card, IvModel.of("lwage", "educ", List.of("nearc2"), CARD_X));
        close(0.293174522397105, fit.coefficient("educ").estimate(), 1e-9);
        close(2.45718303600232, fit.firstStages().get(0).f().statistic(), 1e-9);
        assertEquals(1, fit.warnings().size());
        assertTrue(fit.warnings().get(0).contains("weak instruments for 'educ'"), fit.warnings().get(0));
        AndersonRubinSet.TwoRays rays = assertInstanceOf(AndersonRubinSet.TwoRays.class, fit.andersonRubinSet(0.95));
        close(-0.677642983497572, rays.upperOfLeft(), 1e-7);
        close(0.0521351742649473, rays.lowerOfRight(), 1e-7);
        assertFalse(rays.contains(0.0));
        assertTrue(rays.contains(1e6));
        AndersonRubinSet.Interval half = assertInstanceOf(AndersonRubinSet.Interval.class, fit.andersonRubinSet(0.5));
        close(0.195689722920752, half.lower(), 1e-7);
        close(0.490053999864751, half.upper(), 1e-7);
        Estimate e = fit.toEstimate();
        assertTrue(e.warnings().stream().anyMatch(w -> w.contains("two rays")), e.warnings().toString());
    }

    @Test
    void reportAndOneLineSummary() {
        IvFit fit = InstrumentalVariables.twoStageLeastSquares().withCovariance(CovarianceType.HC1).fit(CIG, SW);
        String text = fit.report().text();
        assertTrue(text.startsWith("2SLS lpacks ~ lrprice + lrincome | tdiff + taxcpi + lrincome, n = 48"), text);
        assertTrue(text.contains("first stage of lrprice: F = 244.73"), text);
        assertTrue(text.contains("Sargan = 0.33262"), text);
        assertTrue(text.contains("95% Anderson-Rubin set: [-1.917"), text);
        assertTrue(fit.report().markdown().contains("| lrprice |"), fit.report().markdown());
        assertTrue(fit.toString().startsWith("IvFit[2sls lpacks ~ lrprice + lrincome | tdiff + taxcpi + lrincome, lrprice = "
                + "-1.2774"), fit.toString());
        Estimate e = fit.toEstimate();
        assertEquals("lrprice", e.treatment());
        close(-1.91703419511181, e.diagnostics().get("ar_lower"), 1e-7);
        assertTrue(e.report().text().contains("first_stage_f_robust"), e.report().text());
        assertTrue(e.provenance().settings().get("model").contains("tdiff"));
    }
}
