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
import io.github.causal4j.graph.GraphIndex;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The graph the ID algorithm recurses on: an ADMG without latent nodes, read through its
 * {@link GraphIndex}, with a fixed topological order. Subgraphs are node sets ({@link BitSet}s of
 * ids); every operation here is {@code O(V + E)}.
 */
final class IdGraph {

    private final GraphIndex index;
    private final int[] order;
    private final int[] rank;

    IdGraph(CausalGraph graph) {
        this.index = graph.index();
        this.order = index.topologicalOrder();
        this.rank = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            rank[order[i]] = i;
        }
    }

    GraphIndex index() {
        return index;
    }

    int size() {
        return index.size();
    }

    BitSet all() {
        BitSet b = new BitSet(size());
        b.set(0, size());
        return b;
    }

    int id(String name) {
        return index.id(name);
    }

    String name(int v) {
        return index.name(v);
    }

    /** @return the names of the set, in node order */
    List<String> names(BitSet set) {
        List<String> out = new ArrayList<>(set.cardinality());
        for (int v = set.nextSetBit(0); v >= 0; v = set.nextSetBit(v + 1)) {
            out.add(index.name(v));
        }
        return out;
    }

    /** @return the set's ids in topological order */
    int[] inOrder(BitSet set) {
        int[] out = new int[set.cardinality()];
        int k = 0;
        for (int v : order) {
            if (set.get(v)) {
                out[k++] = v;
            }
        }
        return out;
    }

    /** @return the members of {@code set} that come before {@code v} in the topological order */
    BitSet predecessors(int v, BitSet set) {
        BitSet out = new BitSet(size());
        for (int w = set.nextSetBit(0); w >= 0; w = set.nextSetBit(w + 1)) {
            if (rank[w] < rank[v]) {
                out.set(w);
            }
        }
        return out;
    }

    /** @return An(y) in {@code G[within]} */
    BitSet ancestors(BitSet y, BitSet within) {
        return index.ancestors(y, within, new BitSet());
    }

    /** @return An(y) in {@code G[within]} with the edges into {@code x} removed */
    BitSet ancestorsWithoutEdgesInto(BitSet y, BitSet x, BitSet within) {
        return index.ancestors(y, within, x);
    }

    /** @return the districts (c-components) of {@code G[within]} */
    List<BitSet> districts(BitSet within) {
        List<BitSet> out = new ArrayList<>();
        BitSet left = (BitSet) within.clone();
        for (int v = left.nextSetBit(0); v >= 0; v = left.nextSetBit(v + 1)) {
            BitSet seed = new BitSet();
            seed.set(v);
            BitSet d = index.districtOf(seed, within);
            out.add(d);
            left.andNot(d);
        }
        return out;
    }

    /**
     * The Markov blanket of {@code v} in the ancestral set {@code set} where {@code v} is last in
     * the order: its district {@code D} in {@code G[set]} and the parents of {@code D}, without
     * {@code v}. By the ordered local Markov property (Richardson 2003, Sec. 3.1),
     * {@code v ⊥ set \ (mb ∪ {v}) | mb}, so {@code P(v | set \ {v}) = P(v | mb)}.
     */
    BitSet markovBlanket(int v, BitSet set) {
        BitSet seed = new BitSet();
        seed.set(v);
        BitSet district = index.districtOf(seed, set);
        BitSet out = (BitSet) district.clone();
        for (int d = district.nextSetBit(0); d >= 0; d = district.nextSetBit(d + 1)) {
            for (int k = 0; k < index.parentCount(d); k++) {
                out.set(index.parent(d, k));
            }
        }
        out.and(set);
        out.clear(v);
        return out;
    }
}
