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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.graph.CausalGraph;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Named graphs with known answers. Formulas are checked twice: their text against the published
 * form, and their value against exact enumeration of random SCMs on the graph
 * ({@link EnumerationCheck}, tolerance 1e-9).
 */
class IdAlgorithmTextbookTest {

    private static final CausalGraph FRONT_DOOR = CausalGraph.parse("dag { x -> m -> y; x <-> y }");
    // Pearl & Mackenzie (2018), "The Book of Why", napkin problem; Shpitser & Pearl (2008) Fig. 6.
    private static final CausalGraph NAPKIN = CausalGraph.parse("dag { w -> z -> x -> y; w <-> x; w <-> y }");
    // Verma & Pearl (1990): the Verma constraint graph.
    private static final CausalGraph VERMA = CausalGraph.parse("dag { a -> b -> c -> d; b <-> d }");
    private static final CausalGraph BOW_ARC = CausalGraph.parse("dag { x -> y; x <-> y }");
    private static final CausalGraph INSTRUMENT = CausalGraph.parse("dag { z -> x -> y; x <-> y }");
    // Greenland, Pearl & Robins (1999): M-bias.
    private static final CausalGraph M_BIAS = CausalGraph.parse("dag { a -> x -> y; a -> m; b -> m; b -> y }");
    private static final CausalGraph BUTTERFLY =
            CausalGraph.parse("dag { a -> x; a -> m; b -> m; b -> y; m -> x; m -> y; x -> y }");

    @Test
    void frontDoorIsPearlsFormula() {
        CausalQuery q = CausalQuery.of("y", "x");
        Expression f = EnumerationCheck.formula(FRONT_DOOR, q);
        // Pearl (1995), Biometrika 82, eq. (29), with the factors in ID's order.
        assertEquals("Σ_m P(m | x) Σ_x' P(x') P(y | x', m)", f.toText());
        assertEquals("\\sum_{m} P(m \\mid x) \\sum_{x'} P(x') P(y \\mid x', m)", f.toLatex());
        EnumerationCheck.assertMatches(FRONT_DOOR, q, f, 5);
        // the Frontdoor estimand gives the same value
        Expression estimand = new Estimand.Frontdoor(List.of("x"), List.of("y"), List.of("m")).formula().orElseThrow();
        EnumerationCheck.assertMatches(FRONT_DOOR, q, estimand, 3);
    }

    @Test
    void napkinMatchesTheKnownFormula() {
        CausalQuery q = CausalQuery.of("y", "x");
        IdResult.Identified r = (IdResult.Identified) IdAlgorithm.identify(NAPKIN, q);
        // y0 / causaleffect output (Tikka & Karvanen 2017): Σ_w P(x, y | w, z) P(w) / Σ_w P(x | w, z) P(w);
        // ID writes P(x, y | w, z) as P(x | w, z) P(y | w, z, x).
        assertEquals("[Σ_w P(w) P(x | w, z) P(y | w, z, x)] / [Σ_w P(w) P(x | w, z)]", r.formula().toText());
        assertEquals(List.of("z"), IdAlgorithm.arbitraryVariables(r));
        EnumerationCheck.assertMatches(NAPKIN, q, r.formula(), 5);
        Expression published = Expression.fraction(
                Expression.sum(List.of("w"), Expression.product(List.of(
                        Expression.probability(List.of("x", "y"), List.of("z", "w")),
                        Expression.probability(List.of("w"), List.of())))),
                Expression.sum(List.of("w"), Expression.product(List.of(
                        Expression.probability(List.of("x"), List.of("z", "w")),
                        Expression.probability(List.of("w"), List.of())))));
        EnumerationCheck.assertMatches(NAPKIN, q, published, 5);
    }

    @Test
    void vermaGraphEffectsAreIdentifiable() {
        for (String x : List.of("a", "b", "c")) {
            CausalQuery q = CausalQuery.of("d", x);
            EnumerationCheck.assertMatches(VERMA, q, EnumerationCheck.formula(VERMA, q), 3);
        }
        // ID adds a to the intervention (line 3), so its formula is written at a value of a: any value gives
        // the same answer, Σ_b P(b) P(d | b, c) (adjusting for b, hand-derived)
        IdResult.Identified r = (IdResult.Identified) IdAlgorithm.identify(VERMA, CausalQuery.of("d", "c"));
        assertEquals("Σ_b P(b | a) P(d | a, b, c)", r.formula().toText());
        assertEquals(List.of("a"), IdAlgorithm.arbitraryVariables(r));
    }

