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
package io.github.causal4j.estimate.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.CausalAnalysis;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.Estimators;
import io.github.causal4j.estimate.TestData;
import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.identify.DiscreteData;
import io.github.causal4j.identify.Estimand;
import io.github.causal4j.identify.PluginEvaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The pipeline of {@code CausalAnalysis.run()} inside the estimators module, where causal-sensitivity
 * is not on the class path: the estimates equal those of the individual estimators, the result says
 * that sensitivity and bounds did not run and why, the forms carry every section.
 */
class AnalysisPipelineTest {

    private static final Dataset LALONDE = TestData.lalonde();
    private static final CausalGraph GRAPH = CausalGraph.parse("dag { age -> treat; educ -> treat; black -> treat; "
            + "hispan -> treat; married -> treat; nodegree -> treat; re74 -> treat; re75 -> treat; treat -> re78; "
            + "age -> re78; educ -> re78; black -> re78; hispan -> re78; married -> re78; nodegree -> re78; re74 -> re78; "
            + "re75 -> re78; re74 -> re75 }");
    private static final ObjectMapper JACKSON = new ObjectMapper();

    @Test
    void backdoorEstimatesSideBySideEqualTheIndividualEstimators() throws Exception {
        List<int[]> progress = new ArrayList<>();
        AnalysisResult r = CausalAnalysis.of(LALONDE, GRAPH).treatment("treat").outcome("re78").seed(11)
                .run(RunOptions.defaults().withSimulations(20).withListener((done, total) -> {
                    synchronized (progress) {
                        progress.add(new int[] {done, total});
                    }
                }));
        List<String> z = TestData.LALONDE_COVARIATES;
        assertEquals(z, r.identified().adjustmentSet());
        assertEquals(List.of("ols", "ipw", "aipw", "matching"), r.estimates().stream().map(MethodEstimate::method).toList());
        // R 4.2.2 lm (docs/reference-scripts/estimation_ols.R): 1548.24380199957886362
        assertEquals(1548.24380199957886362, r.primaryEstimate().orElseThrow().value(), 1e-9 * 1548);
        same(Estimators.ipw().estimate(LALONDE, "treat", "re78", z), r.estimate("ipw").orElseThrow());
        same(Estimators.aipw().estimate(LALONDE, "treat", "re78", z), r.estimate("aipw").orElseThrow());
        same(Estimators.matching().estimate(LALONDE, "treat", "re78", z), r.estimate("matching").orElseThrow());
        assertEquals(3, r.refutations().size());
        assertEquals(20, r.refutations().get(0).simulatedEffects().length);
        assertEquals(11L, r.refutations().get(0).provenance().seed().getAsLong());
        assertTrue(r.independenceTests().isPresent(), r.independenceNote());
        assertEquals(List.of("sensitivity analysis (Cinelli-Hazlett omitted-variable bias) not run: the module "
                + "io.github.causal4j:causal-sensitivity is not on the class path", "partial-identification bounds not run: "
                + "the module io.github.causal4j:causal-sensitivity is not on the class path"), r.missingContributions());
        assertTrue(r.contributions().isEmpty());
        // progress: counts grow to the total, which never changes
        int total = progress.get(0)[1];
        assertEquals(4 + 3 * 20 + 1, total);
        for (int i = 1; i < progress.size(); i++) {
            assertEquals(total, progress.get(i)[1]);
        }
        assertEquals(total, progress.stream().mapToInt(p -> p[0]).max().orElseThrow());

        JsonNode j = JACKSON.readTree(r.toJson());
        assertEquals("treat", j.get("treatment").asText());
        assertTrue(j.get("identification").get("identifiable").asBoolean());
        assertEquals("backdoor", j.get("identification").get("recommended").asText());
        assertEquals("optimal", j.get("identification").get("adjustment_rule").asText());
        assertEquals(r.estimate("ipw").orElseThrow().estimate().orElseThrow().value(),
                j.get("estimates").get(1).get("estimate").asDouble(), 0);
        assertFalse(j.get("sensitivity").get("available").asBoolean());
        assertEquals(3, j.get("refutations").get("results").size());
        assertEquals(LALONDE.sha256(), j.get("provenance").get("data_sha256").asText());

        String html = r.toHtml();
        for (String id : List.of("data", "graph", "identification", "estimates", "refutations", "sensitivity", "bounds",
                "implications", "warnings", "provenance")) {
            assertTrue(html.contains("<section id=\"" + id + "\">"), id);
            assertTrue(r.toMarkdown().contains("## "), id);
        }
        assertTrue(html.contains("<svg"), "the graph is drawn");
        assertTrue(r.toText().contains("Estimates\n---------"), r.toText());
        assertTrue(r.toString().startsWith("AnalysisResult[treat -> re78, backdoor, ols = 1548.2438"), r.toString());
    }

