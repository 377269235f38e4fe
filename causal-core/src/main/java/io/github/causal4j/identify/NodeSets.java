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

import io.github.causal4j.graph.GraphIndex;
import io.github.causal4j.graph.NodeRole;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** Conversions between node names and id sets, with argument checks whose messages name the node and its role. */
final class NodeSets {

    private NodeSets() {
    }

    /**
     * @param g the graph
     * @param names node names
     * @param role what the nodes are, for messages ("treatment", "must-include node", ...)
     * @return their ids
     * @throws IllegalArgumentException naming the first unknown node
     */
    static BitSet ids(GraphIndex g, Collection<String> names, String role) {
        Objects.requireNonNull(names, role);
        BitSet out = new BitSet(g.size());
        for (String name : names) {
            Objects.requireNonNull(name, role + " name");
            if (!g.graph().contains(name)) {
                throw new IllegalArgumentException(role + " '" + name + "' is not a node of the graph");
            }
            out.set(g.id(name));
        }
        return out;
    }

    /** @return the names of the ids, in node order, unmodifiable */
    static Set<String> names(GraphIndex g, BitSet ids) {
        Set<String> out = new LinkedHashSet<>();
        for (int v = ids.nextSetBit(0); v >= 0; v = ids.nextSetBit(v + 1)) {
            out.add(g.name(v));
        }
        return Collections.unmodifiableSet(out);
    }

    /** @return the ids of the nodes carrying the role */
    static BitSet withRole(GraphIndex g, NodeRole role) {
        BitSet out = new BitSet(g.size());
        for (int v = 0; v < g.size(); v++) {
            if (g.hasRole(v, role)) {
                out.set(v);
            }
        }
        return out;
    }

    /** @return a copy of {@code a} without the members of {@code b} */
    static BitSet minus(BitSet a, BitSet b) {
        BitSet out = (BitSet) a.clone();
        out.andNot(b);
        return out;
    }

    /** @return the union of the sets */
    static BitSet union(BitSet... sets) {
        BitSet out = new BitSet();
        for (BitSet s : sets) {
            out.or(s);
        }
        return out;
    }

    /** @return the intersection of two sets */
    static BitSet intersection(BitSet a, BitSet b) {
        BitSet out = (BitSet) a.clone();
        out.and(b);
        return out;
    }

    /** @return {@code true} if every member of {@code sub} is in {@code sup} */
    static boolean isSubset(BitSet sub, BitSet sup) {
        BitSet rest = (BitSet) sub.clone();
        rest.andNot(sup);
        return rest.isEmpty();
    }

    /** @return a set holding one id */
    static BitSet of(int v) {
        BitSet out = new BitSet();
        out.set(v);
        return out;
    }
}
