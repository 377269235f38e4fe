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
package io.github.causal4j.bounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.CausalAnalysis;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.analysis.AnalysisResult;
import io.github.causal4j.estimate.analysis.RunOptions;
import io.github.causal4j.estimate.iv.InstrumentalVariables;
import io.github.causal4j.graph.CausalGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bounds when identification fails: {@link BoundsStep} on the analysis context, and the bounds
 * contribution of {@code CausalAnalysis.run()}. References: Balke &amp; Pearl (1997) and issue 7
 * (lipid_research_clinics ACE bounds [0.391332, 0.779211]); BalkePearlBoundsTest checks the same
 * numbers from the count table.
 */
class BoundsStepTest {

    private static final CausalGraph IV = CausalGraph.parse("dag { z -> x -> y; x <-> y }");

    /** One row per unit: the count table of balke_pearl_tables.csv expanded by its counts. */
    static Dataset expanded(String table) {
        Dataset t = TestData.balkePearlTable(table);
        double[] z = t.numeric("z").toArray();
        double[] x = t.numeric("x").toArray();
        double[] y = t.numeric("y").toArray();
        double[] count = t.numeric("count").toArray();
        int n = 0;
        for (double c : count) {
            n += (int) c;
        }
        double[][] out = new double[3][n];
        int k = 0;
        for (int i = 0; i < count.length; i++) {
            for (int j = 0; j < (int) count[i]; j++) {
                out[0][k] = z[i];
                out[1][k] = x[i];
                out[2][k] = y[i];
                k++;
            }
        }
        return Dataset.builder().binary("z", out[0]).binary("x", out[1]).binary("y", out[2]).build();
    }

    @Test
    void notIdentifiedFallsBackToBalkePearlTheLinearProgramAndManski() throws Exception {
        Dataset lipid = expanded("lipid_research_clinics");
        assertEquals(337, lipid.rowCount());
        AnalysisResult r = CausalAnalysis.of(lipid, IV).treatment("x").outcome("y").seed(4)
                .run(RunOptions.defaults().withSimulations(20).withBootstrapReplicates(200));
        assertFalse(r.isIdentified());
        BoundsReport b = r.contribution(BoundsReport.class).orElseThrow();
        assertFalse(b.identified());
        assertTrue(b.contradiction().isEmpty());
        // issue 7 / Balke & Pearl 1997: [0.391332, 0.779211]
        Bounds bp = b.bounds("balke-pearl").orElseThrow();
        assertEquals(0.391332, bp.lower(), 5e-7);
        assertEquals(0.779211, bp.upper(), 5e-7);
        Bounds lp = b.bounds("lp").orElseThrow();
        assertEquals(bp.lower(), lp.lower(), 1e-9, "Balke-Pearl is the LP engine's special case");
        assertEquals(bp.upper(), lp.upper(), 1e-9);
        Bounds direct = BalkePearlBounds.create().withInference(InferenceOptions.none()).compute(lipid,
                BoundsVariables.of("x", "y").withInstrument("z"));
        assertEquals(direct.lower(), bp.lower(), 0);
        assertEquals(direct.upper(), bp.upper(), 0);
        Bounds manski = b.bounds("manski").orElseThrow();
        assertEquals(1.0, manski.width(), 1e-12, "no-assumption width b - a for a binary outcome");
        assertTrue(bp.inference().isPresent(), "bootstrap interval with the analysis seed");
        // the instrument still gives the Wald/2SLS point estimate (a complier effect under monotonicity)
        Estimate tsls = r.primaryEstimate().orElseThrow();
        assertEquals("2sls", tsls.method());
        assertEquals(InstrumentalVariables.twoStageLeastSquares().withInstruments(List.of("z"))
                .estimate(lipid, "x", "y", List.of()).value(), tsls.value(), 0);
        assertTrue(bp.contains(tsls.value()));
        JsonNode j = new ObjectMapper().readTree(r.toJson());
        assertFalse(j.get("bounds").get("identified").asBoolean());
        assertEquals("balke-pearl", j.get("bounds").get("bounds").get(0).get("method").asText());
        assertTrue(r.toHtml().contains("The effect is not identified by the graph"));
        assertTrue(r.toMarkdown().contains("| balke-pearl |"), r.toMarkdown());
    }

    @Test
    void aTableThatViolatesTheInstrumentalInequalityContradictsTheGraph() {
        Dataset bad = expanded("synthetic_iv_violation");
        BoundsReport b = CausalAnalysis.of(bad, IV).treatment("x").outcome("y").identify().bounds(BoundsStep.automatic()
                .withInference(InferenceOptions.none()));
        assertTrue(b.contradiction().isPresent());
        assertTrue(b.contradiction().get().contains("balke-pearl") && b.contradiction().get().contains("lp"),
                b.contradiction().get());
        assertTrue(b.bounds("balke-pearl").isEmpty() && b.bounds("lp").isEmpty());
        assertTrue(b.bounds("manski").isPresent(), "Manski's bounds do not use the instrument");
        assertTrue(b.report().text().contains("The data contradict the graph"), b.report().text());
    }

    @Test
    void identifiedEffectsNeedNoBoundsUnlessAsked() {
        Dataset d = TestData.read("manski_synthetic.csv");
        CausalGraph randomised = CausalGraph.parse("dag { d -> y_cont }");
        BoundsReport none = CausalAnalysis.of(d, randomised).treatment("d").outcome("y_cont").identify()
                .bounds(BoundsStep.automatic());
        assertTrue(none.identified() && none.bounds().isEmpty());
        assertEquals(List.of("the effect is identified: no bounds are needed"), none.notApplicable());
        BoundsReport asked = CausalAnalysis.of(d, randomised).treatment("d").outcome("y_cont").identify()
                .bounds(BoundsStep.of(ManskiBounds.noAssumptions(OutcomeRange.of(0, 10))).withInference(
                        InferenceOptions.none()));
        assertEquals(10.0, asked.bounds("manski").orElseThrow().width(), 1e-12);
    }

    @Test
    void theStatedOutcomeSupportGivesManskiBounds() {
        Dataset d = TestData.read("manski_synthetic.csv");
        CausalGraph confounded = CausalGraph.parse("dag { d -> y_cont; d <-> y_cont; y_bin }");
        BoundsReport without = CausalAnalysis.of(d, confounded).treatment("d").outcome("y_cont").identify()
                .bounds(BoundsStep.automatic().withInference(InferenceOptions.none()));
        assertTrue(without.bounds().isEmpty());
        assertTrue(without.notApplicable().stream().anyMatch(n -> n.contains("outcomeSupport(a, b)")),
                without.notApplicable().toString());
        BoundsReport with = CausalAnalysis.of(d, confounded).treatment("d").outcome("y_cont").outcomeSupport(0, 10)
                .identify().bounds(BoundsStep.automatic().withInference(InferenceOptions.none()));
        Bounds m = with.bounds("manski").orElseThrow();
        Bounds direct = ManskiBounds.noAssumptions(OutcomeRange.of(0, 10)).withInference(InferenceOptions.none())
                .compute(d, BoundsVariables.of("d", "y_cont"));
        assertEquals(direct.lower(), m.lower(), 0);
        assertEquals(direct.upper(), m.upper(), 0);
    }
}
