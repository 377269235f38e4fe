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

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Objects;

/**
 * The int-indexed, read-only view of a {@link CausalGraph} for algorithm writers: nodes are ids
 * {@code 0 .. size()-1} in the graph's node order, neighbours are read without allocation, and
 * the linear-time traversals that identification is built from work on {@link BitSet}s of ids.
 *
 * <p>Every traversal here runs in {@code O(V + E)}. d-separation is the reachability ("Bayes
 * ball") algorithm of Shachter (1998) and Geiger, Verma &amp; Pearl (1990), extended to
 * bidirected edges (m-separation, Richardson 2003): a walk may pass a node that it enters and
 * leaves through arrowheads (a collider) only when the node is an ancestor of the conditioning
 * set, and any other node only when it is not in the conditioning set.
 */
public final class GraphIndex {

    private final CausalGraph graph;
    private final int[][] parents;
    private final int[][] children;
    private final int[][] spouses;

    GraphIndex(CausalGraph graph, int[][] parents, int[][] children, int[][] spouses) {
        this.graph = graph;
        this.parents = parents;
        this.children = children;
        this.spouses = spouses;
    }

    /** @return the graph this index reads */
    public CausalGraph graph() {
        return graph;
    }

    /** @return the number of nodes */
    public int size() {
        return parents.length;
    }

    /**
     * @param name a node name
     * @return its id
     * @throws IllegalArgumentException if the graph has no such node
     */
    public int id(String name) {
        return graph.requireId(name);
    }

    /**
     * @param id a node id
     * @return its name
     */
    public String name(int id) {
        return graph.nameOf(id);
    }

    /**
     * @param id a node id
     * @param role a role
     * @return whether the node carries the role
     */
    public boolean hasRole(int id, NodeRole role) {
        return graph.hasRole(id, role);
    }

    /**
     * @param v a node id
     * @return its number of parents
     */
    public int parentCount(int v) {
        return parents[v].length;
    }

    /**
     * @param v a node id
     * @param k index in {@code [0, parentCount(v))}
     * @return the k-th parent, in id order
     */
    public int parent(int v, int k) {
        return parents[v][k];
    }

    /**
     * @param v a node id
     * @return its number of children
     */
    public int childCount(int v) {
        return children[v].length;
    }

    /**
     * @param v a node id
     * @param k index in {@code [0, childCount(v))}
     * @return the k-th child, in id order
     */
    public int child(int v, int k) {
        return children[v][k];
    }

    /**
     * @param v a node id
     * @return its number of bidirected neighbours (spouses)
     */
    public int spouseCount(int v) {
        return spouses[v].length;
    }

    /**
     * @param v a node id
     * @param k index in {@code [0, spouseCount(v))}
     * @return the k-th spouse, in id order
     */
    public int spouse(int v, int k) {
        return spouses[v][k];
    }

    /**
     * @param from a node id
     * @param to a node id
     * @return whether the edge {@code from -> to} exists
     */
    public boolean hasDirectedEdge(int from, int to) {
        return java.util.Arrays.binarySearch(children[from], to) >= 0;
    }

    /**
     * @param a a node id
     * @param b a node id
     * @return whether the edge {@code a <-> b} exists
     */
    public boolean hasBidirectedEdge(int a, int b) {
        return java.util.Arrays.binarySearch(spouses[a], b) >= 0;
    }

    /**
     * @param seeds node ids
     * @return the seeds and every node with a directed path into a seed
     */
    public BitSet ancestors(BitSet seeds) {
        return closure(seeds, parents);
    }

    /**
     * @param seeds node ids
     * @return the seeds and every node reachable from a seed by a directed path
     */
    public BitSet descendants(BitSet seeds) {
        return closure(seeds, children);
    }

    /**
     * @param seeds node ids
     * @return the seeds and every node joined to one by a path of bidirected edges (their districts)
     */
    public BitSet districtOf(BitSet seeds) {
        return closure(seeds, spouses);
    }

    /**
     * Ancestors inside an induced subgraph, optionally with the edges into some nodes cut: the
     * seeds in {@code within} and every node of {@code within} with a directed path into one of them
     * that stays in {@code within} and does not enter a node of {@code cut} (so the parents of a
     * {@code cut} node are not followed, as in the graph {@code G[within]} without edges into
     * {@code cut}). Runs in {@code O(V + E)}.
     *
     * @param seeds node ids
     * @param within the node set of the induced subgraph
     * @param cut nodes whose incoming edges are removed (may be empty)
     * @return the ancestors, seeds included
     */
    public BitSet ancestors(BitSet seeds, BitSet within, BitSet cut) {
        return closure(seeds, parents, Objects.requireNonNull(within, "within"), Objects.requireNonNull(cut, "cut"));
    }

