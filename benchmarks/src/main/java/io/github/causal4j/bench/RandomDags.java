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
package io.github.causal4j.bench;

import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.graph.GraphIndex;
import java.util.SplittableRandom;

/** Random sparse DAGs for benchmarks: nodes in a random order, edges between random pairs. */
public final class RandomDags {

    private RandomDags() {
    }

    /**
     * @param nodes number of nodes
     * @param averageDegree average number of edges per node (in plus out)
     * @param seed random seed
     * @return a DAG with {@code nodes * averageDegree / 2} edges
     */
    public static CausalGraph sparse(int nodes, double averageDegree, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] order = new int[nodes];
        for (int i = 0; i < nodes; i++) {
            order[i] = i;
        }
        for (int i = nodes - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        CausalGraph.Builder b = CausalGraph.builder();
        for (int i = 0; i < nodes; i++) {
            b.node("v" + i);
        }
        long edges = Math.round(nodes * averageDegree / 2);
        for (long e = 0; e < edges; e++) {
            int a = random.nextInt(nodes);
            int c = random.nextInt(nodes);
            if (a == c) {
                continue;
            }
            int from = Math.min(a, c);
            int to = Math.max(a, c);
            b.edge("v" + order[from], "v" + order[to]);
        }
        return b.build();
    }

    /** The undirected adjacency (parents, children, spouses) of a graph as plain arrays: the floor's input. */
    public static int[][] undirectedAdjacency(CausalGraph graph) {
        GraphIndex g = graph.index();
        int[][] adjacency = new int[g.size()][];
        for (int v = 0; v < g.size(); v++) {
            int[] row = new int[g.parentCount(v) + g.childCount(v) + g.spouseCount(v)];
            int k = 0;
            for (int i = 0; i < g.parentCount(v); i++) {
                row[k++] = g.parent(v, i);
            }
            for (int i = 0; i < g.childCount(v); i++) {
                row[k++] = g.child(v, i);
            }
            for (int i = 0; i < g.spouseCount(v); i++) {
                row[k++] = g.spouse(v, i);
            }
            adjacency[v] = row;
        }
        return adjacency;
    }

    /**
     * A plain breadth-first search over the whole undirected graph: the floor against which graph
     * algorithms are measured.
     *
     * @param adjacency undirected adjacency
     * @param start start node
     * @return number of nodes reached
     */
    public static int breadthFirstSearch(int[][] adjacency, int start) {
        boolean[] seen = new boolean[adjacency.length];
        int[] queue = new int[adjacency.length];
        int head = 0;
        int tail = 0;
        queue[tail++] = start;
        seen[start] = true;
        while (head < tail) {
            int v = queue[head++];
            for (int w : adjacency[v]) {
                if (!seen[w]) {
                    seen[w] = true;
                    queue[tail++] = w;
                }
            }
        }
        return tail;
    }
}
