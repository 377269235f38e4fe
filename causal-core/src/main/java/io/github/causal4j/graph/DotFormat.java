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

import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.ImportException;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.dot.DOTImporter;

/**
 * DOT import and export through JGraphT's {@code jgrapht-io}. Conventions: a directed edge is
 * {@code a -> b}; a bidirected edge is {@code a -> b [dir=both, style=dashed]}; roles are a
 * node attribute {@code role="exposure,latent"} (latent nodes are also drawn dashed) and a dagitty
 * position is {@code pos}. Other DOT attributes (colours, shapes, labels) are ignored on import.
 */
final class DotFormat {

    private DotFormat() {
    }

    /** An imported edge; identity equality so that parallel edges stay distinct. */
    private static final class DotEdge {
        final Map<String, String> attributes = new HashMap<>();
    }

    private static final java.util.regex.Pattern HEADER =
            java.util.regex.Pattern.compile("^\\s*(?:strict\\s+)?(digraph|graph)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    static CausalGraph parse(String dot) {
        java.util.regex.Matcher header = HEADER.matcher(dot);
        if (header.find() && header.group(1).equalsIgnoreCase("graph")) {
            throw new GraphParseException("an undirected DOT 'graph' cannot be a causal graph: use 'digraph'", 1, 1);
        }
        Graph<String, DotEdge> g = new DirectedPseudograph<>(null, DotEdge::new, false);
        Map<String, Map<String, String>> nodeAttributes = new LinkedHashMap<>();
        DOTImporter<String, DotEdge> importer = new DOTImporter<>();
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((p, a) ->
                nodeAttributes.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a.getValue()));
        importer.addEdgeAttributeConsumer((p, a) -> p.getFirst().attributes.put(p.getSecond(), a.getValue()));
        try {
            importer.importGraph(g, new StringReader(dot));
        } catch (ImportException e) {
            throw new GraphParseException("cannot parse DOT: " + e.getMessage(), e);
        }
        CausalGraph.Builder b = CausalGraph.builder();
        for (String v : g.vertexSet()) {
            b.node(v);
            Map<String, String> attrs = nodeAttributes.getOrDefault(v, Map.of());
            String roles = attrs.get("role");
            if (roles != null && !roles.isBlank()) {
                for (String word : roles.split(",")) {
                    NodeRole r = NodeRole.fromDagitty(word.strip().toLowerCase(Locale.ROOT));
                    if (r == null) {
                        throw new GraphParseException("node '" + v + "' has an unknown role '" + word.strip()
                                + "'; known: exposure, outcome, latent, adjusted, selected", null);
                    }
                    b.role(v, r);
                }
            }
            if (attrs.containsKey("pos")) {
                b.position(v, attrs.get("pos"));
            }
        }
        for (DotEdge e : g.edgeSet()) {
            String from = g.getEdgeSource(e);
            String to = g.getEdgeTarget(e);
            if (from.equals(to)) {
                throw new GraphParseException("self-loop on '" + from + "' in DOT input", null);
            }
            if ("both".equalsIgnoreCase(e.attributes.get("dir"))) {
                b.bidirected(from, to);
            } else {
                b.edge(from, to);
            }
        }
        return b.build();
    }

    static String print(CausalGraph graph) {
        Graph<String, Edge> g = new DirectedPseudograph<>(null, null, false);
        for (String v : graph.nodes()) {
            g.addVertex(v);
        }
        for (Edge e : graph.edges()) {
            g.addEdge(e.from(), e.to(), e);
        }
        DOTExporter<String, Edge> exporter = new DOTExporter<>(DotFormat::quoteId);
        exporter.setGraphIdProvider(() -> "causal");
        exporter.setVertexAttributeProvider(v -> {
            Map<String, Attribute> attrs = new LinkedHashMap<>();
            StringBuilder roles = new StringBuilder();
            for (NodeRole r : graph.roles(v)) {
                if (roles.length() > 0) {
                    roles.append(',');
                }
                roles.append(r.dagittyName());
            }
            if (roles.length() > 0) {
                attrs.put("role", DefaultAttribute.createAttribute(roles.toString()));
            }
            if (graph.hasRole(v, NodeRole.LATENT)) {
                attrs.put("style", DefaultAttribute.createAttribute("dashed"));
            }
            String pos = graph.position(v);
            if (pos != null) {
                attrs.put("pos", DefaultAttribute.createAttribute(pos));
            }
            return attrs;
        });
        exporter.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> attrs = new LinkedHashMap<>();
            if (e.type() == EdgeType.BIDIRECTED) {
                attrs.put("dir", DefaultAttribute.createAttribute("both"));
                attrs.put("style", DefaultAttribute.createAttribute("dashed"));
            }
            return attrs;
        });
        StringWriter out = new StringWriter();
        exporter.exportGraph(g, out);
        return out.toString();
    }

    private static String quoteId(String name) {
        return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
