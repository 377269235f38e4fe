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
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Named graphs from the literature and dagitty's examples, with answers derived by hand (each derivation in the comment). */
class AdjustmentTextbookTest {

    private static AdjustmentQuery query(String dagitty, String x, String y) {
        return AdjustmentQuery.of(CausalGraph.parse(dagitty), x, y);
    }

    private static Set<Set<String>> minimalSets(AdjustmentQuery q) {
        AdjustmentSetList l = AdjustmentSets.minimalSets(q, 1000);
        assertTrue(l.complete());
        return l.sets().stream().map(TreeSet::new).collect(Collectors.toSet());
    }

    private static Set<Set<String>> sets(List<Set<String>> s) {
        return s.stream().map(x -> (Set<String>) new TreeSet<>(x)).collect(Collectors.toSet());
    }

    // M-bias (Greenland 2003; dagitty example "M-bias"): the collider m must not be adjusted for alone.
    private static final String M_BIAS = "dag { a -> x; a -> m; b -> m; b -> y; x -> y }";

    @Test
    void mBias() {
        AdjustmentQuery q = query(M_BIAS, "x", "y");
        // Hand-derived: the only back-door path x <- a -> m <- b -> y is closed at the collider m.
        assertEquals(Set.of(Set.of()), minimalSets(q));
        assertEquals(Set.of("a", "b"), AdjustmentSets.canonical(q).orElseThrow());
        AdjustmentCheck m = AdjustmentCriterion.check(q, List.of("m"));
        assertFalse(m.valid());
        assertEquals("the non-causal path x <- a -> m <- b -> y stays open", m.reason());
        assertTrue(AdjustmentCriterion.isValid(q, List.of("a", "m")));
        // {}, {a}, {b}, {a,b}, {a,m}, {b,m}, {a,b,m}: every set except {m}.
        AdjustmentSetList all = AdjustmentSets.validSets(q, 100);
        assertTrue(all.complete());
        assertEquals(Set.of(Set.of(), Set.of("a"), Set.of("b"), Set.of("a", "b"), Set.of("a", "m"), Set.of("b", "m"),
                Set.of("a", "b", "m")), sets(all.sets()));
        assertEquals(Set.of("b"), AdjustmentSets.optimal(q).set().orElseThrow());
    }

    // Butterfly / bow-tie bias (dagitty example): m is a confounder and a collider of a and b.
    private static final String BUTTERFLY = "dag { a -> x; a -> m; b -> m; b -> y; m -> x; m -> y; x -> y }";

    @Test
    void butterfly() {
        AdjustmentQuery q = query(BUTTERFLY, "x", "y");
        // Hand-derived: m must be adjusted (x <- m -> y), which opens a -> m <- b; then a or b closes it.
        assertEquals(Set.of(Set.of("a", "m"), Set.of("b", "m")), minimalSets(q));
        // O-set = pa(cn) \ forb = pa(y) \ {x, y} = {m, b} (Henckel et al. 2022).
        assertEquals(Set.of("m", "b"), AdjustmentSets.optimal(q).set().orElseThrow());
        assertEquals("the non-causal path x <- m -> y stays open",
                AdjustmentCriterion.check(q, List.of()).reason());
        assertEquals("the non-causal path x <- a -> m <- b -> y stays open",
                AdjustmentCriterion.check(q, List.of("m")).reason());
        // Minimum cost with b expensive: {a, m}.
        assertEquals(Set.of("a", "m"), AdjustmentSets.minimumCost(q, Map.of("b", 10.0)).orElseThrow());
    }

    @Test
    void frontDoorGraphNapkinAndBowArcHaveNoAdjustmentSet() {
        for (String g : List.of("dag { x -> m -> y; x <-> y }", "dag { w -> z -> x -> y; w <-> x; w <-> y }",
                "dag { x -> y; x <-> y }")) {
            AdjustmentQuery q = query(g, "x", "y");
            assertTrue(AdjustmentSets.canonical(q).isEmpty(), g);
            assertTrue(AdjustmentSets.minimal(q).isEmpty(), g);
            assertTrue(AdjustmentSets.minimalSets(q, 10).isEmpty() && AdjustmentSets.minimalSets(q, 10).complete(), g);
            assertTrue(AdjustmentSets.minimumCost(q, Map.of()).isEmpty(), g);
            assertFalse(AdjustmentSets.optimal(q).available(), g);
            AdjustmentCheck why = AdjustmentSets.canonicalCheck(q);
            assertFalse(why.valid());
            assertTrue(why.reason().contains("x <-> "), why.reason());
        }
    }

