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
