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

import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.result.Provenance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Plug-in estimation of an interventional probability {@code P(y | do(x), z)} from discrete data:
 * identify the query with {@link IdAlgorithm}, then evaluate the formula with observed relative
 * frequencies in place of probabilities (the library side of
 * {@code causal identify --data F.csv --evaluate "y=1" --do "x=0" --given "z=1"}).
 *
 * <p>When the formula mentions variables outside the query ({@link IdAlgorithm#arbitraryVariables}),
 * its population value is the same for each of their values; in a sample the estimates differ, so
 * the result is their average over the configurations that occur, weighted by frequency, and skips
 * the configurations where the formula divides by 0. Cost: one pass over the data per frequency
 * table, then {@code O(product of the summed variables' value counts)} per configuration.
 */
public final class PluginEvaluation {

    private PluginEvaluation() {
    }

    /**
     * @param graph the causal graph
     * @param data the discrete data
     * @param outcome values of the outcomes, e.g. {@code {y=1}}
     * @param intervention values set by intervention, e.g. {@code {x=0}} (may be empty)
     * @param given values of conditioning variables (may be empty)
     * @return the plug-in probability
     * @throws NotIdentifiableException if the query is not identifiable from the graph
     * @throws ZeroProbabilityException if the formula divides by a zero probability at every usable configuration
     * @throws IllegalArgumentException for an unknown node or column, or a value that does not occur in the data
     */
    public static InterventionalProbability evaluate(CausalGraph graph, DiscreteData data, Map<String, String> outcome,
            Map<String, String> intervention, Map<String, String> given) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(data, "data");
        CausalQuery query = new CausalQuery(List.copyOf(outcome.keySet()), List.copyOf(intervention.keySet()),
                List.copyOf(given.keySet()));
        IdResult result = IdAlgorithm.identify(graph, query);
        if (result instanceof IdResult.NotIdentified n) {
            throw new NotIdentifiableException(n);
        }
        IdResult.Identified identified = (IdResult.Identified) result;
        Map<String, String> values = new LinkedHashMap<>(outcome);
        values.putAll(intervention);
        values.putAll(given);
        for (String v : identified.formula().freeVariables()) {
            if (!data.data().hasColumn(v)) {
                throw new IllegalArgumentException("the formula " + identified.formula().toText() + " needs column '" + v
                        + "', which the data do not have; the columns are " + data.data().columnNames());
            }
        }
        for (Map.Entry<String, String> e : values.entrySet()) {
            data.code(e.getKey(), e.getValue());
        }
        List<String> arbitrary = IdAlgorithm.arbitraryVariables(identified);
        Provenance provenance = Provenance.of(data.data().sha256(), data.rowCount(), "id-plugin",
                Map.of("query", query.toText(), "formula", identified.formula().toText()), OptionalLong.empty());
        if (arbitrary.isEmpty()) {
            double value = data.evaluate(identified.formula(), values);
            return new InterventionalProbability(identified.estimand(), values, clamp(value), List.of(), 1, 0, provenance);
        }
        return averaged(identified, data, values, arbitrary, provenance);
    }

    private static InterventionalProbability averaged(IdResult.Identified identified, DiscreteData data,
            Map<String, String> values, List<String> arbitrary, Provenance provenance) {
        List<String> sorted = DiscreteData.sorted(arbitrary);
        long[] radix = data.radices(sorted);
        double weighted = 0;
        double usedWeight = 0;
        int used = 0;
        int skipped = 0;
        ZeroProbabilityException first = null;
        for (Map.Entry<Long, Double> cell : data.table(sorted).entrySet()) {
            Map<String, String> point = new HashMap<>(values);
            for (int i = sorted.size() - 1; i >= 0; i--) {
                int code = (int) ((cell.getKey() / radix[i]) % data.variable(sorted.get(i)).levelCount());
                point.put(sorted.get(i), data.values(sorted.get(i)).get(code));
            }
            try {
                double v = data.evaluate(identified.formula(), point);
                weighted += cell.getValue() * v;
                usedWeight += cell.getValue();
                used++;
            } catch (ZeroProbabilityException e) {
                skipped++;
                if (first == null) {
                    first = e;
                }
            }
        }
        if (used == 0) {
            throw new ZeroProbabilityException("the formula is undefined at every observed value of "
                    + String.join(", ", arbitrary) + "; for example: " + first.getMessage());
        }
        return new InterventionalProbability(identified.estimand(), values, clamp(weighted / usedWeight),
                new ArrayList<>(arbitrary), used, skipped, provenance);
    }

    /** Rounding can leave a sum of products of frequencies a few ulps outside [0, 1]; larger excursions are kept. */
    private static double clamp(double p) {
        if (p < 0 && p > -1e-12) {
            return 0;
        }
        return p > 1 && p < 1 + 1e-12 ? 1 : p;
    }
}