    @Test
    void latentConfounderBlockedThroughAnObservedMediatorOfTheConfounding() {
        AdjustmentQuery open = query("dag { x <- u -> y; x -> y; u [latent] }", "x", "y");
        assertTrue(AdjustmentSets.canonical(open).isEmpty());
        AdjustmentQuery closed = query("dag { x <- u -> z -> y; x -> y; u [latent] }", "x", "y");
        assertEquals(Set.of(Set.of("z")), minimalSets(closed));
        assertEquals(Set.of("z"), AdjustmentSets.canonical(closed).orElseThrow());
        // The O-set would need u: unavailable, with the reason.
        OptimalAdjustment o = AdjustmentSets.optimal(query("dag { x <- u -> y; u -> w -> x; x -> y; u [latent] }", "x", "y"));
        assertFalse(o.available());
        assertTrue(o.reason().contains("latent node 'u'"), o.reason());
    }

    /*
     * Shrier & Platt (2008), "Reducing bias through directed acyclic graphs", BMC Med Res Methodol 8:70,
     * in the form of dagitty's bundled example "Shrier & Platt, 2008" (exposure WarmUpExercises, outcome Injury).
     * Hand-derived minimal sets (separators of the moral graph of An(W, Injury) in the proper back-door graph,
     * IntraGameProprioception being forbidden as a mediator): 7 sets, listed below; the same 7 sets and the O-set
     * come out of docs/reference-scripts/identify_adjustment_sets.py (Python 3, networkx 3.6.1 d-separation, brute
     * force over all subsets), which also reproduces the M-bias and butterfly answers. dagitty itself could not be
     * run here (no R package or npm release available offline).
     */
    static final String SHRIER = """
            dag {
              WarmUpExercises [exposure]
              Injury [outcome]
              Coach -> FitnessLevel
              Coach -> TeamMotivation
              Genetics -> FitnessLevel
              Genetics -> NeuromuscularFatigue
              Genetics -> ConnectiveTissueDisorder
              TeamMotivation -> PreviousInjury
              TeamMotivation -> WarmUpExercises
              PreGameProprioception -> WarmUpExercises
              ConnectiveTissueDisorder -> TissueWeakness
              ConnectiveTissueDisorder -> NeuromuscularFatigue
              ContactSport -> IntraGameProprioception
              ContactSport -> PreviousInjury
              TissueWeakness -> Injury
              IntraGameProprioception -> Injury
              FitnessLevel -> PreGameProprioception
              FitnessLevel -> NeuromuscularFatigue
              NeuromuscularFatigue -> IntraGameProprioception
              NeuromuscularFatigue -> Injury
              WarmUpExercises -> IntraGameProprioception
            }""";

    @Test
    void shrierAndPlatt2008() {
        CausalGraph g = CausalGraph.parse(SHRIER);
        AdjustmentQuery q = AdjustmentQuery.of(g, g.exposures(), g.outcomes());
        Set<Set<String>> expected = Set.of(
                Set.of("ConnectiveTissueDisorder", "NeuromuscularFatigue"),
                Set.of("NeuromuscularFatigue", "TissueWeakness"),
                Set.of("FitnessLevel", "Genetics"),
                Set.of("Coach", "FitnessLevel"),
                Set.of("Coach", "PreGameProprioception"),
                Set.of("FitnessLevel", "TeamMotivation"),
                Set.of("PreGameProprioception", "TeamMotivation"));
        assertEquals(expected, minimalSets(q));
        // The O-set: pa({IntraGameProprioception, Injury}) minus forbidden = {ContactSport, NeuromuscularFatigue, TissueWeakness}.
        assertEquals(Set.of("ContactSport", "NeuromuscularFatigue", "TissueWeakness"),
                new TreeSet<>(AdjustmentSets.optimal(q).set().orElseThrow()));
        AdjustmentCheck mediator = AdjustmentCriterion.check(q, List.of("IntraGameProprioception", "Coach"));
        assertEquals("'IntraGameProprioception' lies on the causal path WarmUpExercises -> IntraGameProprioception -> Injury"
                + " and must not be adjusted for", mediator.reason());
        // PreviousInjury is a collider of TeamMotivation and ContactSport: adjusting for it with {Coach, FitnessLevel}
        // opens WarmUpExercises <- TeamMotivation -> PreviousInjury <- ContactSport -> IntraGameProprioception -> Injury.
        AdjustmentCheck collider = AdjustmentCriterion.check(q, List.of("Coach", "FitnessLevel", "PreviousInjury"));
        assertEquals("the non-causal path WarmUpExercises <- TeamMotivation -> PreviousInjury <- ContactSport"
                + " -> IntraGameProprioception -> Injury stays open", collider.reason());
    }

