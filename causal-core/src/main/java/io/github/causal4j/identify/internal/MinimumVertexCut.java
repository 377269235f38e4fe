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
package io.github.causal4j.identify.internal;

import java.util.BitSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * A minimum-weight vertex cut between two vertex sets of an undirected graph, by the textbook
 * reduction to a maximum flow: each vertex {@code v} becomes an arc {@code v_in -> v_out} of
 * capacity {@code w(v)} (infinite for vertices that may not be cut), each edge two arcs of
 * infinite capacity; the min cut (push-relabel, JGraphT {@link PushRelabelMFImpl}) gives the
 * cheapest separator. Not API: JGraphT stays behind this class.
 */
public final class MinimumVertexCut {

    private final int n;
    private final Graph<Integer, DefaultWeightedEdge> network = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    private final double[] weights;
    private final BitSet cuttable;

    /**
     * @param n number of vertices, ids {@code 0..n-1}
     * @param weights positive finite weight of each vertex that may be cut
     * @param cuttable the vertices that may be cut
     */
    public MinimumVertexCut(int n, double[] weights, BitSet cuttable) {
        this.n = n;
        this.weights = weights.clone();
        this.cuttable = (BitSet) cuttable.clone();
        for (int v = 0; v < 2 * n + 2; v++) {
            network.addVertex(v);
        }
    }

    /**
     * @param a one end of an undirected edge
     * @param b the other end
     */
    public void addEdge(int a, int b) {
        arc(2 * a + 1, 2 * b, Double.NaN);
        arc(2 * b + 1, 2 * a, Double.NaN);
    }

    /**
     * @param sources vertices on one side (never cut)
     * @param sinks vertices on the other side (never cut)
     * @return the vertices of a minimum-weight cut, or {@code null} if every separator would have to cut
     *     a vertex that may not be cut (or a source touches a sink)
     */
    public BitSet cut(BitSet sources, BitSet sinks) {
        double infinity = 1.0;
        for (int v = cuttable.nextSetBit(0); v >= 0; v = cuttable.nextSetBit(v + 1)) {
            infinity += weights[v];
        }
        int source = 2 * n;
        int sink = 2 * n + 1;
        for (int v = 0; v < n; v++) {
            boolean cut = cuttable.get(v) && !sources.get(v) && !sinks.get(v);
            network.setEdgeWeight(arc(2 * v, 2 * v + 1, 0), cut ? weights[v] : infinity);
        }
        for (DefaultWeightedEdge e : network.edgeSet()) {
            if (Double.isNaN(network.getEdgeWeight(e))) {
                network.setEdgeWeight(e, infinity);
            }
        }
        for (int v = sources.nextSetBit(0); v >= 0; v = sources.nextSetBit(v + 1)) {
            network.setEdgeWeight(arc(source, 2 * v, 0), infinity);
        }
        for (int v = sinks.nextSetBit(0); v >= 0; v = sinks.nextSetBit(v + 1)) {
            network.setEdgeWeight(arc(2 * v + 1, sink, 0), infinity);
        }
        PushRelabelMFImpl<Integer, DefaultWeightedEdge> flow = new PushRelabelMFImpl<>(network);
        double value = flow.calculateMinCut(source, sink);
        if (value >= infinity) {
            return null;
        }
        java.util.Set<Integer> sourceSide = flow.getSourcePartition();
        BitSet out = new BitSet(n);
        for (int v = 0; v < n; v++) {
            if (sourceSide.contains(2 * v) && !sourceSide.contains(2 * v + 1)) {
                out.set(v);
            }
        }
        return out;
    }

    private DefaultWeightedEdge arc(int from, int to, double weight) {
        DefaultWeightedEdge e = network.getEdge(from, to);
        if (e == null) {
            e = network.addEdge(from, to);
            network.setEdgeWeight(e, weight);
        }
        return e;
    }
}