    @Test
    void bowArcIsNotIdentifiable() {
        IdResult r = IdAlgorithm.identify(BOW_ARC, CausalQuery.of("y", "x"));
        assertFalse(r.identifiable());
        assertEquals(new Hedge(List.of("x", "y"), List.of("y")), ((IdResult.NotIdentified) r).hedge());
        assertEquals("not identifiable: P(y | do(x)); hedge F = {x, y}, F' = {y}", r.toString());
        // Two SCMs of the bow arc with the same P(x, y) and different P(y | do(x)):
        // A: u ~ Bernoulli(1/2), x = u, y = u (x has no effect); B: x ~ Bernoulli(1/2), y = x.
        DiscreteScm a = twoBinary(new String[] {"x", "y"}, new int[][] {{}, {0}},
                new double[][] {{1, 0, 0, 1}, {1, 0, 0, 1, 1, 0, 0, 1}});
        DiscreteScm b = twoBinary(new String[] {"x", "y"}, new int[][] {{}, {0}},
                new double[][] {{.5, .5, .5, .5}, {1, 0, 1, 0, 0, 1, 0, 1}});
        assertDifferentEffectsSameObservation(a, b, "x", "y");
    }

    @Test
    void instrumentDoesNotIdentifyTheEffectNonparametrically() {
        IdResult r = IdAlgorithm.identify(INSTRUMENT, CausalQuery.of("y", "x"));
        assertFalse(r.identifiable());
        assertEquals(new Hedge(List.of("x", "y"), List.of("y")), ((IdResult.NotIdentified) r).hedge());
        // z -> x with the same two mechanisms for (x, y) as the bow arc: z has no effect on x in either model.
        DiscreteScm a = twoBinary(new String[] {"z", "x", "y"}, new int[][] {{}, {0}, {1}},
                new double[][] {{.5, .5, .5, .5}, {1, 0, 0, 1, 1, 0, 0, 1}, {1, 0, 0, 1, 1, 0, 0, 1}});
        DiscreteScm b = twoBinary(new String[] {"z", "x", "y"}, new int[][] {{}, {0}, {1}},
                new double[][] {{.5, .5, .5, .5}, {.5, .5, .5, .5, .5, .5, .5, .5}, {1, 0, 1, 0, 0, 1, 0, 1}});
        assertDifferentEffectsSameObservation(a, b, "x", "y");
        assertTrue(IdAlgorithm.identify(INSTRUMENT, CausalQuery.of("y", "z")).identifiable());
    }

    @Test
    void mBiasAdjustsWithoutTheCollider() {
        CausalQuery q = CausalQuery.of("y", "x");
        Expression f = EnumerationCheck.formula(M_BIAS, q);
        assertEquals("Σ_b P(y | x, b) P(b)", f.toText());
        assertFalse(f.freeVariables().contains("m"));
        EnumerationCheck.assertMatches(M_BIAS, q, f, 3);
    }

    @Test
    void butterflyIsIdentifiable() {
        CausalQuery q = CausalQuery.of("y", "x");
        EnumerationCheck.assertMatches(BUTTERFLY, q, EnumerationCheck.formula(BUTTERFLY, q), 3);
    }

    @Test
    void latentNodesAreProjected() {
        CausalGraph withLatent = CausalGraph.parse("dag { x -> m -> y; u -> x; u -> y; u [latent] }");
        IdResult r = IdAlgorithm.identify(withLatent, CausalQuery.of("y", "x"));
        assertEquals(IdAlgorithm.identify(FRONT_DOOR, CausalQuery.of("y", "x")).toString(), r.toString());
    }

