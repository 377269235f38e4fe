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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.graph.CausalGraph;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The ID and IDC formulas, evaluated by {@link DiscreteData} on the exact observational
 * distribution of a random discrete SCM with latent confounders, equal the exact interventional
 * distribution computed by enumerating the SCM (truncated factorisation summed over the latents).
 * Tolerance 1e-9: both sides are exact up to floating-point rounding.
 */
class IdAgreesWithEnumerationTest {

    /** A random model and a random query on it. */
    record Case(DiscreteScm scm, List<Integer> y, List<Integer> x, List<Integer> z, long seed) {
        @Override
        public String toString() {
            return scm.graph.toDagitty().replace('\n', ' ') + " | y=" + y + " x=" + x + " z=" + z + " seed=" + seed;
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(Arbitraries.integers().between(4, 7), Arbitraries.doubles().between(0.2, 0.6),
                Arbitraries.longs(), Arbitraries.integers().between(0, 9)).as((n, p, seed, conditional) -> {
                    Random random = new Random(seed);
                    DiscreteScm scm = DiscreteScm.random(random, n, p, 4);
                    List<Integer> nodes = new ArrayList<>();
                    for (int v = 0; v < n; v++) {
                        nodes.add(v);
                    }
                    Collections.shuffle(nodes, random);
                    if (conditional >= 5) {
                        // half the cases: the outcome is the node with the most ancestors, the hardest for ID
                        String sink = scm.graph.latentProjection().topologicalOrder().get(n - 1);
                        Integer y = Integer.valueOf(sink.substring(1));
                        nodes.remove(y);
                        nodes.add(0, y);
                    }
                    int ySize = 1 + random.nextInt(2);
                    int xSize = 1 + random.nextInt(2);
                    int zSize = conditional < 3 && ySize + xSize < n ? 1 : 0;
                    return new Case(scm, nodes.subList(0, ySize), nodes.subList(ySize, ySize + xSize),
                            nodes.subList(ySize + xSize, ySize + xSize + zSize), seed);
                });
    }

    @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
    void formulaEqualsEnumeration(@ForAll("cases") Case c) {
        DiscreteScm scm = c.scm();
        CausalQuery query = new CausalQuery(names(c.y()), names(c.x()), names(c.z()));
        IdResult result = IdAlgorithm.identify(scm.graph, query);
        Statistics.label("identifiable").collect(result.identifiable());
        Statistics.label("conditional").collect(!c.z().isEmpty());
        if (result instanceof IdResult.NotIdentified n) {
            assertHedgeShape(scm.graph.latentProjection(), query, n.hedge());
            return;
        }
        Expression formula = ((IdResult.Identified) result).formula();
        List<String> arbitrary = IdAlgorithm.arbitraryVariables((IdResult.Identified) result);
        Statistics.label("arbitrary variables").collect(arbitrary.size());
        Statistics.label("formula has a fraction").collect(formula.toText().contains(" / "));
        DiscreteData data = DiscreteData.weighted(scm.asWeightedData(scm.distribution(Map.of())), "weight");
        Random random = new Random(c.seed());
        for (int k = 0; k < 12; k++) {
            Map<Integer, Integer> doValues = randomValues(scm, c.x(), random);
            Map<Integer, Integer> yz = randomValues(scm, c.y(), random);
            Map<Integer, Integer> zValues = randomValues(scm, c.z(), random);
            yz.putAll(zValues);
            double[] interventional = scm.distribution(doValues);
            double expected = marginal(scm, interventional, yz) / marginal(scm, interventional, zValues);
            Map<String, String> values = new HashMap<>();
            doValues.forEach((v, a) -> values.put(DiscreteScm.name(v), Integer.toString(a)));
            yz.forEach((v, a) -> values.put(DiscreteScm.name(v), Integer.toString(a)));
            for (String w : arbitrary) {
                values.put(w, Integer.toString(random.nextInt(scm.card[Integer.parseInt(w.substring(1))])));
            }
            double actual = data.evaluate(formula, values);
            assertEquals(expected, actual, 1e-9, () -> "formula " + formula.toText() + " at " + values);
        }
    }

    /** Shpitser & Pearl's hedge: F' ⊂ F, both single districts, F meets the intervention, F' does not. */
    static void assertHedgeShape(CausalGraph projected, CausalQuery query, Hedge hedge) {
        assertTrue(hedge.f().containsAll(hedge.fPrime()) && hedge.f().size() > hedge.fPrime().size(), hedge::toString);
        List<String> intervention = new ArrayList<>(query.treatments());
        intervention.addAll(query.given());
        assertTrue(hedge.f().stream().anyMatch(intervention::contains), () -> hedge + " misses " + intervention);
        assertFalse(hedge.fPrime().stream().anyMatch(query.treatments()::contains), hedge::toString);
        assertEquals(1, projected.inducedSubgraph(hedge.f()).districts().size(), hedge::toString);
        assertEquals(1, projected.inducedSubgraph(hedge.fPrime()).districts().size(), hedge::toString);
    }

    private static List<String> names(List<Integer> ids) {
        List<String> out = new ArrayList<>();
        for (int v : ids) {
            out.add(DiscreteScm.name(v));
        }
        return out;
    }

    private static Map<Integer, Integer> randomValues(DiscreteScm scm, List<Integer> nodes, Random random) {
        Map<Integer, Integer> out = new HashMap<>();
        for (int v : nodes) {
            out.put(v, random.nextInt(scm.card[v]));
        }
        return out;
    }

    /** Sum of the distribution over the configurations that agree with {@code values}. */
    static double marginal(DiscreteScm scm, double[] distribution, Map<Integer, Integer> values) {
        double s = 0;
        for (int c = 0; c < distribution.length; c++) {
            int[] x = scm.decode(c);
            boolean match = true;
            for (Map.Entry<Integer, Integer> e : values.entrySet()) {
                if (x[e.getKey()] != e.getValue()) {
                    match = false;
                    break;
                }
            }
            if (match) {
                s += distribution[c];
            }
        }
        return s;
    }

}
