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
package io.github.causal4j.graph.internal;

import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * A force-directed layout of a graph's nodes with JGraphT's implementation of Fruchterman &amp;
 * Reingold (1991), "Graph drawing by force-directed placement", Software: Practice and
 * Experience 21(11): adjacent nodes attract, all nodes repel, under a cooling temperature. Edge
 * directions play no part. Above {@value #BARNES_HUT_ABOVE} nodes the repulsive forces are
 * approximated with a quadtree (JGraphT's indexed variant, after Barnes &amp; Hut 1986), which costs
 * {@code O(n log n)} per iteration instead of {@code O(n²)}. The initial positions are random from
 * the seed, so the same seed gives the same layout.
 */
public final class ForceDirectedLayout {

    /** Node count above which the Barnes–Hut approximation is used. */
    public static final int BARNES_HUT_ABOVE = 150;

    private ForceDirectedLayout() {
    }

    /**
     * @param nodeCount nodes {@code 0..n-1}
     * @param edges pairs {@code {a, b}} of adjacent nodes (direction and multiplicity ignored)
     * @param iterations FR iterations
     * @param seed seed of the initial positions
     * @return {@code [n][2]} positions in a square of side proportional to {@code sqrt(n)}
     */
    public static double[][] layout(int nodeCount, int[][] edges, int iterations, long seed) {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (int v = 0; v < nodeCount; v++) {
            g.addVertex(v);
        }
        for (int[] e : edges) {
            if (e[0] != e[1] && !g.containsEdge(e[0], e[1])) {
                g.addEdge(e[0], e[1]);
            }
        }
        double side = 100 * Math.sqrt(Math.max(1, nodeCount));
        MapLayoutModel2D<Integer> model = new MapLayoutModel2D<>(Box2D.of(side, side));
        Random random = new Random(seed);
        FRLayoutAlgorithm2D<Integer, DefaultEdge> fr = nodeCount > BARNES_HUT_ABOVE
                ? new IndexedFRLayoutAlgorithm2D<>(iterations, IndexedFRLayoutAlgorithm2D.DEFAULT_THETA_FACTOR,
                        FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, random)
                : new FRLayoutAlgorithm2D<>(iterations, FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, random);
        fr.layout(g, model);
        double[][] out = new double[nodeCount][2];
        for (int v = 0; v < nodeCount; v++) {
            Point2D p = model.get(v);
            out[v][0] = p.getX();
            out[v][1] = p.getY();
        }
        return out;
    }
}
