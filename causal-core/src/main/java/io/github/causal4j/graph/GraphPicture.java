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

import io.github.causal4j.graph.internal.ForceDirectedLayout;
import io.github.causal4j.graph.internal.GraphvizProcess;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A picture of a causal graph as SVG text, for reports: nodes coloured by role as dagitty does
 * (exposure yellow-green, outcome blue, latent grey and dashed, adjusted with a heavy outline),
 * directed edges with arrowheads, bidirected edges (latent confounding) as dashed arcs with an
 * arrowhead at each end.
 *
 * <p>The layout comes from a graph-layout library, never from a hand-made placement:
 * <ul>
 *   <li>{@link Layout#POSITIONS}: the positions written in the graph (dagitty {@code pos="x,y"}),
 *       when every node has one;</li>
 *   <li>{@link Layout#GRAPHVIZ}: Graphviz's {@code dot} (layered drawing after Gansner, Koutsofios,
 *       North &amp; Vo 1993), when a {@code dot} executable is on the {@code PATH}; Graphviz is optional
 *       at run time and not needed to build;</li>
 *   <li>{@link Layout#FORCE_DIRECTED}: the Fruchterman–Reingold force-directed layout of JGraphT,
 *       seeded, so the same graph and seed give the same picture.</li>
 * </ul>
 * {@link Layout#AUTOMATIC} takes the first of these that is available.
 *
 * <pre>{@code
 * GraphPicture.Picture p = GraphPicture.of(graph).highlighting(List.of("age", "educ")).render();
 * Files.writeString(Path.of("graph.svg"), p.svg());
 * }</pre>
 *
 * Immutable; each {@code with...} returns a new picture.
 */
public final class GraphPicture {

    /** How the nodes are placed. */
    public enum Layout {
        /** The graph's own positions if complete, else Graphviz if available, else force-directed. */
        AUTOMATIC,
        /** The dagitty positions of the graph (every node must have one). */
        POSITIONS,
        /** Graphviz {@code dot}; falls back to force-directed when no {@code dot} runs. */
        GRAPHVIZ,
        /** JGraphT's Fruchterman–Reingold layout. */
        FORCE_DIRECTED
    }

    /**
     * A rendered picture.
     *
     * @param svg the SVG document
     * @param layout the layout actually used ({@link Layout#AUTOMATIC} is never reported)
     */
    public record Picture(String svg, Layout layout) {

        /** Validates. */
        public Picture {
            Objects.requireNonNull(svg, "svg");
            Objects.requireNonNull(layout, "layout");
        }

        /** @return e.g. {@code "laid out by Graphviz dot"} */
        public String layoutDescription() {
            return switch (layout) {
                case POSITIONS -> "placed at the positions given in the graph";
                case GRAPHVIZ -> "laid out by Graphviz dot";
                case FORCE_DIRECTED -> "laid out by the Fruchterman-Reingold force-directed algorithm (JGraphT)";
                case AUTOMATIC -> throw new IllegalStateException("a rendered picture has a concrete layout");
            };
        }
    }

    /** The default number of Fruchterman–Reingold iterations. */
    public static final int DEFAULT_ITERATIONS = 300;

    private final CausalGraph graph;
    private final Set<String> adjusted;
    private final Layout layout;
    private final long seed;

    private GraphPicture(CausalGraph graph, Set<String> adjusted, Layout layout, long seed) {
        this.graph = graph;
        this.adjusted = adjusted;
        this.layout = layout;
        this.seed = seed;
    }

    /**
     * @param graph the graph
     * @return its picture with the automatic layout and seed 0
     */
    public static GraphPicture of(CausalGraph graph) {
        return new GraphPicture(Objects.requireNonNull(graph, "graph"), Set.of(), Layout.AUTOMATIC, 0L);
    }

    /**
     * @param nodes nodes to draw as adjusted (e.g. the adjustment set an analysis uses)
     * @return a copy drawing them so
     * @throws IllegalArgumentException for a node not in the graph
     */
    public GraphPicture highlighting(java.util.Collection<String> nodes) {
        Set<String> set = new LinkedHashSet<>();
        for (String n : nodes) {
            if (!graph.contains(Objects.requireNonNull(n, "node"))) {
                throw new IllegalArgumentException("cannot highlight '" + n + "': it is not a node of the graph");
            }
            set.add(n);
        }
        return new GraphPicture(graph, Set.copyOf(set), layout, seed);
    }

    /**
     * @param newLayout the layout
     * @return a copy using it
     */
    public GraphPicture withLayout(Layout newLayout) {
        return new GraphPicture(graph, adjusted, Objects.requireNonNull(newLayout, "layout"), seed);
    }

    /**
     * @param newSeed seed of the force-directed layout's initial positions
     * @return a copy using it
     */
    public GraphPicture withSeed(long newSeed) {
        return new GraphPicture(graph, adjusted, layout, newSeed);
    }

    /**
     * Lays out and draws the graph. Cost: Graphviz's, or {@code O(iterations · n²)} for the
     * force-directed layout ({@code O(iterations · n log n)} above 150 nodes) plus {@code O(n + e)} to draw.
     *
     * @return the SVG and the layout used
     * @throws IllegalArgumentException if {@link Layout#POSITIONS} is asked and a node has no position
     */
    public Picture render() {
        if (layout == Layout.POSITIONS || layout == Layout.AUTOMATIC && hasAllPositions()) {
            return new Picture(GraphSvg.draw(graph, adjusted, givenPositions()), Layout.POSITIONS);
        }
        if (layout == Layout.GRAPHVIZ || layout == Layout.AUTOMATIC) {
            Optional<String> svg = GraphvizProcess.toSvg(dot());
            if (svg.isPresent()) {
                return new Picture(svg.get(), Layout.GRAPHVIZ);
            }
        }
        return new Picture(GraphSvg.draw(graph, adjusted, forceDirected()), Layout.FORCE_DIRECTED);
    }

    /** @return the SVG of {@link #render()} */
    public String toSvg() {
        return render().svg();
    }

    /** @return whether Graphviz's {@code dot} is available to {@link Layout#GRAPHVIZ} */
    public static boolean graphvizAvailable() {
        return GraphvizProcess.executable().isPresent();
    }

    /** @return one line saying what the colours and line styles mean */
    public static String legend() {
        return "exposure: yellow-green; outcome: blue; latent: grey, dashed outline; adjusted: heavy outline; "
                + "arrows: direct causes; dashed double-headed arcs: latent common causes";
    }

    private boolean hasAllPositions() {
        for (String n : graph.nodes()) {
            if (graph.position(n) == null) {
                return false;
            }
        }
        return graph.nodeCount() > 0;
    }

    private double[][] givenPositions() {
        List<String> nodes = graph.nodes();
        double[][] p = new double[nodes.size()][2];
        for (int i = 0; i < nodes.size(); i++) {
            String pos = graph.position(nodes.get(i));
            if (pos == null) {
                throw new IllegalArgumentException("node '" + nodes.get(i) + "' has no position (dagitty pos=\"x,y\")");
            }
            String[] xy = pos.split(",");
            try {
                p[i][0] = Double.parseDouble(xy[0].strip());
                p[i][1] = Double.parseDouble(xy[1].strip());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("node '" + nodes.get(i) + "' has the position '" + pos
                        + "', which is not \"x,y\"");
            }
        }
        return p;
    }

    private double[][] forceDirected() {
        List<String> nodes = graph.nodes();
        java.util.Map<String, Integer> id = new java.util.HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            id.put(nodes.get(i), i);
        }
        List<int[]> edges = new ArrayList<>();
        for (Edge e : graph.edges()) {
            edges.add(new int[] {id.get(e.from()), id.get(e.to())});
        }
        return ForceDirectedLayout.layout(nodes.size(), edges.toArray(int[][]::new), DEFAULT_ITERATIONS, seed);
    }

    /** The graph in the DOT language with the role styles, for Graphviz. */
    String dot() {
        StringBuilder sb = new StringBuilder("digraph causal {\n  rankdir=LR;\n  bgcolor=\"transparent\";\n  nodesep=0.35;\n")
                .append("  node [shape=ellipse, style=filled, fontname=\"Helvetica\", fontsize=12, margin=\"0.12,0.04\"];\n")
                .append("  edge [color=\"").append(NodeStyle.EDGE).append("\", arrowsize=0.8];\n");
        for (String n : graph.nodes()) {
            NodeStyle s = NodeStyle.of(graph, n, adjusted);
            sb.append("  ").append(quote(n)).append(String.format(Locale.ROOT,
                    " [fillcolor=\"%s\", color=\"%s\", fontcolor=\"%s\", penwidth=%.1f%s];%n", s.fill, s.stroke, s.text,
                    s.strokeWidth, s.dashed ? ", style=\"filled,dashed\"" : ""));
        }
        for (Edge e : graph.edges()) {
            sb.append("  ").append(quote(e.from())).append(" -> ").append(quote(e.to()));
            if (e.type() == EdgeType.BIDIRECTED) {
                sb.append(" [dir=both, style=dashed, constraint=false, color=\"").append(NodeStyle.BIDIRECTED).append("\"]");
            }
            sb.append(";\n");
        }
        return sb.append("}\n").toString();
    }

    private static String quote(String name) {
        return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** @return e.g. {@code "GraphPicture[12 nodes, AUTOMATIC, seed 0]"} */
    @Override
    public String toString() {
        return "GraphPicture[" + graph.nodeCount() + " nodes, " + layout + ", seed " + seed + "]";
    }
}
