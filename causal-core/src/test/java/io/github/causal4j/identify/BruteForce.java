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

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Definitions of the graphical criteria by brute force — enumeration of every simple path — written
 * independently of the library's walks. Paths are node lists with an edge kind between consecutive
 * nodes: 'F' (forward a -> b), 'B' (backward a <- b), 'S' (a <-> b).
 */
final class BruteForce {

    private final SmallGraph g;

    BruteForce(SmallGraph g) {
        this.g = g;
    }

    /** A simple path and the kinds of its edges. */
    record Path(List<Integer> nodes, List<Character> kinds) {
        int first() {
            return nodes.get(0);
        }

        int last() {
            return nodes.get(nodes.size() - 1);
        }

        boolean causal() {
            for (char k : kinds) {
                if (k != 'F') {
                    return false;
                }
            }
            return true;
        }

        /** The edge at the start has an arrowhead into the first node. */
        boolean backDoor() {
            return kinds.get(0) != 'F';
        }
    }

    /** Descendants (including v) by directed edges, computed by DFS on the matrices. */
    BitSet descendants(BitSet from) {
        BitSet out = (BitSet) from.clone();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = out.nextSetBit(0); i >= 0; i = out.nextSetBit(i + 1)) {
                for (int j = 0; j < g.n; j++) {
                    if (g.directed[i][j] && !out.get(j)) {
                        out.set(j);
                        changed = true;
                    }
                }
            }
        }
        return out;
    }

    /** Every simple path from a node of {@code from} to a node of {@code to}, all edges allowed except {@code removed}. */
    List<Path> paths(BitSet from, BitSet to, boolean[][] removedDirected) {
        List<Path> out = new ArrayList<>();
        for (int s = from.nextSetBit(0); s >= 0; s = from.nextSetBit(s + 1)) {
            List<Integer> nodes = new ArrayList<>();
            nodes.add(s);
            extend(nodes, new ArrayList<>(), to, removedDirected, out);
        }
        return out;
    }

    private void extend(List<Integer> nodes, List<Character> kinds, BitSet to, boolean[][] removed, List<Path> out) {
        int v = nodes.get(nodes.size() - 1);
        if (nodes.size() > 1 && to.get(v)) {
            out.add(new Path(List.copyOf(nodes), List.copyOf(kinds)));
        }
        for (int w = 0; w < g.n; w++) {
            if (nodes.contains(w)) {
                continue;
            }
            if (g.directed[v][w] && (removed == null || !removed[v][w])) {
                step(nodes, kinds, w, 'F', to, removed, out);
            }
            if (g.directed[w][v] && (removed == null || !removed[w][v])) {
                step(nodes, kinds, w, 'B', to, removed, out);
            }
            if (g.bidirected[v][w]) {
                step(nodes, kinds, w, 'S', to, removed, out);
            }
        }
    }

    private void step(List<Integer> nodes, List<Character> kinds, int w, char kind, BitSet to, boolean[][] removed,
            List<Path> out) {
        nodes.add(w);
        kinds.add(kind);
        extend(nodes, kinds, to, removed, out);
        nodes.remove(nodes.size() - 1);
        kinds.remove(kinds.size() - 1);
    }

    /** Whether a path is open given z: colliders have a descendant in z, other inner nodes are outside z. */
    boolean open(Path p, BitSet z) {
        for (int i = 1; i < p.nodes().size() - 1; i++) {
            int v = p.nodes().get(i);
            boolean headIn = p.kinds().get(i - 1) != 'B';
            boolean headOut = p.kinds().get(i) != 'F';
            if (headIn && headOut) {
                if (!descendants(single(v)).intersects(z)) {
                    return false;
                }
            } else if (z.get(v)) {
                return false;
            }
        }
        return true;
    }

    /** m-separation by enumeration of all paths. */
    boolean separated(BitSet x, BitSet y, BitSet z, boolean[][] removed) {
        for (Path p : paths(x, y, removed)) {
            if (open(p, z)) {
                return false;
            }
        }
        return true;
    }

    /** cn(X,Y): inner and end nodes of directed paths from X to Y whose only X node is the first. */
    BitSet causalNodes(BitSet x, BitSet y) {
        BitSet out = new BitSet();
        for (Path p : paths(x, y, null)) {
            if (!p.causal()) {
                continue;
            }
            boolean proper = true;
            for (int i = 1; i < p.nodes().size(); i++) {
                proper &= !x.get(p.nodes().get(i));
            }
            if (proper) {
                for (int i = 1; i < p.nodes().size(); i++) {
                    out.set(p.nodes().get(i));
                }
            }
        }
        return out;
    }

    BitSet forbidden(BitSet x, BitSet y) {
        BitSet f = descendants(causalNodes(x, y));
        f.or(x);
        return f;
    }

    boolean[][] properBackDoorRemovals(BitSet x, BitSet y) {
        BitSet cn = causalNodes(x, y);
        boolean[][] removed = new boolean[g.n][g.n];
        for (int a = x.nextSetBit(0); a >= 0; a = x.nextSetBit(a + 1)) {
            for (int c = cn.nextSetBit(0); c >= 0; c = cn.nextSetBit(c + 1)) {
                removed[a][c] = g.directed[a][c];
            }
        }
        return removed;
    }

    /** The adjustment criterion by its definition: no forbidden node, m-separation in the proper back-door graph. */
    boolean validAdjustment(BitSet x, BitSet y, BitSet z) {
        return !z.intersects(forbidden(x, y)) && separated(x, y, z, properBackDoorRemovals(x, y));
    }

    /**
     * Perković et al. (2018) form of the criterion, as an independent cross-check: no forbidden node and
     * every proper non-causal path from X to Y (only its first node in X) blocked in G.
     */
    boolean validAdjustmentByProperPaths(BitSet x, BitSet y, BitSet z) {
        if (z.intersects(forbidden(x, y))) {
            return false;
        }
        for (Path p : paths(x, y, null)) {
            boolean proper = true;
            for (int i = 1; i < p.nodes().size(); i++) {
                proper &= !x.get(p.nodes().get(i));
            }
            if (proper && !p.causal() && open(p, z)) {
                return false;
            }
        }
        return true;
    }

    /** Pearl's front-door criterion by path enumeration. */
    boolean frontDoor(BitSet x, BitSet y, BitSet z) {
        for (Path p : paths(x, y, null)) {
            boolean hit = false;
            for (int v : p.nodes()) {
                hit |= z.get(v);
            }
            if (p.causal() && !hit) {
                return false;
            }
        }
        for (Path p : paths(x, z, null)) {
            if (p.backDoor() && onlyFirstIn(p, x) && open(p, new BitSet())) {
                return false;
            }
        }
        for (Path p : paths(z, y, null)) {
            if (p.backDoor() && onlyFirstIn(p, z) && open(p, x)) {
                return false;
            }
        }
        return true;
    }

    static boolean onlyFirstIn(Path p, BitSet s) {
        for (int i = 1; i < p.nodes().size(); i++) {
            if (s.get(p.nodes().get(i))) {
                return false;
            }
        }
        return true;
    }

    /** All subsets of {@code pool}. */
    static List<BitSet> subsets(List<Integer> pool) {
        List<BitSet> out = new ArrayList<>();
        for (int mask = 0; mask < (1 << pool.size()); mask++) {
            BitSet s = new BitSet();
            for (int i = 0; i < pool.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    s.set(pool.get(i));
                }
            }
            out.add(s);
        }
        return out;
    }

    static BitSet single(int v) {
        BitSet s = new BitSet();
        s.set(v);
        return s;
    }
}
