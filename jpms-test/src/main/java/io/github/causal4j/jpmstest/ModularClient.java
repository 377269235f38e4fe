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
package io.github.causal4j.jpmstest;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.LinearRegression;
import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.llm.GraphSuggesterProvider;
import io.github.causal4j.sensitivity.EValues;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The calls a modular application makes, compiled against the exported packages only: if a
 * package this class uses were not exported, this module would not compile.
 */
public final class ModularClient {

    private ModularClient() {
    }

    /**
     * @param dagitty a graph in dagitty syntax
     * @param x one node
     * @param y another node
     * @param given the conditioning set
     * @return whether {@code x} and {@code y} are d-separated given {@code given} (causal-core)
     */
    public static boolean dSeparated(String dagitty, String x, String y, List<String> given) {
        return CausalGraph.parse(dagitty).isDSeparated(List.of(x), List.of(y), given);
    }

    /**
     * @param x the regressor
     * @param y the outcome
     * @return the OLS slope of {@code y ~ x} with an intercept (causal-estimators, an automatic module)
     */
    public static double olsSlope(double[] x, double[] y) {
        Dataset data = Dataset.builder().numeric("x", x).numeric("y", y).build();
        return LinearRegression.ols().fit(data, "y", List.of("x")).coefficient("x").estimate();
    }

    /**
     * @param riskRatio an observed risk ratio above 1
     * @return its E-value (causal-sensitivity, an automatic module)
     */
    public static double eValue(double riskRatio) {
        return EValues.ofRiskRatio(riskRatio);
    }

    /**
     * @return the scheme of every graph-suggester provider this module's {@code uses} clause lets
     *     ServiceLoader find, mapped to the module that provides it
     */
    public static Map<String, Module> suggesterProviders() {
        Map<String, Module> found = new TreeMap<>();
        for (ServiceLoader.Provider<GraphSuggesterProvider> p : ServiceLoader.load(GraphSuggesterProvider.class)
                .stream().toList()) {
            found.put(p.get().scheme(), p.type().getModule());
        }
        return found;
    }
}
