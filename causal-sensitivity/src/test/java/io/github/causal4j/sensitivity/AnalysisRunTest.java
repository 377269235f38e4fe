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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.CausalAnalysis;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.Estimators;
import io.github.causal4j.estimate.analysis.AnalysisResult;
import io.github.causal4j.estimate.analysis.MethodEstimate;
import io.github.causal4j.estimate.analysis.RunOptions;
import io.github.causal4j.estimate.iv.InstrumentalVariables;
import io.github.causal4j.estimate.iv.IvModel;
import io.github.causal4j.estimate.proximal.ProximalEstimator;
import io.github.causal4j.estimate.proximal.ProximalModel;
import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.result.JsonWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code CausalAnalysis.run()} with causal-sensitivity on the class path: the numbers out of the
 * pipeline equal those of the individual estimators and of the sensitivity analysis, which are
 * tested against R elsewhere; the report has every section. References: sensemakr 0.1.6 (Cinelli &amp;
 * Hazlett 2020, Table 1; test-02-darfur.R), R AER 1.2-10 ivreg (IvReferenceTest), the proximal
 * reference of ProximalReferenceTest.
 */
class AnalysisRunTest {

    private static Dataset data(String file) {
        return Dataset.readCsv(Path.of(System.getProperty("causal4j.datasets"), file));
    }

    private static final RunOptions FAST = RunOptions.defaults().withSimulations(20);

    @Test
    void darfurBackdoorWithSensemakrNumbers() throws Exception {
        Dataset darfur = OlsSensitivityDarfurTest.DARFUR;
        CausalGraph graph = CausalGraph.read(Path.of(System.getProperty("causal4j.datasets"), "darfur.dagitty"));
        AnalysisResult r = CausalAnalysis.of(darfur, graph).treatment("directlyharmed").outcome("peacefactor").seed(1)
                .run(FAST);
        assertEquals(OlsSensitivityDarfurTest.COVARIATES, r.identified().adjustmentSet(), "the O-set is every covariate");
        Estimate ols = r.primaryEstimate().orElseThrow();
        // sensemakr 0.1.6, every printed digit (issue 6; Cinelli & Hazlett 2020, Table 1)
        Close.printed("0.0973158", ols.value(), "estimate");
        Close.printed("0.0232565", ols.stdError(), "se");
        SensitivityReport s = r.contribution(SensitivityReport.class).orElseThrow(() -> new AssertionError(r.warnings()
                + " " + r.estimates()));
        Close.printed("4.18445", s.tValue(), "t");
        assertEquals(783.0, s.dof());
        Close.printed("0.0218731", s.partialR2(), "R2yd.x");
        Close.printed("0.138776", s.robustnessValue(), "RV_q");
        Close.printed("0.0762580", s.robustnessValueAlpha(), "RV_q,a");
        String[] female = {"0.075220", "0.052915", "0.030396"};
        for (int k = 1; k <= 3; k++) {
            Close.printed(female[k - 1], bound(s, k + "x female").adjusted().estimate(), k + "x female");
        }
        Close.printed("-0.006253", bound(s, "3x female").adjusted().lower(), "3x female lower");
        Close.printed("0.067045", bound(s, "3x female").adjusted().upper(), "3x female upper");
        // every covariate of the adjustment set a benchmark at kd = 1, 2, 3, but twice village is an impossible
        // confounder (sensemakr refuses it: r2dz.x >= 1), so village is bounded at 1x only
        assertEquals(6 * 3, s.bounds().size());
        assertEquals(List.of("1x village"), s.hypotheticalConfounders().stream().map(HypotheticalConfounder::label).toList());
        SensitivityReport village = OlsSensitivityDarfurTest.model().withBenchmarks("village").run();
        assertEquals(village.bounds().get(0).adjusted().estimate(), s.hypotheticalConfounders().get(0).adjusted().estimate(),
                1e-12);
        assertTrue(r.estimate("aipw").orElseThrow().failure().orElseThrow().contains("propensity model it shares with ipw"));
        assertTrue(r.contribution(io.github.causal4j.bounds.BoundsReport.class).orElseThrow().identified());
        String html = r.toHtml();
        assertTrue(html.contains("<section id=\"sensitivity\">") && html.contains("Contours of the bias-adjusted estimate"));
        assertTrue(r.toJson().contains("\"rv_qa\":"));
        // the fluent stages give the same numbers: identification's O-set, the OLS estimate, sensitivity on it
        SensitivityReport fluent = CausalAnalysis.of(darfur, graph).treatment("directlyharmed").outcome("peacefactor")
                .identify().estimate(Estimators.ols()).sensitivity(SensitivityStep.benchmarks("female")
                        .withMultipliers(1, 2, 3));
        Close.printed("0.030396", fluent.bounds().get(2).adjusted().estimate(), "3x female, fluent");
        writeForInspection("darfur", r);
    }

    private static BenchmarkBound bound(SensitivityReport s, String label) {
        return s.bounds().stream().filter(b -> b.label().equals(label)).findFirst().orElseThrow(() -> new AssertionError(
                label + " not among " + s.bounds().stream().map(BenchmarkBound::label).toList()));
    }

