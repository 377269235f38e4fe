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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.CausalException;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.refute.Refuter;
import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.graph.NodeRole;
import java.util.List;
import org.junit.jupiter.api.Test;

class CausalAnalysisTest {

    private static final Dataset LALONDE = TestData.lalonde();

    /** Every covariate causes treatment and outcome. */
    private static final CausalGraph GRAPH = CausalGraph.parse("dag { age -> treat; educ -> treat; black -> treat; "
            + "hispan -> treat; married -> treat; nodegree -> treat; re74 -> treat; re75 -> treat; treat -> re78; "
            + "age -> re78; educ -> re78; black -> re78; hispan -> re78; married -> re78; nodegree -> re78; re74 -> re78; "
            + "re75 -> re78; re74 -> re75 }");

    @Test
    void identificationChoosesTheOptimalSet() {
        IdentifiedEffect id = CausalAnalysis.of(LALONDE, GRAPH).treatment("treat").outcome("re78").seed(5).identify();
        // O-set = pa(re78) \ {treat} (Henckel, Perkovic & Maathuis 2022): every covariate here
        assertEquals(AdjustmentRule.OPTIMAL, id.adjustmentRule());
        assertTrue(id.identified());
        assertEquals("backdoor", id.strategy().orElseThrow().kind());
        assertEquals(id.identification().orElseThrow().strategies(), id.context().identification().orElseThrow()
                .strategies());
        assertEquals(List.of("age", "educ", "black", "hispan", "married", "nodegree", "re74", "re75"),
                id.adjustmentSet());
        assertTrue(id.warnings().isEmpty());
        assertEquals(LALONDE.sha256(), id.provenance().dataSha256());
        assertEquals(5L, id.provenance().seed().getAsLong());
        EstimatedEffect e = id.estimate(Estimators.ols());
        // the adjustment set equals the Dehejia-Wahba covariates: R lm's 1548.244 (estimation_ols.R)
        assertEquals(1548.24380199957886362, e.estimate().value(), 1e-9 * 1548);
        assertTrue(e.report().text().contains("OPTIMAL"), e.report().text());
        assertTrue(e.report().text().contains("recommended: backdoor"), e.report().text());
        assertEquals(e.estimate(), e.context().estimate().orElseThrow());
    }

    @Test
    void refutationsUseTheAnalysisSeed() {
        EstimatedEffect e = CausalAnalysis.of(LALONDE, GRAPH).treatment("treat").outcome("re78").seed(17)
                .estimate(Estimators.ols());
        RefutedEffect a = e.refute(Refuter.placeboTreatment().withSimulations(20), Refuter.dataSubset().withSimulations(20));
        RefutedEffect b = e.refute(Refuter.placeboTreatment().withSimulations(20), Refuter.dataSubset().withSimulations(20));
        assertEquals(2, a.refutations().size());
        assertArrayEquals(a.refutations().get(0).simulatedEffects(), b.refutations().get(0).simulatedEffects());
        assertEquals(17L, a.refutations().get(1).provenance().seed().getAsLong());
        assertTrue(a.report().text().contains("placebo_treatment"));
    }

    @Test
    void latentConfoundingIsNotIdentifiedAndBackdoorEstimatorsRefuse() {
        CausalGraph confounded = GRAPH.withBidirectedEdge("treat", "re78");
        IdentifiedEffect id = CausalAnalysis.of(LALONDE, confounded).treatment("treat").outcome("re78").identify();
        assertFalse(id.identified());
        assertEquals(AdjustmentRule.NO_VALID_SET, id.adjustmentRule());
        assertTrue(id.adjustmentSet().isEmpty());
        assertTrue(id.report().text().contains("NOT IDENTIFIED"), id.report().text());
        assertTrue(id.toString().contains("NOT IDENTIFIED"), id.toString());
        CausalException refused = assertThrows(CausalException.class, () -> id.estimate(Estimators.ols()));
        assertTrue(refused.getMessage().contains("no valid adjustment set"), refused.getMessage());
        // a latent parent of the treatment does not hurt: the O-set does not need it
        CausalGraph hidden = GRAPH.withNode("motivation").withRole("motivation", NodeRole.LATENT).withEdge("motivation",
                "treat");
        assertEquals(AdjustmentRule.OPTIMAL, CausalAnalysis.of(LALONDE, hidden).treatment("treat").outcome("re78")
                .identify().adjustmentRule());
        assertThrows(IllegalStateException.class, () -> CausalAnalysis.of(LALONDE, GRAPH).treatment("treat").identify());
    }