    /**
     * The districts of an induced subgraph that contain the seeds: the seeds in {@code within} and
     * every node of {@code within} joined to one by a bidirected path inside {@code within}.
     * Runs in {@code O(V + E)}.
     *
     * @param seeds node ids
     * @param within the node set of the induced subgraph
     * @return the union of the seeds' districts in {@code G[within]}
     */
    public BitSet districtOf(BitSet seeds, BitSet within) {
        return closure(seeds, spouses, Objects.requireNonNull(within, "within"), null);
    }

    private static BitSet closure(BitSet seeds, int[][] adjacency) {
        return closure(seeds, adjacency, null, null);
    }

    /**
     * Depth-first closure of the seeds under one adjacency, in {@code O(V + E)}.
     *
     * @param within if not null, the nodes the closure may use (seeds outside it are dropped)
     * @param cut if not null, nodes that are reached but not expanded
     */
    private static BitSet closure(BitSet seeds, int[][] adjacency, BitSet within, BitSet cut) {
        BitSet seen = (BitSet) seeds.clone();
        if (within != null) {
            seen.and(within);
        }
        int[] stack = new int[Math.max(16, seen.cardinality())];
        int top = 0;
        for (int v = seen.nextSetBit(0); v >= 0; v = seen.nextSetBit(v + 1)) {
            stack[top++] = v;
        }
        while (top > 0) {
            int v = stack[--top];
            if (cut != null && cut.get(v)) {
                continue;
            }
            for (int w : adjacency[v]) {
                if ((within == null || within.get(w)) && !seen.get(w)) {
                    seen.set(w);
                    if (top == stack.length) {
                        stack = java.util.Arrays.copyOf(stack, stack.length * 2);
                    }
                    stack[top++] = w;
                }
            }
        }
        return seen;
    }

    /**
     * The nodes d-connected (m-connected) to {@code x} given {@code z}: every node {@code w} not in
     * {@code x} or {@code z} such that some path from a node of {@code x} to {@code w} is open
     * given {@code z}. Nodes of {@code x} are path ends only, whether or not they are in {@code z}.
     *
     * @param x start nodes
     * @param z conditioning nodes
     * @return the d-connected nodes
     */
    public BitSet dConnected(BitSet x, BitSet z) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(z, "z");
        int n = size();
        BitSet ancestorsOfZ = ancestors(z);
        // States: 2v = entered v through a tail (from a child of v), 2v+1 = entered v through an arrowhead.
        boolean[] visited = new boolean[2 * n];
        int[] queue = new int[2 * n];
        int head = 0;
        int tail = 0;
        for (int v = x.nextSetBit(0); v >= 0; v = x.nextSetBit(v + 1)) {
            visited[2 * v] = true;
            visited[2 * v + 1] = true;
        }
        for (int v = x.nextSetBit(0); v >= 0; v = x.nextSetBit(v + 1)) {
            tail = enqueueAll(parents[v], 0, visited, queue, tail);
            tail = enqueueAll(children[v], 1, visited, queue, tail);
            tail = enqueueAll(spouses[v], 1, visited, queue, tail);
        }
        while (head < tail) {
            int state = queue[head++];
            int v = state >>> 1;
            boolean enteredThroughArrowhead = (state & 1) == 1;
            boolean conditioned = z.get(v);
            if (!enteredThroughArrowhead) {
                if (!conditioned) {
                    tail = enqueueAll(parents[v], 0, visited, queue, tail);
                    tail = enqueueAll(children[v], 1, visited, queue, tail);
                    tail = enqueueAll(spouses[v], 1, visited, queue, tail);
                }
            } else {
                if (!conditioned) {
                    tail = enqueueAll(children[v], 1, visited, queue, tail);
                }
                if (ancestorsOfZ.get(v)) {
                    tail = enqueueAll(parents[v], 0, visited, queue, tail);
                    tail = enqueueAll(spouses[v], 1, visited, queue, tail);
                }
            }
        }
        BitSet reached = new BitSet(n);
        for (int v = 0; v < n; v++) {
            if ((visited[2 * v] || visited[2 * v + 1]) && !x.get(v) && !z.get(v)) {
                reached.set(v);
            }
        }
        return reached;
    }

    private static int enqueueAll(int[] targets, int arrowhead, boolean[] visited, int[] queue, int tail) {
        for (int w : targets) {
            int state = 2 * w + arrowhead;
            if (!visited[state]) {
                visited[state] = true;
                queue[tail++] = state;
            }
        }
        return tail;
    }

    /**
     * @param x one set of node ids
     * @param y another set of node ids
     * @param z conditioning node ids
     * @return whether every path between {@code x} and {@code y} is blocked by {@code z}; a node
     *     in both {@code x} and {@code y} is never separated from itself
     */
    public boolean dSeparated(BitSet x, BitSet y, BitSet z) {
        if (x.intersects(y)) {
            return false;
        }
        BitSet connected = dConnected(x, z);
        BitSet yOutsideZ = (BitSet) y.clone();
        yOutsideZ.andNot(z);
        return !connected.intersects(yOutsideZ);
    }

    /** @return node ids in a topological order (every parent before its children; deterministic) */
    public int[] topologicalOrder() {
        return graph.topologicalIds();
    }
}