    @Test
    void cigarettesInstrumentsWithDiagnostics() {
        Dataset cig = data("cigarettes_1995.csv");
        CausalGraph graph = CausalGraph.parse("dag { tdiff -> lrprice; taxcpi -> lrprice; lrincome -> lrprice; "
                + "lrincome -> lpacks; lrprice -> lpacks; lrprice <-> lpacks }");
        AnalysisResult r = CausalAnalysis.of(cig, graph).treatment("lrprice").outcome("lpacks").adjustingFor("lrincome")
                .seed(2).run(FAST);
        assertFalse(r.isIdentified(), "an instrument identifies only under homogeneity");
        assertEquals("iv", r.identified().strategy().orElseThrow().kind());
        IvModel model = r.identified().instrumentalModel().orElseThrow();
        assertEquals(List.of("tdiff", "taxcpi"), model.instruments());
        assertEquals(List.of("lrincome"), model.covariates());
        Estimate tsls = r.primaryEstimate().orElseThrow();
        // R 4.2.2, AER 1.2-10 ivreg (IvReferenceTest): -1.27742413342728, SE 0.26319859027975, first-stage F 244.733753555916
        Close.rel(-1.27742413342728, tsls.value(), 1e-9, "2SLS");
        Close.rel(0.26319859027975, tsls.stdError(), 1e-9, "2SLS se");
        Close.rel(244.733753555916, tsls.diagnostics().get("first_stage_f"), 1e-9, "first-stage F");
        assertTrue(tsls.diagnostics().containsKey("sargan_p") && tsls.diagnostics().containsKey("ar_lower"));
        Estimate liml = r.estimate("liml").orElseThrow().estimate().orElseThrow();
        Estimate direct = InstrumentalVariables.liml().fit(cig, model).toEstimate();
        assertEquals(direct.value(), liml.value(), 0);
        assertEquals(direct.stdError(), liml.stdError(), 0);
        assertEquals(MethodEstimate.Role.COMPARISON, r.estimate("ols").orElseThrow().role());
        assertEquals(Estimators.ols().estimate(cig, "lrprice", "lpacks", List.of("lrincome")).value(),
                r.estimate("ols").orElseThrow().estimate().orElseThrow().value(), 0);
        // no placebo test with instruments: a permuted treatment has no first stage
        assertEquals(List.of("random_common_cause", "data_subset"), r.refutations().stream().map(t -> t.kind().label())
                .toList());
        assertTrue(r.refutationNote().contains("placebo-treatment test is not run"), r.refutationNote());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("not a valid adjustment set")), r.warnings().toString());
        // an IV estimator without instruments takes identification's
        assertEquals(tsls.value(), CausalAnalysis.of(cig, graph).treatment("lrprice").outcome("lpacks")
                .adjustingFor("lrincome").identify().estimate(InstrumentalVariables.twoStageLeastSquares()).estimate()
                .value(), 0);
        // not nonparametrically identified, but nothing binary to bound: the bounds section says what does not apply
        io.github.causal4j.bounds.BoundsReport b = r.contribution(io.github.causal4j.bounds.BoundsReport.class).orElseThrow();
        assertTrue(b.bounds().isEmpty());
        assertTrue(b.notApplicable().contains("manski: needs a binary treatment"), b.notApplicable().toString());
        SensitivityReport none = r.contribution(SensitivityReport.class).orElse(null);
        assertEquals(null, none, "no sensitivity analysis of a comparison OLS");
        assertTrue(r.toHtml().contains("Not run: the omitted-variable-bias analysis"));
    }

    @Test
    void proximalTwoStageAgainstNaiveOls() {
        Dataset linear = data("proximal_linear.csv").without(List.of("U", "id"));
        CausalGraph graph = CausalGraph.parse("dag { U [latent]; U -> A; U -> Y; U -> Z; U -> W; U -> X1; X1 -> A; X1 -> Y; "
                + "X1 -> Z; X1 -> W; X2 -> A; X2 -> Y; X2 -> Z; X2 -> W; Z -> A; W -> Y; A -> Y }");
        AnalysisResult r = CausalAnalysis.of(linear, graph).treatment("A").outcome("Y").seed(3).run(FAST);
        assertEquals("proximal", r.identified().strategy().orElseThrow().kind());
        Estimate p2sls = r.primaryEstimate().orElseThrow();
        // ProximalReferenceTest: P2SLS 2.02018327450046 (SE 0.05079648688996); truth 2.0
        Close.rel(2.02018327450046, p2sls.value(), 1e-9, "p2sls");
        Close.rel(0.05079648688996, p2sls.stdError(), 1e-9, "p2sls se");
        Estimate direct = ProximalEstimator.p2sls().estimate(linear,
                new ProximalModel("A", "Y", List.of("Z"), List.of("W"), List.of("X1", "X2")));
        assertEquals(direct.value(), p2sls.value(), 0);
        // a proximal estimator without proxies takes identification's
        assertEquals(direct.value(), CausalAnalysis.of(linear, graph).treatment("A").outcome("Y").identify()
                .estimate(ProximalEstimator.p2sls()).estimate().value(), 0);
        Estimate naive = r.estimate("ols").orElseThrow().estimate().orElseThrow();
        assertEquals(Estimators.ols().estimate(linear, "A", "Y", List.of("X1", "X2")).value(), naive.value(), 0);
        assertTrue(Math.abs(naive.value() - 2.0) > 10 * naive.stdError(), "naive OLS is biased: " + naive.value());
        assertEquals(List.of("p2sls", "ols"), r.estimates().stream().map(MethodEstimate::method).toList(),
                "continuous treatment: no POR/PDR");
        assertTrue(r.independenceTests().isPresent());
    }

    private static void writeForInspection(String name, AnalysisResult r) throws Exception {
        Path dir = Path.of("target", "analysis-reports");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name + ".html"), r.toHtml());
        Files.writeString(dir.resolve(name + ".md"), r.toMarkdown());
        Files.writeString(dir.resolve(name + ".json"), JsonWriter.writePretty(r.toJsonTree()));
    }
}
