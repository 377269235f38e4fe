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
package io.github.causal4j.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints a {@link CausalGraph} in dagitty syntax: a {@code dag { ... }} block with one node
 * statement per line (with its attributes) followed by one edge per line, in node order. Names
 * that are not plain identifiers are quoted.
 */
final class DagittyPrinter {

    private DagittyPrinter() {
    }

    static String print(CausalGraph graph) {
        StringBuilder sb = new StringBuilder("dag {\n");
        for (String node : graph.nodes()) {
            sb.append(quote(node));
            List<String> attributes = new ArrayList<>();
            for (NodeRole r : graph.roles(node)) {
                attributes.add(r.dagittyName());
            }
            String position = graph.position(node);
            if (position != null) {
                attributes.add("pos=\"" + position.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
            }
            if (!attributes.isEmpty()) {
                sb.append(" [").append(String.join(",", attributes)).append(']');
            }
            sb.append('\n');
        }
        for (Edge e : graph.edges()) {
            sb.append(quote(e.from())).append(e.type() == EdgeType.DIRECTED ? " -> " : " <-> ")
                    .append(quote(e.to())).append('\n');
        }
        return sb.append("}\n").toString();
    }

    static String quote(String name) {
        boolean plain = !name.isEmpty() && !name.equals("dag");
        for (int i = 0; i < name.length() && plain; i++) {
            char c = name.charAt(i);
            plain = !Character.isWhitespace(c) && "{}[];,=\"-<>@\\".indexOf(c) < 0 && c != '\uFEFF';
        }
        return plain ? name : "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