    @Test
    void conditionalQueries() {
        // Front-door graph: conditioning on the mediator turns it into an intervention (IDC rule 2):
        // P(y | do(x), m) = P(y | do(m)) = Σ_x' P(x') P(y | x', m) (hand-derived).
        CausalQuery q1 = CausalQuery.of("y", "x").given(List.of("m"));
        Expression f1 = EnumerationCheck.formula(FRONT_DOOR, q1);
        assertEquals("Σ_x P(x) P(y | x, m)", f1.toText());
        EnumerationCheck.assertMatches(FRONT_DOOR, q1, f1, 3);
        // x -> y -> z: z is a descendant of y, so it stays a condition; P(y | do(x), z) = P(y | x, z).
        CausalGraph chain = CausalGraph.parse("dag { x -> y -> z }");
        CausalQuery q2 = CausalQuery.of("y", "x").given(List.of("z"));
        Expression f2 = EnumerationCheck.formula(chain, q2);
        // y is free in the numerator, so the denominator's summed y prints as y'
        assertEquals("[P(y | x) P(z | y)] / [Σ_y' P(y' | x) P(z | y')]", f2.toText());
        EnumerationCheck.assertMatches(chain, q2, f2, 3);
        // Napkin with z given: z stays a condition (z <- w <-> y is open), and P(y, z | do(x)) needs
        // Q[{w, y}] from the single district {w, x, y} with x an ancestor of y: a hedge (hand-derived with
        // Tian & Pearl's c-component factorisation).
        IdResult r3 = IdAlgorithm.identify(NAPKIN, CausalQuery.of("y", "x").given(List.of("z")));
        assertEquals(new Hedge(List.of("w", "x", "y"), List.of("w", "y")), ((IdResult.NotIdentified) r3).hedge());
        // Bow arc with a child of y observed: not identifiable.
        CausalGraph bowChild = CausalGraph.parse("dag { x -> y -> z; x <-> y }");
        assertFalse(IdAlgorithm.identify(bowChild, CausalQuery.of("y", "x").given(List.of("z"))).identifiable());
    }

    @Test
    void badInputIsRejectedWithNames() {
        IllegalArgumentException same = assertThrows(IllegalArgumentException.class,
                () -> IdAlgorithm.identify(BOW_ARC, CausalQuery.of("x", "x")));
        assertTrue(same.getMessage().contains("'x' cannot be both an outcome and a treatment"), same.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> IdAlgorithm.identify(BOW_ARC, CausalQuery.of("y", "q")));
        assertTrue(unknown.getMessage().contains("unknown treatment 'q'"), unknown.getMessage());
        CausalGraph latent = CausalGraph.parse("dag { u -> x -> y; u -> y; u [latent] }");
        IllegalArgumentException hidden = assertThrows(IllegalArgumentException.class,
                () -> IdAlgorithm.identify(latent, CausalQuery.of("y", "u")));
        assertTrue(hidden.getMessage().contains("treatment 'u' is latent"), hidden.getMessage());
        IllegalArgumentException overlap = assertThrows(IllegalArgumentException.class,
                () -> CausalQuery.of("y", "x").given(List.of("x")));
        assertTrue(overlap.getMessage().contains("'x' cannot be both a treatment and a conditioning variable"),
                overlap.getMessage());
    }

    /** Binary observed variables, one binary latent u ~ Bernoulli(1/2) feeding every variable but the first of three. */
    private static DiscreteScm twoBinary(String[] names, int[][] parents, double[][] cpt) {
        int n = names.length;
        int[] card = new int[n];
        Arrays.fill(card, 2);
        int[][] latentParents = new int[n][];
        for (int v = 0; v < n; v++) {
            boolean confounded = n == 2 || v > 0;
            latentParents[v] = confounded ? new int[] {0} : new int[0];
        }
        // z (no latent parent) has a 2-entry table; repeat-free check of table sizes below
        double[][] tables = new double[n][];
        for (int v = 0; v < n; v++) {
            int configs = (1 << parents[v].length) * (latentParents[v].length == 1 ? 2 : 1);
            tables[v] = Arrays.copyOf(cpt[v], configs * 2);
        }
        return new DiscreteScm(names, card, parents, latentParents, new int[] {2}, new double[][] {{.5, .5}}, tables);
    }

    private static void assertDifferentEffectsSameObservation(DiscreteScm a, DiscreteScm b, String x, String y) {
        double[] pa = a.distribution(Map.of());
        double[] pb = b.distribution(Map.of());
        for (int c = 0; c < pa.length; c++) {
            assertEquals(pa[c], pb[c], 1e-15, "observational distributions differ at configuration " + c);
        }
        int xi = a.index(x);
        int yi = a.index(y);
        double ea = IdAgreesWithEnumerationTest.marginal(a, a.distribution(Map.of(xi, 1)), Map.of(yi, 1));
        double eb = IdAgreesWithEnumerationTest.marginal(b, b.distribution(Map.of(xi, 1)), Map.of(yi, 1));
        assertEquals(0.5, ea, 1e-15);
        assertEquals(1.0, eb, 1e-15);
        assertNotEquals(ea, eb);
    }
}
