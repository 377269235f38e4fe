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
import java.util.BitSet;
import java.util.List;

/**
 * Latent projection of an ADMG with latent nodes onto its observed nodes (Verma &amp; Pearl 1990;
 * Evans 2016, "Graphs for margins of Bayesian networks", Scand. J. Statist. 43).
 *
 * <p>For each observed node {@code a}, let {@code L(a)} be {@code a} together with the latent
 * nodes that reach {@code a} by a directed path whose inner nodes are all latent. Then the
 * projection has {@code a -> b} when {@code a} reaches {@code b} by a directed path with only
 * latent inner nodes, and {@code a <-> b} when {@code L(a)} and {@code L(b)} share a latent node
 * (a latent fork) or a bidirected edge joins a node of {@code L(a)} to a node of {@code L(b)}.
 * These are exactly the paths with latent non-colliders inside and arrowheads at both ends.
 * Cost: {@code O(V (V + E))} in the worst case.
 */
final class LatentProjection {

    private LatentProjection() {
    }

    static CausalGraph project(CausalGraph graph) {
        GraphIndex g = graph.index();
        int n = g.size();
        BitSet latent = new BitSet(n);
        for (int v = 0; v < n; v++) {
            if (g.hasRole(v, NodeRole.LATENT)) {
                latent.set(v);
            }
        }
        if (latent.isEmpty()) {
            return graph;
        }
        CausalGraph.Builder b = CausalGraph.builder();
        List<Integer> observed = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            if (!latent.get(v)) {
                observed.add(v);
                b.node(g.name(v));
                for (NodeRole r : NodeRole.values()) {
                    if (g.hasRole(v, r)) {
                        b.role(g.name(v), r);
                    }
                }
                String pos = graph.position(g.name(v));
                if (pos != null) {
                    b.position(g.name(v), pos);
                }
            }
        }
        // Directed edges: from each observed a, walk forward through latent children.
        for (int a : observed) {
            BitSet seen = new BitSet(n);
            int[] stack = new int[n];
            int top = 0;
            stack[top++] = a;
            seen.set(a);
            while (top > 0) {
                int v = stack[--top];
                for (int k = 0; k < g.childCount(v); k++) {
                    int c = g.child(v, k);
                    if (seen.get(c)) {
                        continue;
                    }
                    seen.set(c);
                    if (latent.get(c)) {
                        stack[top++] = c;
                    } else {
                        b.edge(g.name(a), g.name(c));
                    }
                }
            }
        }
        // L(a): a plus latent nodes reaching a through latent-only directed paths.
        BitSet[] sources = new BitSet[n];
        for (int a : observed) {
            BitSet set = new BitSet(n);
            set.set(a);
            int[] stack = new int[n];
            int top = 0;
            stack[top++] = a;
            while (top > 0) {
                int v = stack[--top];
                for (int k = 0; k < g.parentCount(v); k++) {
                    int p = g.parent(v, k);
                    if (latent.get(p) && !set.get(p)) {
                        set.set(p);
                        stack[top++] = p;
                    }
                }
            }
            sources[a] = set;
        }
        for (int i = 0; i < observed.size(); i++) {
            int a = observed.get(i);
            BitSet spousesOfA = new BitSet(n);
            for (int v = sources[a].nextSetBit(0); v >= 0; v = sources[a].nextSetBit(v + 1)) {
                for (int k = 0; k < g.spouseCount(v); k++) {
                    spousesOfA.set(g.spouse(v, k));
                }
            }
            BitSet latentSourcesOfA = (BitSet) sources[a].clone();
            latentSourcesOfA.and(latent);
            for (int j = i + 1; j < observed.size(); j++) {
                int c = observed.get(j);
                if (latentSourcesOfA.intersects(sources[c]) || spousesOfA.intersects(sources[c])) {
                    b.bidirected(g.name(a), g.name(c));
                }
            }
        }
        return b.build();
    }
}
