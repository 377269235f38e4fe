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
package io.github.causal4j.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.graph.CausalGraph;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

class IdentificationTest {

    private static Identification identify(String dagitty, String x, String y) {
        return Identification.of(CausalGraph.parse(dagitty), CausalQuery.of(y, x));
    }

    @Test
    void confoundingByAnObservedCauseIsAdjustedFor() {
        Identification id = identify("dag { z -> x -> y; z -> y; w -> y }", "x", "y");
        assertTrue(id.identifiable());
        Strategy best = id.recommended().orElseThrow();
        assertEquals("backdoor", best.kind());
        // The O-set adds the outcome's other cause w, which lowers the variance (Henckel et al. 2022).
        assertEquals(List.of("z", "w"), ((Estimand.Backdoor) best.estimand()).adjustment());
        assertTrue(id.reason().contains("O-set"), id.reason());
        assertEquals(List.of("backdoor", "id"), id.strategies().stream().map(Strategy::kind).toList());
        assertTrue(id.strategies("backdoor").get(0).alternativesComplete());
    }

    @Test
    void frontDoorIsRecommendedWhenNoAdjustmentSetExists() {
        Identification id = identify("dag { x -> m -> y; x <-> y }", "x", "y");
        assertTrue(id.identifiable());
        assertEquals("frontdoor", id.recommended().orElseThrow().kind());
        assertEquals(List.of("m"), ((Estimand.Frontdoor) id.recommended().get().estimand()).mediators());
        assertTrue(id.strategies("backdoor").isEmpty());
        assertEquals(1, id.strategies("id").size());
    }

    @Test
    void theNapkinNeedsTheIdAlgorithm() {
        Identification id = identify("dag { w -> z -> x -> y; w <-> x; w <-> y }", "x", "y");
        assertTrue(id.identifiable());
        assertEquals("id", id.recommended().orElseThrow().kind());
        assertTrue(id.estimandText().contains("/"), id.estimandText());
    }

    @Test
    void anInstrumentIsOfferedUnderStatedAssumptionsWhenNothingIdentifies() {
        Identification id = identify("dag { z -> x -> y; x <-> y }", "x", "y");
        assertFalse(id.identifiable());
        Strategy iv = id.recommended().orElseThrow();
        assertEquals("iv", iv.kind());
        assertFalse(iv.nonparametric());
        assertEquals("z", ((Estimand.Instrumental) iv.estimand()).instrument());
        assertTrue(id.reason().contains("not identifiable from the graph alone"), id.reason());
    }

    @Test
    void proxiesOfANamedLatentConfounder() {
        Identification id = identify("dag { u [latent]; u -> a; u -> y; u -> z; u -> w; z -> a; w -> y; a -> y }",
                "a", "y");
        assertFalse(id.identifiable());
        List<Strategy> proximal = id.strategies("proximal");
        assertEquals(1, proximal.size());
        Estimand.Proximal p = (Estimand.Proximal) proximal.get(0).estimand();
        assertEquals(List.of("z"), p.treatmentProxies());
        assertEquals(List.of("w"), p.outcomeProxies());
        assertTrue(proximal.get(0).assumptions().contains("completeness"));
    }

    @Test
    void proximalCovariatesAreTheObservedCommonCauses() {
        // the design of datasets/proximal_linear.csv: X1 and X2 confound A and Y besides U
        Identification id = identify("dag { U [latent]; U -> A; U -> Y; U -> Z; U -> W; U -> X1; X1 -> A; X1 -> Y; "
                + "X1 -> Z; X1 -> W; X2 -> A; X2 -> Y; X2 -> Z; X2 -> W; Z -> A; W -> Y; A -> Y }", "A", "Y");
        Estimand.Proximal p = (Estimand.Proximal) id.recommended().orElseThrow().estimand();
        assertEquals(List.of("Z"), p.treatmentProxies());
        assertEquals(List.of("W"), p.outcomeProxies());
        assertEquals(List.of("X1", "X2"), p.covariates());
        // without the covariates U alone leaves A <- X1 -> Y open: the old rule found no proximal strategy
        assertTrue(ProximalRoles.candidates(CausalGraph.parse("dag { U [latent]; U -> A; U -> Y; U -> Z; U -> W; U -> X1; "
                + "X1 -> A; X1 -> Y; X1 -> Z; X1 -> W; X2 -> A; X2 -> Y; X2 -> Z; X2 -> W; Z -> A; W -> Y; A -> Y }"), "A",
                "Y", List.of("U"), List.of()).unexplainedConfounding().isPresent());
    }

