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
import io.github.causal4j.graph.NodeRole;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a graph edge by edge, refusing any directed edge that would close a cycle. Fed strongest
 * first, this is the greedy rule "drop the weakest edge of every cycle": an edge is refused exactly
 * when edges of higher confidence already lead from its head back to its tail. Each insertion test
 * is a breadth-first search, {@code O(V + E)}, so assembling {@code E} edges costs {@code O(E (V + E))}.
 */
final class AcyclicAssembly {

    private final Map<String, Set<NodeRole>> nodes = new LinkedHashMap<>();
    private final Map<String, String> positions = new HashMap<>();
    private final Map<String, Set<String>> children = new HashMap<>();
    private final Set<String> bidirected = new LinkedHashSet<>();
    private final List<String[]> bidirectedEdges = new ArrayList<>();

    void node(String name) {
        if (!nodes.containsKey(name)) {
            nodes.put(name, EnumSet.noneOf(NodeRole.class));
            children.put(name, new LinkedHashSet<>());
        }
    }

    void latent(String name) {
        node(name);
        nodes.get(name).add(NodeRole.LATENT);
    }

    void role(String name, NodeRole role) {
        node(name);
        nodes.get(name).add(role);
    }

    void position(String name, String position) {
        node(name);
        positions.put(name, position);
    }

    boolean hasAnyRole(NodeRole role) {
        for (Set<NodeRole> r : nodes.values()) {
            if (r.contains(role)) {
                return true;
            }
        }
        return false;
    }

    boolean contains(String name) {
        return nodes.containsKey(name);
    }

    Set<String> nodeNames() {
        return Collections.unmodifiableSet(nodes.keySet());
    }

    boolean hasEdge(String from, String to) {
        Set<String> c = children.get(from);
        return c != null && c.contains(to);
    }

    /**
     * Adds {@code from -> to} unless it would close a directed cycle.
     *
     * @return empty if the edge is in the graph now (added or already there), else the cycle it
     *         would close, as the node path {@code to ... from}
     */
    Optional<List<String>> tryAdd(String from, String to) {
        node(from);
        node(to);
        if (hasEdge(from, to)) {
            return Optional.empty();
        }
        List<String> path = path(to, from);
        if (path != null) {
            return Optional.of(path);
        }
        children.get(from).add(to);
        return Optional.empty();
    }

    void remove(String from, String to) {
        Set<String> c = children.get(from);
        if (c != null) {
            c.remove(to);
        }
    }

    void addBidirected(String a, String b) {
        node(a);
        node(b);
        String key = a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
        if (bidirected.add(key)) {
            bidirectedEdges.add(new String[] {a, b});
        }
    }

    /** Breadth-first search for a directed path; null if none. */
    private List<String> path(String source, String target) {
        if (source.equals(target)) {
            return List.of(source);
        }
        Map<String, String> parent = new HashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>();
        queue.add(source);
        parent.put(source, source);
        while (!queue.isEmpty()) {
            String v = queue.poll();
            for (String c : children.get(v)) {
                if (parent.putIfAbsent(c, v) == null) {
                    if (c.equals(target)) {
                        List<String> out = new ArrayList<>();
                        for (String x = c; ; x = parent.get(x)) {
                            out.add(x);
                            if (x.equals(source)) {
                                break;
                            }
                        }
                        Collections.reverse(out);
                        return out;
                    }
                    queue.add(c);
                }
            }
        }
        return null;
    }

    CausalGraph build() {
        CausalGraph.Builder b = CausalGraph.builder();
        for (Map.Entry<String, Set<NodeRole>> e : nodes.entrySet()) {
            b.node(e.getKey());
            for (NodeRole r : e.getValue()) {
                b.role(e.getKey(), r);
            }
            String p = positions.get(e.getKey());
            if (p != null) {
                b.position(e.getKey(), p);
            }
        }
        for (String from : nodes.keySet()) {
            for (String c : children.get(from)) {
                b.edge(from, c);
            }
        }
        for (String[] e : bidirectedEdges) {
            b.bidirected(e[0], e[1]);
        }
        return b.build();
    }

    /**
     * @param path the node path {@code to ... from} returned by {@link #tryAdd}
     * @return the cycle the edge {@code from -> to} would close, e.g. {@code a -> b -> c -> a}
     */
    static String describeCycle(List<String> path) {
        return String.join(" -> ", path) + " -> " + path.get(0);
    }
}
