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
package io.github.causal4j.cli;

import io.github.causal4j.graph.CausalGraph;
import java.util.ArrayList;
import java.util.List;

/** Treatment and outcome options that default to the graph's {@code [exposure]} and {@code [outcome]} marks. */
final class GraphRoles {

    private GraphRoles() {
    }

    static List<String> treatments(CausalGraph g, List<String> option) {
        List<String> given = Lists.split(option);
        if (!given.isEmpty()) {
            return given;
        }
        if (g.exposures().isEmpty()) {
            throw new UserInputException("--treatment is required (or mark a node [exposure] in the graph)");
        }
        return new ArrayList<>(g.exposures());
    }

    static List<String> outcomes(CausalGraph g, List<String> option) {
        List<String> given = Lists.split(option);
        if (!given.isEmpty()) {
            return given;
        }
        if (g.outcomes().isEmpty()) {
            throw new UserInputException("--outcome is required (or mark a node [outcome] in the graph)");
        }
        return new ArrayList<>(g.outcomes());
    }

    static List<String> sorted(java.util.Collection<String> names) {
        List<String> out = new ArrayList<>(names);
        java.util.Collections.sort(out);
        return out;
    }
}
