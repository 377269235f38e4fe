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

import io.github.causal4j.graph.CausalGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Checks a formula against exact enumeration of random SCMs on a given graph, at every value of its variables. */
final class EnumerationCheck {

    private EnumerationCheck() {
    }

    /**
     * For {@code models} random SCMs on {@code graph}, at every combination of values of the
     * query's variables and the formula's other free variables: formula (on the exact observational
     * distribution) = exact {@code P(y | do(x), z)}, to 1e-9.
     */
    static void assertMatches(CausalGraph graph, CausalQuery query, Expression formula, int models) {
        for (int seed = 1; seed <= models; seed++) {
            DiscreteScm scm = DiscreteScm.onGraph(graph, new Random(seed));
            DiscreteData data = DiscreteData.weighted(scm.asWeightedData(scm.distribution(Map.of())), "weight");
            List<String> vars = new ArrayList<>(query.variables());
            for (String v : formula.freeVariables()) {
                if (!vars.contains(v)) {
                    vars.add(v);
                }
            }
            int combos = 1;
            for (String v : vars) {
                combos *= scm.card[scm.index(v)];
            }
            for (int c = 0; c < combos; c++) {
                Map<String, String> values = new HashMap<>();
                Map<Integer, Integer> doValues = new HashMap<>();
                Map<Integer, Integer> yz = new HashMap<>();
                Map<Integer, Integer> z = new HashMap<>();
                int rest = c;
                for (String v : vars) {
                    int k = scm.index(v);
                    int value = rest % scm.card[k];
                    rest /= scm.card[k];
                    values.put(v, Integer.toString(value));
                    if (query.treatments().contains(v)) {
                        doValues.put(k, value);
                    } else if (query.outcomes().contains(v)) {
                        yz.put(k, value);
                    } else if (query.given().contains(v)) {
                        yz.put(k, value);
                        z.put(k, value);
                    }
                }
                double[] p = scm.distribution(doValues);
                double expected = IdAgreesWithEnumerationTest.marginal(scm, p, yz)
                        / IdAgreesWithEnumerationTest.marginal(scm, p, z);
                double actual = data.evaluate(formula, values);
                int model = seed;
                assertEquals(expected, actual, 1e-9, () -> "model " + model + ", " + formula.toText() + " at " + values);
            }
        }
    }

    /** @return the formula ID finds, failing if the query is not identifiable */
    static Expression formula(CausalGraph graph, CausalQuery query) {
        IdResult r = IdAlgorithm.identify(graph, query);
        if (r instanceof IdResult.Identified i) {
            return i.formula();
        }
        throw new AssertionError("expected identifiable: " + r);
    }

    static Map<String, String> none() {
        return new HashMap<>();
    }
}
