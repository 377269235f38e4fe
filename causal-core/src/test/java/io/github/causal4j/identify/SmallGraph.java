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
package io.github.causal4j.identify;

import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.graph.NodeRole;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * A small random ADMG for property tests, kept as adjacency matrices so that the brute-force
 * definitions in {@link BruteForce} never touch the library's graph algorithms. Node {@code i}
 * is named {@code "v" + i}; directed edges go from lower to higher index (so the graph is acyclic).
 */
final class SmallGraph {

    final int n;
    final boolean[][] directed;
    final boolean[][] bidirected;
    final boolean[] latent;

    SmallGraph(int n, boolean[][] directed, boolean[][] bidirected, boolean[] latent) {
        this.n = n;
        this.directed = directed;
        this.bidirected = bidirected;
        this.latent = latent;
    }

    /**
     * @param seed random seed
     * @param maxNodes at most this many nodes (at least 3)
     * @param bidirectedEdges whether to add bidirected edges
     * @param latents whether to mark some nodes latent
     */
    static SmallGraph random(long seed, int maxNodes, boolean bidirectedEdges, boolean latents) {
        Random rnd = new Random(seed);
        int n = 3 + rnd.nextInt(maxNodes - 2);
        double p = 0.2 + 0.35 * rnd.nextDouble();
        double pb = bidirectedEdges ? 0.15 * rnd.nextDouble() : 0;
        boolean[][] d = new boolean[n][n];
        boolean[][] b = new boolean[n][n];
        boolean[] l = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                d[i][j] = rnd.nextDouble() < p;
                if (rnd.nextDouble() < pb) {
                    b[i][j] = true;
                    b[j][i] = true;
                }
            }
            l[i] = latents && rnd.nextDouble() < 0.15;
        }
        return new SmallGraph(n, d, b, l);
    }

    static String name(int v) {
        return "v" + v;
    }

    CausalGraph toCausalGraph() {
        CausalGraph.Builder b = CausalGraph.builder();
        for (int v = 0; v < n; v++) {
            b.node(name(v));
            if (latent[v]) {
                b.role(name(v), NodeRole.LATENT);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (directed[i][j]) {
                    b.edge(name(i), name(j));
                }
                if (i < j && bidirected[i][j]) {
                    b.bidirected(name(i), name(j));
                }
            }
        }
        return b.build();
    }

    List<Integer> observed() {
        List<Integer> out = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            if (!latent[v]) {
                out.add(v);
            }
        }
        return out;
    }

    static Set<String> names(BitSet s) {
        Set<String> out = new TreeSet<>();
        for (int v = s.nextSetBit(0); v >= 0; v = s.nextSetBit(v + 1)) {
            out.add(name(v));
        }
        return out;
    }

    static BitSet ids(java.util.Collection<String> names) {
        BitSet out = new BitSet();
        for (String s : names) {
            out.set(Integer.parseInt(s.substring(1)));
        }
        return out;
    }

    @Override
    public String toString() {
        return toCausalGraph().toDagitty().replace('\n', ' ') + " latent=" + java.util.Arrays.toString(latent);
    }
}
