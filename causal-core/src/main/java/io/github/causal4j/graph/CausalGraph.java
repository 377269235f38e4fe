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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable acyclic directed mixed graph (ADMG): directed edges {@code a -> b} (direct causes)
 * and bidirected edges {@code a <-> b} (a shared unobserved cause), with node roles (exposure,
 * outcome, latent, adjusted, selected). A DAG is the special case without bidirected edges.
 *
 * <p>Graphs are built with {@link #builder()}, parsed from dagitty syntax with {@link #parse(String)}
 * or from DOT with {@link #parseDot(String)}, and changed with {@code with...}/{@code without...}
 * methods that return new graphs. A directed cycle is rejected with a {@link CyclicGraphException}
 * naming its nodes.
 *
 * <p>Queries take and return node names; node sets come back in node order (the order in which
 * nodes were first declared). d-separation ({@link #isDSeparated}) runs in time linear in the size
 * of the graph; {@link #index()} gives algorithm writers the same graph as int ids.
 *
 * <pre>{@code
 * CausalGraph g = CausalGraph.parse("dag { z -> x -> y; z -> y; x [exposure]; y [outcome] }");
 * g.isDSeparated(Set.of("x"), Set.of("y"), Set.of("z"));   // false: x -> y is open
 * }</pre>
 */
public final class CausalGraph {

    private final String[] names;
    private final Map<String, Integer> ids;
    private final int[][] parents;
    private final int[][] children;
    private final int[][] spouses;
    private final byte[] roles;
    private final String[] positions;
    private final int[] topologicalOrder;
    private final GraphIndex index;

    private CausalGraph(String[] names, Map<String, Integer> ids, int[][] parents, int[][] children, int[][] spouses,
            byte[] roles, String[] positions) {
        this.names = names;
        this.ids = ids;
        this.parents = parents;
        this.children = children;
        this.spouses = spouses;
        this.roles = roles;
        this.positions = positions;
        this.topologicalOrder = TopologicalSort.orderOrThrow(names, parents, children);
        this.index = new GraphIndex(this, parents, children, spouses);
    }

    /** @return a builder for a new graph */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder that starts from this graph's nodes, edges and roles */
    public Builder toBuilder() {
        Builder b = new Builder();
        for (int v = 0; v < names.length; v++) {
            copyNode(v, b);
        }
        for (Edge e : edges()) {
            b.edge(e);
        }
        return b;
    }

    /**
     * Parses dagitty syntax, e.g. {@code dag { a -> b; b <-> c; {x y} -> z; u [latent] }}.
     *
     * @param dagitty the graph text
     * @return the graph
     * @throws GraphParseException with line and column if the text is malformed
     * @throws CyclicGraphException if the edges close a directed cycle
     */
    public static CausalGraph parse(String dagitty) {
        return new DagittyParser(dagitty).parse();
    }

    /**
     * Parses a DOT digraph: {@code a -> b} is a directed edge, an edge with {@code dir=both} a
     * bidirected one, and a node attribute {@code role="exposure,latent"} gives roles.
     *
     * @param dot the DOT text
     * @return the graph
     * @throws GraphParseException if the text is malformed
     */
    public static CausalGraph parseDot(String dot) {
        return DotFormat.parse(dot);
    }

    /**
     * Reads a graph from a file: DOT if the name ends in {@code .dot} or {@code .gv}, dagitty otherwise.
     *
     * @param path the file
     * @return the graph
     */
    public static CausalGraph read(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read graph file " + path + ": " + e.getMessage(), e);
        }
        String file = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return file.endsWith(".dot") || file.endsWith(".gv") ? parseDot(text) : parse(text);
    }

    /** @return the graph in dagitty syntax, one statement per line; {@code parse(toDagitty())} equals this graph */
    public String toDagitty() {
        return DagittyPrinter.print(this);
    }

    /** @return the graph as a DOT digraph; {@code parseDot(toDot())} equals this graph */
    public String toDot() {
        return DotFormat.print(this);
    }

    /** @return the int-indexed view of this graph */
    public GraphIndex index() {
        return index;
    }

    // ---------------------------------------------------------------- nodes and edges

    /** @return the node names in node order */
    public List<String> nodes() {
        return List.of(names);
    }

    /** @return the number of nodes */
    public int nodeCount() {
        return names.length;
    }

    /** @return the number of edges (directed plus bidirected) */
    public int edgeCount() {
        int count = 0;
        for (int v = 0; v < names.length; v++) {
            count += children[v].length + spouses[v].length;
        }
        return count - bidirectedCount();
    }

    private int bidirectedCount() {
        int count = 0;
        for (int[] s : spouses) {
            count += s.length;
        }
        return count / 2;
    }

    /**
     * @param node a name
     * @return whether the graph has that node
     */
    public boolean contains(String node) {
        return ids.containsKey(node);
    }

    /** @return every edge: directed edges by tail then head, then bidirected edges, in node order */
    public List<Edge> edges() {
        List<Edge> out = new ArrayList<>();
        for (int v = 0; v < names.length; v++) {
            for (int c : children[v]) {
                out.add(Edge.directed(names[v], names[c]));
            }
        }
        for (int v = 0; v < names.length; v++) {
            for (int s : spouses[v]) {
                if (s > v) {
                    out.add(Edge.bidirected(names[v], names[s]));
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * @param from a node
     * @param to a node
     * @return whether {@code from -> to} is an edge
     */
    public boolean hasDirectedEdge(String from, String to) {
        return index.hasDirectedEdge(requireId(from), requireId(to));
    }

    /**
     * @param a a node
     * @param b a node
     * @return whether {@code a <-> b} is an edge
     */
    public boolean hasBidirectedEdge(String a, String b) {
        return index.hasBidirectedEdge(requireId(a), requireId(b));
    }

    /** @return whether the graph has no bidirected edge (a DAG) */
    public boolean isDag() {
        return bidirectedCount() == 0;
    }

    // ---------------------------------------------------------------- roles

    /**
     * @param node a node
     * @param role a role
     * @return whether the node carries the role
     */
    public boolean hasRole(String node, NodeRole role) {
        return hasRole(requireId(node), role);
    }

    boolean hasRole(int id, NodeRole role) {
        return (roles[id] & (1 << role.ordinal())) != 0;
    }

    /**
     * @param node a node
     * @return its roles
     */
    public Set<NodeRole> roles(String node) {
        int id = requireId(node);
        EnumSet<NodeRole> out = EnumSet.noneOf(NodeRole.class);
        for (NodeRole r : NodeRole.values()) {
            if (hasRole(id, r)) {
                out.add(r);
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /**
     * @param role a role
     * @return the nodes with that role, in node order
     */
    public Set<String> nodesWith(NodeRole role) {
        Set<String> out = new LinkedHashSet<>();
        for (int v = 0; v < names.length; v++) {
            if (hasRole(v, role)) {
                out.add(names[v]);
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /** @return the exposure nodes */
    public Set<String> exposures() {
        return nodesWith(NodeRole.EXPOSURE);
    }

    /** @return the outcome nodes */
    public Set<String> outcomes() {
        return nodesWith(NodeRole.OUTCOME);
    }

    /** @return the latent nodes */
    public Set<String> latents() {
        return nodesWith(NodeRole.LATENT);
    }

    /** @return the adjusted nodes */
    public Set<String> adjusted() {
        return nodesWith(NodeRole.ADJUSTED);
    }

    /**
     * @param node a node
     * @return its dagitty layout position {@code "x,y"}, or {@code null} if none was given
     */
    public String position(String node) {
        return positions[requireId(node)];
    }

    // ---------------------------------------------------------------- kinship

    /**
     * @param node a node
     * @return its parents
     */
    public Set<String> parents(String node) {
        return namesOf(parents[requireId(node)]);
    }

    /**
     * @param node a node
     * @return its children
     */
    public Set<String> children(String node) {
        return namesOf(children[requireId(node)]);
    }

    /**
     * @param node a node
     * @return its spouses: the nodes joined to it by a bidirected edge
     */
    public Set<String> spouses(String node) {
        return namesOf(spouses[requireId(node)]);
    }

    /**
     * @param nodes some nodes
     * @return the nodes and all their ancestors (the convention of dagitty and Pearl: a node is its own ancestor)
     */
    public Set<String> ancestors(Collection<String> nodes) {
        return namesOf(index.ancestors(idsOf(nodes, "nodes")));
    }

    /**
     * @param node a node
     * @return the node and its ancestors
     */
    public Set<String> ancestors(String node) {
        return ancestors(List.of(node));
    }

    /**
     * @param nodes some nodes
     * @return the nodes and all their descendants (a node is its own descendant)
     */
    public Set<String> descendants(Collection<String> nodes) {
        return namesOf(index.descendants(idsOf(nodes, "nodes")));
    }

    /**
     * @param node a node
     * @return the node and its descendants
     */
    public Set<String> descendants(String node) {
        return descendants(List.of(node));
    }

    /**
     * @param node a node
     * @return its district (c-component): the nodes joined to it by bidirected paths, itself included
     */
    public Set<String> district(String node) {
        BitSet seed = new BitSet();
        seed.set(requireId(node));
        return namesOf(index.districtOf(seed));
    }

    /** @return the districts (c-components) partitioning the nodes, each in node order, ordered by first node */
    public List<Set<String>> districts() {
        BitSet assigned = new BitSet(names.length);
        List<Set<String>> out = new ArrayList<>();
        for (int v = 0; v < names.length; v++) {
            if (!assigned.get(v)) {
                BitSet seed = new BitSet();
                seed.set(v);
                BitSet district = index.districtOf(seed);
                assigned.or(district);
                out.add(namesOf(district));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** @return the nodes in a topological order: parents before children, deterministic */
    public List<String> topologicalOrder() {
        List<String> out = new ArrayList<>(names.length);
        for (int v : topologicalOrder) {
            out.add(names[v]);
        }
        return Collections.unmodifiableList(out);
    }

    int[] topologicalIds() {
        return topologicalOrder.clone();
    }

    /**
     * @param nodes the nodes to keep
     * @return the induced subgraph: those nodes, their roles, and the edges among them
     */
    public CausalGraph inducedSubgraph(Collection<String> nodes) {
        BitSet keep = idsOf(nodes, "nodes");
        Builder b = new Builder();
        for (int v = keep.nextSetBit(0); v >= 0; v = keep.nextSetBit(v + 1)) {
            copyNode(v, b);
        }
        for (int v = keep.nextSetBit(0); v >= 0; v = keep.nextSetBit(v + 1)) {
            for (int c : children[v]) {
                if (keep.get(c)) {
                    b.edge(names[v], names[c]);
                }
            }
            for (int s : spouses[v]) {
                if (s > v && keep.get(s)) {
                    b.bidirected(names[v], names[s]);
                }
            }
        }
        return b.build();
    }

    // ---------------------------------------------------------------- d-separation

    /**
     * Whether {@code x} and {@code y} are d-separated (m-separated, in a graph with bidirected
     * edges) given {@code z}: every path between them is blocked. Runs in {@code O(V + E)}.
     *
     * @param x nodes, non-empty
     * @param y nodes, non-empty, disjoint from {@code x}
     * @param z conditioning nodes, disjoint from {@code x} and {@code y} (may be empty)
     * @return whether {@code x} is d-separated from {@code y} given {@code z}
     * @throws IllegalArgumentException for an unknown node, an empty {@code x} or {@code y}, or overlapping sets
     */
    public boolean isDSeparated(Collection<String> x, Collection<String> y, Collection<String> z) {
        BitSet xs = idsOf(x, "x");
        BitSet ys = idsOf(y, "y");
        BitSet zs = idsOf(z, "given");
        requireNonEmpty(xs, "x");
        requireNonEmpty(ys, "y");
        requireDisjoint(xs, ys, "x", "y");
        requireDisjoint(xs, zs, "x", "given");
        requireDisjoint(ys, zs, "y", "given");
        return index.dSeparated(xs, ys, zs);
    }

    /**
     * The nodes d-connected to {@code x} given {@code z}: those not in {@code x} or {@code z}
     * joined to some node of {@code x} by a path that {@code z} leaves open. Runs in {@code O(V + E)}.
     *
     * @param x nodes, non-empty
     * @param z conditioning nodes, disjoint from {@code x}
     * @return the d-connected nodes, in node order
     */
    public Set<String> dConnected(Collection<String> x, Collection<String> z) {
        BitSet xs = idsOf(x, "x");
        BitSet zs = idsOf(z, "given");
        requireNonEmpty(xs, "x");
        requireDisjoint(xs, zs, "x", "given");
        return namesOf(index.dConnected(xs, zs));
    }

    // ---------------------------------------------------------------- latent projection

    /**
     * The latent projection (Verma &amp; Pearl 1990; Evans 2016) onto the observed nodes: latent
     * nodes are removed, {@code a -> b} is added when a directed path from {@code a} to {@code b}
     * runs through latent nodes only, and {@code a <-> b} when a path between them has only latent
     * non-colliders inside and arrowheads at both ends. d-separation among the observed nodes is
     * preserved.
     *
     * @return the projected ADMG (this graph if there are no latent nodes)
     */
    public CausalGraph latentProjection() {
        return LatentProjection.project(this);
    }

    // ---------------------------------------------------------------- withers

    /**
     * @param from cause (added if new)
     * @param to effect (added if new)
     * @return this graph plus {@code from -> to}
     * @throws CyclicGraphException if the edge closes a cycle
     */
    public CausalGraph withEdge(String from, String to) {
        return toBuilder().edge(from, to).build();
    }

    /**
     * @param a one end (added if new)
     * @param b other end (added if new)
     * @return this graph plus {@code a <-> b}
     */
    public CausalGraph withBidirectedEdge(String a, String b) {
        return toBuilder().bidirected(a, b).build();
    }

    /**
     * @param from tail
     * @param to head
     * @return this graph without {@code from -> to}
     * @throws IllegalArgumentException if there is no such edge
     */
    public CausalGraph withoutEdge(String from, String to) {
        if (!hasDirectedEdge(from, to)) {
            throw new IllegalArgumentException("the graph has no edge " + from + " -> " + to);
        }
        return withEdgesWhere(e -> !(e.type() == EdgeType.DIRECTED && e.from().equals(from) && e.to().equals(to)));
    }

    /**
     * @param a one end
     * @param b other end
     * @return this graph without {@code a <-> b}
     * @throws IllegalArgumentException if there is no such edge
     */
    public CausalGraph withoutBidirectedEdge(String a, String b) {
        if (!hasBidirectedEdge(a, b)) {
            throw new IllegalArgumentException("the graph has no edge " + a + " <-> " + b);
        }
        return withEdgesWhere(e -> !(e.type() == EdgeType.BIDIRECTED
                && ((e.from().equals(a) && e.to().equals(b)) || (e.from().equals(b) && e.to().equals(a)))));
    }

    /**
     * @param node a new node
     * @return this graph plus an isolated node (itself if the node exists)
     */
    public CausalGraph withNode(String node) {
        return toBuilder().node(node).build();
    }

    /**
     * @param nodes nodes to remove
     * @return the graph induced by the other nodes
     */
    public CausalGraph withoutNodes(Collection<String> nodes) {
        BitSet drop = idsOf(nodes, "nodes");
        List<String> keep = new ArrayList<>();
        for (int v = 0; v < names.length; v++) {
            if (!drop.get(v)) {
                keep.add(names[v]);
            }
        }
        return inducedSubgraph(keep);
    }

    /**
     * @param node an existing node
     * @param role a role
     * @return this graph with the role added to the node
     */
    public CausalGraph withRole(String node, NodeRole role) {
        requireId(node);
        return toBuilder().role(node, role).build();
    }

    /**
     * @param node an existing node
     * @param role a role
     * @return this graph with the role removed from the node
     */
    public CausalGraph withoutRole(String node, NodeRole role) {
        requireId(node);
        Builder b = toBuilder();
        b.roles.computeIfAbsent(node, k -> EnumSet.noneOf(NodeRole.class)).remove(role);
        return b.build();
    }

    private CausalGraph withEdgesWhere(java.util.function.Predicate<Edge> keepEdge) {
        Builder b = new Builder();
        for (int v = 0; v < names.length; v++) {
            copyNode(v, b);
        }
        for (Edge e : edges()) {
            if (keepEdge.test(e)) {
                b.edge(e);
            }
        }
        return b.build();
    }

    /** Adds node {@code v} with its roles and position to a builder. */
    private void copyNode(int v, Builder b) {
        b.node(names[v]);
        for (NodeRole r : NodeRole.values()) {
            if (hasRole(v, r)) {
                b.role(names[v], r);
            }
        }
        if (positions[v] != null) {
            b.position(names[v], positions[v]);
        }
    }

    // ---------------------------------------------------------------- helpers

    int requireId(String name) {
        Objects.requireNonNull(name, "node name");
        Integer id = ids.get(name);
        if (id == null) {
            throw new IllegalArgumentException("unknown node '" + name + "'; the graph has " + describeNodes());
        }
        return id;
    }

    String nameOf(int id) {
        return names[id];
    }

    private String describeNodes() {
        if (names.length <= 20) {
            return "nodes " + Arrays.toString(names);
        }
        return names.length + " nodes (" + String.join(", ", Arrays.copyOf(names, 10)) + ", ...)";
    }

    private BitSet idsOf(Collection<String> nodes, String what) {
        Objects.requireNonNull(nodes, what);
        BitSet out = new BitSet(names.length);
        for (String n : nodes) {
            out.set(requireId(n));
        }
        return out;
    }

    private static void requireNonEmpty(BitSet set, String what) {
        if (set.isEmpty()) {
            throw new IllegalArgumentException(what + " must name at least one node");
        }
    }

    private void requireDisjoint(BitSet a, BitSet b, String aName, String bName) {
        if (a.intersects(b)) {
            BitSet both = (BitSet) a.clone();
            both.and(b);
            throw new IllegalArgumentException(aName + " and " + bName + " must be disjoint; both contain "
                    + namesOf(both));
        }
    }

    private Set<String> namesOf(int[] nodeIds) {
        Set<String> out = new LinkedHashSet<>();
        for (int v : nodeIds) {
            out.add(names[v]);
        }
        return Collections.unmodifiableSet(out);
    }

    /**
     * @param nodeIds node ids
     * @return the names of the ids, in node order
     */
    Set<String> namesOf(BitSet nodeIds) {
        Set<String> out = new LinkedHashSet<>();
        for (int v = nodeIds.nextSetBit(0); v >= 0; v = nodeIds.nextSetBit(v + 1)) {
            out.add(names[v]);
        }
        return Collections.unmodifiableSet(out);
    }

    /** Equal graphs have the same nodes, edges, roles and positions; node order does not matter. */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CausalGraph other) || other.names.length != names.length) {
            return false;
        }
        for (int v = 0; v < names.length; v++) {
            Integer w = other.ids.get(names[v]);
            if (w == null || other.roles[w] != roles[v] || !Objects.equals(other.positions[w], positions[v])) {
                return false;
            }
        }
        return new java.util.HashSet<>(edgesNormalised()).equals(new java.util.HashSet<>(other.edgesNormalised()));
    }

    private List<Edge> edgesNormalised() {
        List<Edge> out = new ArrayList<>();
        for (Edge e : edges()) {
            if (e.type() == EdgeType.BIDIRECTED && e.from().compareTo(e.to()) > 0) {
                out.add(Edge.bidirected(e.to(), e.from()));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (int v = 0; v < names.length; v++) {
            h += names[v].hashCode() * 31 + roles[v];
        }
        for (Edge e : edgesNormalised()) {
            h += e.hashCode();
        }
        return h;
    }

    /** @return a one-line summary, e.g. {@code CausalGraph[5 nodes, 6 edges (1 bidirected); exposure x; outcome y]} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("CausalGraph[").append(names.length).append(" nodes, ")
                .append(edgeCount()).append(" edges");
        int bidirected = bidirectedCount();
        if (bidirected > 0) {
            sb.append(" (").append(bidirected).append(" bidirected)");
        }
        for (NodeRole r : NodeRole.values()) {
            Set<String> with = nodesWith(r);
            if (!with.isEmpty()) {
                sb.append("; ").append(r.dagittyName()).append(' ').append(String.join(",", with));
            }
        }
        return sb.append(']').toString();
    }

    /**
     * Collects nodes, edges and roles, then builds an immutable {@link CausalGraph}. Nodes named in
     * edges are added automatically, in order of first mention; repeated edges are kept once.
     */
    public static final class Builder {

        private final LinkedHashSet<String> nodes = new LinkedHashSet<>();
        private final LinkedHashSet<Edge> directed = new LinkedHashSet<>();
        private final LinkedHashSet<Edge> bidirected = new LinkedHashSet<>();
        private final Map<String, EnumSet<NodeRole>> roles = new HashMap<>();
        private final Map<String, String> positions = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * @param name a node
         * @return this builder
         */
        public Builder node(String name) {
            Objects.requireNonNull(name, "node name");
            if (name.isEmpty()) {
                throw new IllegalArgumentException("a node name cannot be empty");
            }
            nodes.add(name);
            return this;
        }

        /**
         * @param name a node (added if new)
         * @param nodeRoles roles it carries
         * @return this builder
         */
        public Builder node(String name, NodeRole... nodeRoles) {
            node(name);
            for (NodeRole r : nodeRoles) {
                role(name, r);
            }
            return this;
        }

        /**
         * @param from cause
         * @param to effect
         * @return this builder, with {@code from -> to}
         */
        public Builder edge(String from, String to) {
            return edge(Edge.directed(from, to));
        }

        /**
         * @param a one end
         * @param b other end
         * @return this builder, with {@code a <-> b}
         */
        public Builder bidirected(String a, String b) {
            return edge(Edge.bidirected(a, b));
        }

        /**
         * @param e an edge
         * @return this builder, with the edge
         */
        public Builder edge(Edge e) {
            node(e.from());
            node(e.to());
            if (e.type() == EdgeType.DIRECTED) {
                directed.add(e);
            } else {
                Edge reverse = Edge.bidirected(e.to(), e.from());
                if (!bidirected.contains(reverse)) {
                    bidirected.add(e);
                }
            }
            return this;
        }

        /**
         * @param name a node (added if new)
         * @param role a role for it
         * @return this builder
         */
        public Builder role(String name, NodeRole role) {
            node(name);
            roles.computeIfAbsent(name, k -> EnumSet.noneOf(NodeRole.class)).add(Objects.requireNonNull(role, "role"));
            return this;
        }

        /**
         * @param names exposure nodes
         * @return this builder
         */
        public Builder exposure(String... names) {
            for (String n : names) {
                role(n, NodeRole.EXPOSURE);
            }
            return this;
        }

        /**
         * @param names outcome nodes
         * @return this builder
         */
        public Builder outcome(String... names) {
            for (String n : names) {
                role(n, NodeRole.OUTCOME);
            }
            return this;
        }

        /**
         * @param names latent nodes
         * @return this builder
         */
        public Builder latent(String... names) {
            for (String n : names) {
                role(n, NodeRole.LATENT);
            }
            return this;
        }

        /**
         * @param name a node (added if new)
         * @param position a dagitty layout position {@code "x,y"}
         * @return this builder
         */
        public Builder position(String name, String position) {
            node(name);
            positions.put(name, Objects.requireNonNull(position, "position"));
            return this;
        }

        /**
         * @return the graph
         * @throws CyclicGraphException if the directed edges close a cycle
         * @throws IllegalArgumentException if a node is both exposure and outcome
         */
        public CausalGraph build() {
            String[] names = nodes.toArray(String[]::new);
            Map<String, Integer> ids = new HashMap<>(names.length * 2);
            for (int i = 0; i < names.length; i++) {
                ids.put(names[i], i);
            }
            int n = names.length;
            int[] parentCount = new int[n];
            int[] childCount = new int[n];
            int[] spouseCount = new int[n];
            for (Edge e : directed) {
                childCount[ids.get(e.from())]++;
                parentCount[ids.get(e.to())]++;
            }
            for (Edge e : bidirected) {
                spouseCount[ids.get(e.from())]++;
                spouseCount[ids.get(e.to())]++;
            }
            int[][] parents = allocate(parentCount);
            int[][] children = allocate(childCount);
            int[][] spouses = allocate(spouseCount);
            Arrays.fill(parentCount, 0);
            Arrays.fill(childCount, 0);
            Arrays.fill(spouseCount, 0);
            for (Edge e : directed) {
                int f = ids.get(e.from());
                int t = ids.get(e.to());
                children[f][childCount[f]++] = t;
                parents[t][parentCount[t]++] = f;
            }
            for (Edge e : bidirected) {
                int a = ids.get(e.from());
                int b = ids.get(e.to());
                spouses[a][spouseCount[a]++] = b;
                spouses[b][spouseCount[b]++] = a;
            }
            for (int v = 0; v < n; v++) {
                Arrays.sort(parents[v]);
                Arrays.sort(children[v]);
                Arrays.sort(spouses[v]);
            }
            byte[] roleBits = new byte[n];
            String[] pos = new String[n];
            for (Map.Entry<String, EnumSet<NodeRole>> e : roles.entrySet()) {
                EnumSet<NodeRole> set = e.getValue();
                if (set.contains(NodeRole.EXPOSURE) && set.contains(NodeRole.OUTCOME)) {
                    throw new IllegalArgumentException("node '" + e.getKey() + "' cannot be both exposure and outcome");
                }
                int id = ids.get(e.getKey());
                for (NodeRole r : set) {
                    roleBits[id] |= (byte) (1 << r.ordinal());
                }
            }
            for (Map.Entry<String, String> e : positions.entrySet()) {
                pos[ids.get(e.getKey())] = e.getValue();
            }
            return new CausalGraph(names, Collections.unmodifiableMap(ids), parents, children, spouses, roleBits, pos);
        }

        private static int[][] allocate(int[] counts) {
            int[][] out = new int[counts.length][];
            for (int v = 0; v < counts.length; v++) {
                out[v] = counts[v] == 0 ? EMPTY : new int[counts[v]];
            }
            return out;
        }

        private static final int[] EMPTY = new int[0];
    }
}
