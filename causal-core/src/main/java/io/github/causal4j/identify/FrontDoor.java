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
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Front-door adjustment sets: {@code Z} satisfies Pearl's (1995) front-door criterion relative to
 * {@code (X, Y)} if
 * <ol>
 *   <li>{@code Z} intercepts every directed path from {@code X} to {@code Y};</li>
 *   <li>no proper back-door path from {@code X} to {@code Z} is open (given the empty set);</li>
 *   <li>every proper back-door path from {@code Z} to {@code Y} (only its first node in {@code Z})
 *       is blocked by {@code X};</li>
 * </ol>
 * and then {@code P(y | do(x)) = Σ_z P(z | x) Σ_x' P(y | x', z) P(x')} (with positivity). The
 * finding and listing problems are those of Jeong, Tian &amp; Bareinboim (2022, NeurIPS,
 * "Finding and listing front-door adjustment sets"), with must-include/must-exclude nodes.
 *
 * <p>Finding is linear (as in Wienöbst, van der Zander &amp; Liśkiewicz 2024, AAAI): condition 2
 * holds node by node, which gives the candidates {@code C}; condition 3 depends on the set (a path
 * through another member is not proper), and the largest subset of {@code C} satisfying it is a
 * greatest fixpoint, found by one search from {@code Y} (open given {@code X}) in which a
 * candidate reached through an arrowhead drops out and from then on lets walks through. Every
 * front-door set within the constraints lies inside that largest set, so one exists iff the largest
 * set intercepts all causal paths and holds the must-include nodes. Listing backtracks over
 * include/exclude decisions with that test: delay {@code O(V (V + E))}.
 *
 * <p>Bidirected edges are latent common causes; latent nodes never enter a set.
 */
public final class FrontDoor {

    private FrontDoor() {
    }

    /**
     * @param query treatments, outcomes (its must-include/exclude nodes play no part here)
     * @param mediators the candidate set {@code Z}
     * @return the verdict, with the path that breaks the criterion when it fails
     * @throws IllegalArgumentException for an unknown or latent node, or one that is a treatment or outcome
     */
    public static FrontDoorCheck check(AdjustmentQuery query, Collection<String> mediators) {
        GraphIndex g = query.graph().index();
        BitSet z = NodeSets.ids(g, mediators, "front-door node");
        BitSet x = query.treatmentIds();
        BitSet y = query.outcomeIds();
        int clash = NodeSets.intersection(z, NodeSets.union(x, y)).nextSetBit(0);
        if (clash >= 0) {
            throw new IllegalArgumentException("front-door node '" + g.name(clash) + "' is a treatment or outcome");
        }
        int latent = NodeSets.intersection(z, NodeSets.withRole(g, NodeRole.LATENT)).nextSetBit(0);
        if (latent >= 0) {
            throw new IllegalArgumentException("front-door node '" + g.name(latent) + "' is marked latent (unobserved)");
        }
        Set<String> names = NodeSets.names(g, z);
        MixedGraphWalk causal = new MixedGraphWalk(g).directedOnly().region(complement(g, z)).stopAt(y).recordPaths().run(x);
        if (causal.hit()) {
            MixedGraphWalk.WalkPath p = causal.pathTo(causal.hitState(), x);
            return new FrontDoorCheck(names, false, "the causal path " + p.render(g) + " avoids the set", p.names(g));
        }
        MixedGraphWalk fromX = backDoorFromTreatments(g).stopAt(z).recordPaths().run(x);
        if (fromX.hit()) {
            MixedGraphWalk.WalkPath p = fromX.pathTo(fromX.hitState(), x);
            return new FrontDoorCheck(names, false, "the back-door path " + p.render(g) + " from a treatment to the set is open",
                    p.names(g));
        }
        MixedGraphWalk toY = new MixedGraphWalk(g).backDoorStart().conditioned(x).colliderOpenAt(g.ancestors(x))
                .stopAt(y).recordPaths().run(z);
        if (toY.hit()) {
            MixedGraphWalk.WalkPath p = toY.pathTo(toY.hitState(), z);
            return new FrontDoorCheck(names, false, "the back-door path " + p.render(g) + " from the set to an outcome is"
                    + " not blocked by the treatments", p.names(g));
        }
        return new FrontDoorCheck(names, true, "it intercepts every causal path, no back-door path reaches it from the"
                + " treatments, and the treatments block its back-door paths to the outcomes", List.of());
    }

    /**
     * The largest front-door set within the query's constraints ({@code I ⊆ Z}, no excluded or latent
     * node). Linear time.
     *
     * @param query treatments, outcomes, must-include and must-exclude nodes
     * @return a front-door set, or empty if none exists
     */
    public static Optional<Set<String>> find(AdjustmentQuery query) {
        Search s = new Search(query);
        BitSet z = s.largest(s.root);
        return s.admissible(s.include, z) ? Optional.of(NodeSets.names(s.g, z)) : Optional.empty();
    }

    /**
     * @param query treatments, outcomes, must-include and must-exclude nodes
     * @param limit the most sets to return ({@code >= 0})
     * @return up to {@code limit} front-door sets, and whether they are all of them
     */
    public static AdjustmentSetList list(AdjustmentQuery query, int limit) {
        Search s = new Search(query);
        return s.sets().list(s.g, limit);
    }

    private static MixedGraphWalk backDoorFromTreatments(GraphIndex g) {
        return new MixedGraphWalk(g).backDoorStart().colliderOpenAt(new BitSet());
    }

    private static BitSet complement(GraphIndex g, BitSet s) {
        BitSet out = new BitSet(g.size());
        out.set(0, g.size());
        out.andNot(s);
        return out;
    }

    /** The int-level finder and lister. */
    private static final class Search {
        final GraphIndex g;
        final BitSet x;
        final BitSet y;
        final BitSet include;
        final BitSet root;
        final BitSet ancestorsOfX;

        Search(AdjustmentQuery q) {
            g = q.graph().index();
            x = q.treatmentIds();
            y = q.outcomeIds();
            include = q.includeIds();
            ancestorsOfX = g.ancestors(x);
            BitSet r = complement(g, NodeSets.withRole(g, NodeRole.LATENT));
            r.andNot(x);
            r.andNot(y);
            r.andNot(NodeSets.ids(g, q.mustExclude(), "must-exclude node"));
            // Condition 2, node by node: drop every node that an open back-door path reaches from X.
            r.andNot(backDoorFromTreatments(g).run(x).reached());
            root = r;
        }

        /** Condition 3's greatest fixpoint inside the candidates {@code c}. */
        BitSet largest(BitSet c) {
            int n = g.size();
            BitSet dropped = new BitSet(n);
            boolean[] visited = new boolean[2 * n];
            boolean[] waitingTail = new boolean[n];
            // Each of the 2n states enters once, and a dropped node's deferred tail state once more.
            int[] queue = new int[3 * n];
            int head = 0;
            int tail = 0;
            for (int v = y.nextSetBit(0); v >= 0; v = y.nextSetBit(v + 1)) {
                visited[2 * v] = true;
                visited[2 * v + 1] = true;
            }
            for (int v = y.nextSetBit(0); v >= 0; v = y.nextSetBit(v + 1)) {
                tail = expand(v, true, true, true, visited, queue, tail);
            }
            while (head < tail) {
                int state = queue[head++];
                int v = state >>> 1;
                boolean arrowheadIn = (state & 1) == 1;
                if (c.get(v) && !dropped.get(v)) {
                    if (!arrowheadIn) {
                        waitingTail[v] = true;
                        continue;
                    }
                    // A back-door path from v to Y is open given X and proper: v cannot be in the set.
                    dropped.set(v);
                    if (waitingTail[v]) {
                        queue[tail++] = 2 * v;
                    }
                }
                boolean nonColliderOk = !x.get(v);
                boolean arrowheadOutOk = arrowheadIn ? ancestorsOfX.get(v) : nonColliderOk;
                tail = expand(v, arrowheadOutOk, arrowheadOutOk, nonColliderOk, visited, queue, tail);
            }
            BitSet out = (BitSet) c.clone();
            out.andNot(dropped);
            return out;
        }

        private int expand(int v, boolean toParents, boolean toSpouses, boolean toChildren, boolean[] visited, int[] queue,
                int tail) {
            if (toParents) {
                for (int k = 0; k < g.parentCount(v); k++) {
                    tail = push(2 * g.parent(v, k), visited, queue, tail);
                }
            }
            if (toSpouses) {
                for (int k = 0; k < g.spouseCount(v); k++) {
                    tail = push(2 * g.spouse(v, k) + 1, visited, queue, tail);
                }
            }
            if (toChildren) {
                for (int k = 0; k < g.childCount(v); k++) {
                    tail = push(2 * g.child(v, k) + 1, visited, queue, tail);
                }
            }
            return tail;
        }

        private static int push(int state, boolean[] visited, int[] queue, int tail) {
            if (!visited[state]) {
                visited[state] = true;
                queue[tail++] = state;
            }
            return tail;
        }

        /** Whether {@code z} (a largest set) holds {@code in} and intercepts every causal path. */
        boolean admissible(BitSet in, BitSet z) {
            return NodeSets.isSubset(in, z)
                    && !new MixedGraphWalk(g).directedOnly().region(complement(g, z)).stopAt(y).run(x).hit();
        }

        /** The front-door sets: ListSep's branching with the largest-set closure after each removal. */
        SetEnumeration sets() {
            InclusionBranching sets = new InclusionBranching() {
                @Override
                boolean holds(BitSet in, BitSet r) {
                    return admissible(in, r);
                }

                @Override
                BitSet narrow(BitSet r) {
                    return largest(r);
                }
            };
            sets.start(include, root);
            return sets;
        }
    }
}