    private static void same(Estimate expected, MethodEstimate row) {
        Estimate e = row.estimate().orElseThrow(() -> new AssertionError(row.failure().orElse("")));
        assertEquals(expected.value(), e.value(), 0, row.method());
        assertEquals(expected.stdError(), e.stdError(), 0, row.method());
        assertEquals(expected.ciLower(), e.ciLower(), 0, row.method());
    }

    /** Discrete data from a front-door model: x -> m -> y, x <-> y through a hidden u. */
    private static Dataset frontDoorData(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[n];
        double[] m = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            boolean u = random.nextDouble() < 0.5;
            x[i] = random.nextDouble() < (u ? 0.8 : 0.2) ? 1 : 0;
            m[i] = random.nextDouble() < (x[i] == 1 ? 0.75 : 0.25) ? 1 : 0;
            y[i] = random.nextDouble() < 0.2 + 0.4 * m[i] + 0.3 * (u ? 1 : 0) ? 1 : 0;
        }
        return Dataset.builder().numeric("x", x).numeric("m", m).numeric("y", y).build();
    }

    @Test
    void frontDoorIsEvaluatedByPluginWithABootstrapInterval() {
        Dataset d = frontDoorData(4000, 5);
        CausalGraph g = CausalGraph.parse("dag { x -> m -> y; x <-> y }");
        AnalysisResult r = CausalAnalysis.of(d, g).treatment("x").outcome("y").seed(3)
                .run(RunOptions.defaults().withBootstrapReplicates(200));
        assertEquals("frontdoor", r.identified().strategy().orElseThrow().kind());
        MethodEstimate row = r.estimates().get(0);
        assertEquals("plugin-frontdoor", row.method());
        Estimate e = row.estimate().orElseThrow();
        // independent: P(y=1 | do(x)) from the ID algorithm's formula on the same data
        DiscreteData dd = DiscreteData.of(d);
        double expected = PluginEvaluation.evaluate(g, dd, Map.of("y", "1"), Map.of("x", "1"), Map.of()).value()
                - PluginEvaluation.evaluate(g, dd, Map.of("y", "1"), Map.of("x", "0"), Map.of()).value();
        assertEquals(expected, e.value(), 1e-12);
        // the population effect: 0.4 * (0.75 - 0.25) = 0.2
        assertEquals(0.2, e.value(), 4 * e.stdError());
        assertTrue(e.ciLower() < e.value() && e.value() < e.ciUpper());
        assertEquals(200.0, e.diagnostics().get("bootstrap_replicates"));
        assertTrue(r.refutations().isEmpty());
        assertTrue(r.refutationNote().contains("plug-in"), r.refutationNote());
        // the implied independence x _||_ y | m? no: x <-> y. The graph implies none here.
        assertTrue(r.isIdentified());
        assertTrue(((Estimand.Frontdoor) r.identified().strategy().get().estimand()).mediators().contains("m"));
    }

    @Test
    void notIdentifiedWithoutInstrumentGivesNoEstimateAndSaysSo() throws Exception {
        Dataset d = frontDoorData(500, 1);
        AnalysisResult r = CausalAnalysis.of(d, CausalGraph.parse("dag { x -> y; x <-> y; m }")).treatment("x")
                .outcome("y").run(RunOptions.defaults().withSimulations(5));
        assertFalse(r.isIdentified());
        assertTrue(r.estimates().isEmpty());
        assertTrue(r.warnings().get(0).startsWith("the effect is NOT identified by the graph"), r.warnings().toString());
        JsonNode j = JACKSON.readTree(r.toJson());
        assertFalse(j.get("identified").asBoolean());
        assertFalse(j.get("identification").get("identifiable").asBoolean());
        assertTrue(j.get("identification").has("hedge"));
        assertTrue(r.toHtml().contains("callout warning"));
    }

    @Test
    void withoutGraphTheCovariatesGivenAreUsed() {
        AtomicInteger calls = new AtomicInteger();
        AnalysisResult r = CausalAnalysis.of(LALONDE).treatment("treat").outcome("re78")
                .adjustingFor(TestData.LALONDE_COVARIATES).run(RunOptions.defaults().withoutRefutations()
                        .withListener((a, b) -> calls.incrementAndGet()));
        assertEquals(4, r.estimates().size());
        assertTrue(r.refutations().isEmpty());
        assertEquals("refutation tests switched off", r.refutationNote());
        assertTrue(r.independenceNote().contains("no graph"));
        assertFalse(r.toHtml().contains("<section id=\"graph\">"));
        assertTrue(calls.get() > 0);
    }
}