    @Test
    void forbiddenDescendantOfAMediatorIsNamedWithItsCausalPath() {
        AdjustmentQuery q = query("dag { x -> m -> y; m -> d; c -> x; c -> y }", "x", "y");
        AdjustmentCheck check = AdjustmentCriterion.check(q, List.of("c", "d"));
        AdjustmentViolation.ForbiddenNode f = (AdjustmentViolation.ForbiddenNode) check.violation().orElseThrow();
        assertEquals("d", f.node());
        assertEquals(List.of("x", "m", "y"), f.causalPath());
        assertEquals("'d' descends from the causal path x -> m -> y and must not be adjusted for", check.reason());
        // A must-include node that is forbidden leaves no valid set.
        assertTrue(AdjustmentSets.minimalSets(q.withMustInclude(List.of("d")), 10).isEmpty());
        assertTrue(AdjustmentSets.canonical(q.withMustInclude(List.of("d"))).isEmpty());
        assertFalse(AdjustmentSets.canonicalCheck(q.withMustInclude(List.of("d"))).valid());
    }

    @Test
    void mustIncludeAndMustExclude() {
        AdjustmentQuery q = query(BUTTERFLY, "x", "y");
        assertEquals(Set.of(Set.of("b", "m")), minimalSets(q.withMustExclude(List.of("a"))));
        assertEquals(Set.of(Set.of("a", "m")), minimalSets(q.withMustInclude(List.of("a"))));
        assertTrue(minimalSets(q.withMustExclude(List.of("m"))).isEmpty());
        // In M-bias, forcing m in requires a or b as well.
        assertEquals(Set.of(Set.of("a", "m"), Set.of("b", "m")), minimalSets(query(M_BIAS, "x", "y").withMustInclude(List.of("m"))));
    }

    @Test
    void severalTreatmentsAndOutcomes() {
        // x1 -> x2 -> y1, x1 -> y2; c confounds x2 and y1; d confounds x1 and y2.
        AdjustmentQuery q = AdjustmentQuery.of(CausalGraph.parse(
                "dag { x1 -> x2 -> y1; x1 -> y2; c -> x2; c -> y1; d -> x1; d -> y2 }"), List.of("x1", "x2"), List.of("y1", "y2"));
        assertEquals(Set.of(Set.of("c", "d")), minimalSets(q));
        assertThrows(IllegalArgumentException.class, () -> AdjustmentSets.optimal(q));
    }

    @Test
    void badInputIsRejectedWithTheNodeNamed() {
        CausalGraph g = CausalGraph.parse("dag { x -> y; u -> x; u -> y; u [latent]; s [selected]; x -> s }");
        CausalGraph plain = CausalGraph.parse("dag { x -> y; u -> x; u -> y; a -> x; u [latent] }");
        assertMessage("node 'x' is both a treatment and an outcome", () -> AdjustmentQuery.of(plain, "x", "x"));
        assertMessage("treatment 'q' is not a node of the graph", () -> AdjustmentQuery.of(plain, "q", "y"));
        assertMessage("outcome 'q' is not a node of the graph", () -> AdjustmentQuery.of(plain, "x", "q"));
        assertMessage("node 'u' is a treatment but is marked latent: a latent node cannot be a treatment",
                () -> AdjustmentQuery.of(plain, "u", "y"));
        assertMessage("node 'u' is an outcome but is marked latent: a latent node cannot be an outcome",
                () -> AdjustmentQuery.of(plain, "x", "u"));
        assertMessage("name at least one treatment", () -> AdjustmentQuery.of(plain, List.of(), List.of("y")));
        assertMessage("node 'a' is both must-include and must-exclude",
                () -> AdjustmentQuery.of(plain, "x", "y").withMustInclude(List.of("a")).withMustExclude(List.of("a")));
        assertMessage("node 'u' is a must-include node but is marked latent: it cannot be adjusted for",
                () -> AdjustmentQuery.of(plain, "x", "y").withMustInclude(List.of("u")));
        assertMessage("node 'y' is a treatment or outcome and cannot be in an adjustment set",
                () -> AdjustmentQuery.of(plain, "x", "y").withMustInclude(List.of("y")));
        assertMessage("the graph has selection nodes [s]; adjustment under selection bias is not supported",
                () -> AdjustmentQuery.of(g, "x", "y"));
        AdjustmentQuery q = AdjustmentQuery.of(plain, "x", "y");
        assertMessage("adjustment-set node 'x' is a treatment or outcome; an adjustment set must be disjoint from both",
                () -> AdjustmentCriterion.check(q, List.of("x")));
        assertMessage("adjustment-set node 'u' is marked latent (unobserved) and cannot be adjusted for",
                () -> AdjustmentCriterion.check(q, List.of("u")));
        assertMessage("adjustment-set node 'zz' is not a node of the graph", () -> AdjustmentCriterion.check(q, List.of("zz")));
        assertMessage("cost of 'a' must be positive and finite, got 0.0", () -> AdjustmentSets.minimumCost(q, Map.of("a", 0.0)));
        assertMessage("limit must be >= 0, got -1", () -> AdjustmentSets.validSets(q, -1));
        assertMessage("the O-set is defined without must-include/must-exclude nodes; drop the constraints or use the canonical or a minimal set",
                () -> AdjustmentSets.optimal(q.withMustExclude(List.of("a"))));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertEquals(expected, e.getMessage());
    }
}
