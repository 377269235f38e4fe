package io.github.causal4j.estimate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.CausalException;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.refute.Refuter;
import io.github.causal4j.graph.CausalGraph;
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
    void parentsOfTheTreatmentAreTheAdjustmentSet() {
        IdentifiedEffect id = CausalAnalysis.of(LALONDE, GRAPH).treatment("treat").outcome("re78").seed(5).identify();
        assertEquals(AdjustmentRule.PARENTS_OF_TREATMENT, id.adjustmentRule());
        assertEquals(List.of("age", "educ", "black", "hispan", "married", "nodegree", "re74", "re75"),
                id.adjustmentSet());
        assertTrue(id.warnings().isEmpty());
        assertEquals(LALONDE.sha256(), id.provenance().dataSha256());
        assertEquals(5L, id.provenance().seed().getAsLong());
        EstimatedEffect e = id.estimate(Estimators.ols());
        // the adjustment set equals the Dehejia-Wahba covariates: R lm's 1548.244 (estimation_ols.R)
        assertEquals(1548.24380199957886362, e.estimate().value(), 1e-9 * 1548);
        assertTrue(e.report().text().contains("PARENTS_OF_TREATMENT"));
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
    void latentConfoundingOrLatentParentsAreErrors() {
        CausalGraph confounded = GRAPH.withBidirectedEdge("treat", "re78");
        CausalException e = assertThrows(CausalException.class,
                () -> CausalAnalysis.of(LALONDE, confounded).treatment("treat").outcome("re78").identify());
        assertTrue(e.getMessage().contains("bidirected") && e.getMessage().contains("re78"), e.getMessage());
        CausalGraph hidden = GRAPH.withNode("motivation").withEdge("motivation", "treat");
        CausalException latent = assertThrows(CausalException.class,
                () -> CausalAnalysis.of(LALONDE, hidden).treatment("treat").outcome("re78").identify());
        assertTrue(latent.getMessage().contains("'motivation'"), latent.getMessage());
        assertThrows(IllegalStateException.class, () -> CausalAnalysis.of(LALONDE, GRAPH).treatment("treat").identify());
    }

    @Test
    void givenCovariatesAreCheckedAgainstTheBackdoorCriterion() {
        IdentifiedEffect open = CausalAnalysis.of(LALONDE, GRAPH).treatment("treat").outcome("re78")
                .adjustingFor("age", "educ").identify();
        assertEquals(AdjustmentRule.USER_SPECIFIED, open.adjustmentRule());
        assertTrue(open.warnings().stream().anyMatch(w -> w.contains("back-door path")), open.warnings().toString());
        CausalGraph mediated = GRAPH.withNode("u74").withEdge("treat", "u74").withEdge("u74", "re78");
        Dataset withMediator = LALONDE.withNumeric("u74", LALONDE.numeric("re74").toArray());
        IdentifiedEffect descendant = CausalAnalysis.of(withMediator, mediated).treatment("treat").outcome("re78")
                .adjustingFor(List.of("age", "educ", "black", "hispan", "married", "nodegree", "re74", "re75", "u74"))
                .identify();
        assertTrue(descendant.warnings().stream().anyMatch(w -> w.contains("descendants")), descendant.warnings()
                .toString());
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