    @Test
    void badInputNamesTheNodeOrColumn() {
        CausalGraph unmeasured = GRAPH.withNode("motivation").withEdge("motivation", "treat");
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> CausalAnalysis.of(LALONDE, unmeasured).treatment("treat").outcome("re78").identify());
        assertTrue(missing.getMessage().contains("graph node 'motivation' is not a column of the data")
                && missing.getMessage().contains("[latent]"), missing.getMessage());
        IllegalArgumentException latent = assertThrows(IllegalArgumentException.class,
                () -> CausalAnalysis.of(LALONDE, GRAPH.withRole("treat", NodeRole.LATENT)).treatment("treat")
                        .outcome("re78").identify());
        assertTrue(latent.getMessage().contains("treatment 'treat' is marked latent"), latent.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> CausalAnalysis.of(LALONDE, GRAPH).treatment("trea"));
        assertTrue(unknown.getMessage().contains("'trea'"), unknown.getMessage());
        IllegalArgumentException notInGraph = assertThrows(IllegalArgumentException.class,
                () -> CausalAnalysis.of(LALONDE, GRAPH).treatment("id").outcome("re78").identify());
        assertTrue(notInGraph.getMessage().contains("treatment 'id' is not a node of the graph"), notInGraph.getMessage());
    }

    @Test
    void givenCovariatesAreCheckedAgainstTheBackdoorCriterion() {
        IdentifiedEffect open = CausalAnalysis.of(LALONDE, GRAPH).treatment("treat").outcome("re78")
                .adjustingFor("age", "educ").identify();
        assertEquals(AdjustmentRule.USER_SPECIFIED, open.adjustmentRule());
        assertTrue(open.warnings().stream().anyMatch(w -> w.contains("not a valid adjustment set")
                && w.contains("stays open")), open.warnings().toString());
        CausalGraph mediated = GRAPH.withNode("u74").withEdge("treat", "u74").withEdge("u74", "re78");
        Dataset withMediator = LALONDE.withNumeric("u74", LALONDE.numeric("re74").toArray());
        IdentifiedEffect descendant = CausalAnalysis.of(withMediator, mediated).treatment("treat").outcome("re78")
                .adjustingFor(List.of("age", "educ", "black", "hispan", "married", "nodegree", "re74", "re75", "u74"))
                .identify();
        assertTrue(descendant.warnings().stream().anyMatch(w -> w.contains("'u74' lies on the causal path")),
                descendant.warnings().toString());
        IdentifiedEffect none = CausalAnalysis.of(LALONDE).treatment("treat").outcome("re78").identify();
        assertEquals(AdjustmentRule.NONE, none.adjustmentRule());
        assertTrue(none.estimate(Estimators.ols()).estimate().warnings().stream().anyMatch(w -> w.contains("randomised")));
    }

    @Test
    void analysisStepsSeeTheContext() {
        AnalysisStep<String> describe = c -> c.treatment() + "|" + c.outcome() + "|" + c.adjustmentSet().size() + "|"
                + c.estimate().map(Estimate::method).orElse("none");
        IdentifiedEffect id = CausalAnalysis.of(LALONDE, GRAPH).treatment("treat").outcome("re78").identify();
        assertEquals("treat|re78|8|none", id.apply(describe));
        EstimatedEffect e = id.estimate(Estimators.ipw());
        assertEquals("treat|re78|8|ipw", e.sensitivity(describe));
        assertEquals("treat|re78|8|ipw", e.bounds(describe));
    }
}
