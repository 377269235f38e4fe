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
package io.github.causal4j.llm;

import io.github.causal4j.graph.CausalGraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A ground-truth network for scoring suggestions: variables with descriptions and the true DAG,
 * as in {@code datasets/llm-eval/} ({@code NAME.dagitty} and {@code NAME_variables.csv}; the
 * structures are from the bnlearn repository, CC BY-SA 3.0, see that folder's README).
 *
 * @param name the network's name, e.g. {@code asia}
 * @param variables its variables, in file order
 * @param truth its DAG
 */
public record BenchmarkNetwork(String name, List<Variable> variables, CausalGraph truth) {

    /** Validates that the variables are exactly the graph's nodes. */
    public BenchmarkNetwork {
        Objects.requireNonNull(name, "name");
        variables = List.copyOf(variables);
        Objects.requireNonNull(truth, "truth");
        Set<String> names = new LinkedHashSet<>();
        for (Variable v : variables) {
            names.add(v.name());
        }
        if (!names.equals(new LinkedHashSet<>(truth.nodes()))) {
            List<String> onlyVars = new ArrayList<>(names);
            onlyVars.removeAll(truth.nodes());
            List<String> onlyGraph = new ArrayList<>(truth.nodes());
            onlyGraph.removeAll(names);
            throw new IllegalArgumentException("network " + name + ": variables without a node " + onlyVars
                    + ", nodes without a variable " + onlyGraph);
        }
    }

    /**
     * @param directory a folder holding {@code NAME.dagitty} and {@code NAME_variables.csv}
     * @param name the network's name
     * @return the network
     */
    public static BenchmarkNetwork read(Path directory, String name) {
        CausalGraph g = CausalGraph.read(directory.resolve(name + ".dagitty"));
        List<Variable> vars = Variable.readCsv(directory.resolve(name + "_variables.csv"));
        return new BenchmarkNetwork(name, vars, g);
    }
}