    @Test
    void theBowArcIsNotIdentifiableAndSaysSo() {
        Identification id = identify("dag { x -> y; x <-> y }", "x", "y");
        assertFalse(id.identifiable());
        assertTrue(id.strategies().isEmpty());
        assertTrue(id.recommended().isEmpty());
        assertTrue(id.reason().contains("bounds"), id.reason());
        assertTrue(id.idResult() instanceof IdResult.NotIdentified);
        assertTrue(id.report().text().contains("not identifiable"));
    }

    @Test
    void conditionalQueriesGoToIdc() {
        CausalGraph g = CausalGraph.parse("dag { x -> m -> y; x <-> y }");
        Identification id = Identification.of(g, CausalQuery.of(List.of("y"), List.of("x")).given(List.of("m")));
        assertTrue(id.identifiable());
        assertEquals(List.of("id"), id.strategies().stream().map(Strategy::kind).toList());
    }

    @Test
    void exposureAndOutcomeMarksAreUsed() {
        Identification id = Identification.of(CausalGraph.parse("dag { x [exposure]; y [outcome]; z -> x -> y; z -> y }"));
        assertEquals("backdoor", id.recommended().orElseThrow().kind());
        assertThrows(IllegalArgumentException.class, () -> Identification.of(CausalGraph.parse("dag { x -> y }")));
    }

    @Test
    void badQueriesAreRejected() {
        CausalGraph g = CausalGraph.parse("dag { u [latent]; u -> x -> y }");
        assertThrows(IllegalArgumentException.class, () -> Identification.of(g, CausalQuery.of("y", "u")));
        assertThrows(IllegalArgumentException.class, () -> Identification.of(g, CausalQuery.of("q", "x")));
        assertThrows(IllegalArgumentException.class, () -> Identification.of(g, CausalQuery.of("x", "x")));
    }

    /**
     * The strategies come from independently written parts (adjustment and front-door criteria,
     * the ID algorithm); they must agree with each other and with the truth: a graph that admits
     * adjustment or front-door is identifiable, and every nonparametric estimand equals the exact
     * interventional distribution of random discrete SCMs on the graph.
     */
    @Property(tries = 150)
    void everyNonparametricStrategyEqualsTheTruth(@ForAll long seed, @ForAll @IntRange(min = 3, max = 6) int n) {
        Random random = new Random(seed);
        DiscreteScm scm = DiscreteScm.random(random, n, 0.45, 2);
        List<String> observed = scm.graph.latentProjection().nodes();
        String x = observed.get(random.nextInt(observed.size()));
        String y;
        do {
            y = observed.get(random.nextInt(observed.size()));
        } while (y.equals(x));
        CausalQuery query = CausalQuery.of(y, x);
        Identification id = Identification.of(scm.graph, query);
        Statistics.label("recommended").collect(id.recommended().map(Strategy::kind).orElse("none"));
        for (Strategy s : id.strategies()) {
            if (s.nonparametric()) {
                assertTrue(id.identifiable(), () -> s + " but ID says no: " + scm.graph.toDagitty());
                EnumerationCheck.assertMatches(scm.graph, query, s.estimand().formula().orElseThrow(), 2);
            }
        }
        assertEquals(id.identifiable(), id.idResult() instanceof IdResult.Identified);
    }
}
