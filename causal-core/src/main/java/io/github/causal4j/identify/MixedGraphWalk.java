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
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The one traversal that the identification algorithms of this package are built from: a
 * breadth-first search over walk states {@code (node, entered through an arrowhead?)} of an ADMG,
 * the "Bayes ball" of Shachter (1998) generalised as in van der Zander, Liśkiewicz &amp; Textor
 * (2019, AIJ 270, Sec. 4) so that one engine gives
 * <ul>
 *   <li>m-connection given {@code Z} (non-colliders pass outside {@code Z}, colliders pass inside
 *       {@code An(Z)});</li>
 *   <li>reachability in the moral (augmented) graph of an ancestral set without building it
 *       (colliders always pass, non-colliders pass outside a blocking set, the walk stays in the
 *       ancestral region): two nodes are adjacent in the augmented graph exactly when a collider
 *       path joins them (Richardson 2003);</li>
 *   <li>searches in the proper back-door graph (directed edges from a cut-tail set into a
 *       cut-head set are ignored) and back-door searches (sources leave only through an arrowhead
 *       into the source).</li>
 * </ul>
 * Each state is expanded once, so a run costs {@code O(V + E)}.
 *
 * <p>With {@link #recordPaths()} the walk keeps predecessors. A shortest walk found by this search
 * is a path: if a node repeated on it, cutting out the loop would give a shorter walk to the same
 * state that is still open (a repeated node in {@code Z} is a collider at both visits; a repeated
 * node outside {@code An(Z)} is a non-collider entered by an arrowhead at its first visit, after
 * which the walk can only continue along a directed path and never return) — so the paths that
 * {@link #pathTo} returns are simple.
 */
final class MixedGraphWalk {

    /** Edge kinds as seen when stepping from the previous node to the next. */
    static final byte TO_CHILD = 0;
    static final byte TO_PARENT = 1;
    static final byte TO_SPOUSE = 2;

    private final GraphIndex g;
    private final int n;
    private BitSet region;
    private BitSet conditioned = new BitSet();
    private BitSet colliderOpen;
    private boolean collidersAlwaysOpen;
    private BitSet impassable;
    private BitSet cutTails;
    private BitSet cutHeads;
    private boolean backDoorStart;
    private boolean directedOnly;
    private boolean parentsOnly;
    private BitSet targets;
    private boolean recordPaths;

    private boolean[] visited;
    private int[] from;
    private byte[] via;
    private BitSet reached;
    private int hitState = -1;

    MixedGraphWalk(GraphIndex g) {
        this.g = g;
        this.n = g.size();
    }

    /** Walks stay inside these nodes. */
    MixedGraphWalk region(BitSet nodes) {
        this.region = nodes;
        return this;
    }

    /** Non-colliders pass only outside these nodes. */
    MixedGraphWalk conditioned(BitSet nodes) {
        this.conditioned = nodes;
        return this;
    }

    /** Colliders pass only at these nodes (for m-connection: the ancestors of the conditioning set). */
    MixedGraphWalk colliderOpenAt(BitSet nodes) {
        this.colliderOpen = nodes;
        this.collidersAlwaysOpen = false;
        return this;
    }

    /** Colliders always pass: reachability in the augmented graph of the region. */
    MixedGraphWalk collidersAlwaysOpen() {
        this.collidersAlwaysOpen = true;
        this.colliderOpen = null;
        return this;
    }

    /** These nodes may be entered but never left. */
    MixedGraphWalk impassable(BitSet nodes) {
        this.impassable = nodes;
        return this;
    }

    /** Ignore every directed edge {@code t -> h} with {@code t} in {@code tails} and {@code h} in {@code heads}. */
    MixedGraphWalk cutEdges(BitSet tails, BitSet heads) {
        this.cutTails = tails;
        this.cutHeads = heads;
        return this;
    }

    /** Sources leave only through edges with an arrowhead at the source ({@code s <- .} or {@code s <-> .}). */
    MixedGraphWalk backDoorStart() {
        this.backDoorStart = true;
        return this;
    }

    /** Follow directed edges forward only (descendant search), ignoring every blocking rule. */
    MixedGraphWalk directedOnly() {
        this.directedOnly = true;
        return this;
    }

    /** Follow directed edges backward only (ancestor search, cut edges respected), ignoring every blocking rule. */
    MixedGraphWalk parentsOnly() {
        this.parentsOnly = true;
        return this;
    }

    /** Stop as soon as one of these nodes is entered. */
    MixedGraphWalk stopAt(BitSet nodes) {
        this.targets = nodes;
        return this;
    }

    /** Keep predecessors so that {@link #pathTo} can return the path found. */
    MixedGraphWalk recordPaths() {
        this.recordPaths = true;
        return this;
    }

    /**
     * Runs the walk. Sources are never re-entered.
     *
     * @param sources start nodes
     * @return this walk, with its results
     */
    MixedGraphWalk run(BitSet sources) {
        visited = new boolean[2 * n];
        reached = new BitSet(n);
        hitState = -1;
        if (recordPaths) {
            from = new int[2 * n];
            via = new byte[2 * n];
        }
        int[] queue = new int[2 * n];
        int head = 0;
        int tail = 0;
        for (int s = sources.nextSetBit(0); s >= 0; s = sources.nextSetBit(s + 1)) {
            visited[2 * s] = true;
            visited[2 * s + 1] = true;
        }
        for (int s = sources.nextSetBit(0); s >= 0 && hitState < 0; s = sources.nextSetBit(s + 1)) {
            tail = expand(s, 2 * s, !directedOnly, !directedOnly && !parentsOnly, !backDoorStart && !parentsOnly, queue, tail);
        }
        while (head < tail && hitState < 0) {
            int state = queue[head++];
            int v = state >>> 1;
            if (impassable != null && impassable.get(v)) {
                continue;
            }
            if (directedOnly || parentsOnly) {
                tail = expand(v, state, parentsOnly, false, directedOnly, queue, tail);
                continue;
            }
            boolean arrowheadIn = (state & 1) == 1;
            boolean nonColliderOk = !conditioned.get(v);
            boolean colliderOk = arrowheadIn && (collidersAlwaysOpen || (colliderOpen != null && colliderOpen.get(v)));
            // Leaving through an arrowhead at v (to a parent or a spouse) makes v a collider iff it was entered by one.
            boolean arrowheadOutOk = arrowheadIn ? colliderOk : nonColliderOk;
            tail = expand(v, state, arrowheadOutOk, arrowheadOutOk, nonColliderOk, queue, tail);
        }
        return this;
    }

    private int expand(int v, int state, boolean toParents, boolean toSpouses, boolean toChildren, int[] queue, int tail) {
        if (toParents) {
            for (int k = 0; k < g.parentCount(v) && hitState < 0; k++) {
                int p = g.parent(v, k);
                if (!isCut(p, v)) {
                    tail = enqueue(2 * p, state, TO_PARENT, queue, tail);
                }
            }
        }
        if (toSpouses) {
            for (int k = 0; k < g.spouseCount(v) && hitState < 0; k++) {
                tail = enqueue(2 * g.spouse(v, k) + 1, state, TO_SPOUSE, queue, tail);
            }
        }
        if (toChildren) {
            for (int k = 0; k < g.childCount(v) && hitState < 0; k++) {
                int c = g.child(v, k);
                if (!isCut(v, c)) {
                    tail = enqueue(2 * c + 1, state, TO_CHILD, queue, tail);
                }
            }
        }
        return tail;
    }

    private boolean isCut(int t, int h) {
        return cutTails != null && cutTails.get(t) && cutHeads.get(h);
    }

    private int enqueue(int next, int state, byte kind, int[] queue, int tail) {
        int w = next >>> 1;
        if (visited[next] || (region != null && !region.get(w))) {
            return tail;
        }
        visited[next] = true;
        if (recordPaths) {
            from[next] = state;
            via[next] = kind;
        }
        reached.set(w);
        if (targets != null && targets.get(w)) {
            hitState = next;
        }
        queue[tail++] = next;
        return tail;
    }

    /** @return the nodes entered by the walk (sources excluded unless re-entered, which never happens) */
    BitSet reached() {
        return reached;
    }

    /** @return whether a stop node was entered */
    boolean hit() {
        return hitState >= 0;
    }

    /** @return the state at which a stop node was entered, or -1 */
    int hitState() {
        return hitState;
    }

    /** @return whether the node was entered through an arrowhead ({@code state} from {@link #hitState()} etc.) */
    boolean visited(int node, boolean arrowheadIn) {
        return visited[2 * node + (arrowheadIn ? 1 : 0)];
    }

    /**
     * @param state a visited state (needs {@link #recordPaths()})
     * @param sources the sources of the run
     * @return the path from a source to the state's node: nodes, and the edge kinds between them
     */
    WalkPath pathTo(int state, BitSet sources) {
        List<Integer> nodes = new ArrayList<>();
        List<Byte> kinds = new ArrayList<>();
        int s = state;
        while (!sources.get(s >>> 1)) {
            nodes.add(0, s >>> 1);
            kinds.add(0, via[s]);
            s = from[s];
        }
        nodes.add(0, s >>> 1);
        return new WalkPath(nodes, kinds);
    }

    /** A path as node ids and the kinds of its edges, {@code kinds.get(i)} joining node {@code i} to node {@code i+1}. */
    record WalkPath(List<Integer> nodes, List<Byte> kinds) {

        /** @return the node names */
        List<String> names(GraphIndex g) {
            List<String> out = new ArrayList<>(nodes.size());
            for (int v : nodes) {
                out.add(g.name(v));
            }
            return List.copyOf(out);
        }

        /** @return the path in dagitty notation, e.g. {@code x <- a -> y} */
        String render(GraphIndex g) {
            StringBuilder sb = new StringBuilder(g.name(nodes.get(0)));
            for (int i = 0; i < kinds.size(); i++) {
                byte k = kinds.get(i);
                sb.append(k == TO_CHILD ? " -> " : k == TO_PARENT ? " <- " : " <-> ").append(g.name(nodes.get(i + 1)));
            }
            return sb.toString();
        }
    }
}
