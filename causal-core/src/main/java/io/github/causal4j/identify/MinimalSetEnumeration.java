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

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;

/**
 * Lists every {@code I}-minimal valid adjustment set {@code Z} with {@code I ⊆ Z ⊆ R}, with
 * polynomial delay, in the spirit of ListMinSep (van der Zander, Liśkiewicz &amp; Textor 2019,
 * AIJ 270, Alg. 6, after Takata 2010): the minimal sets are the minimal
 * {@code X}–{@code Y} vertex separators inside {@code R} of {@code H}, the augmented graph of
 * {@code An(X ∪ Y ∪ I)} in the proper back-door graph with {@code I} deleted.
 *
 * <p>Search state: a connected "X side" {@code A ⊇ X} and a set {@code K ⊆ N(A)} forced into the
 * separator. {@code A} is kept closed (every neighbour of {@code A} outside {@code R} is absorbed,
 * as it can never separate), so {@code N(A) ⊆ R}. For such {@code A}, {@code S_A = N(D)}, where
 * {@code D} is the component of {@code Y} in {@code H − N[A]}, is a minimal separator with
 * {@code A} on the {@code X} side; a minimal separator with {@code A} on its X side and {@code K}
 * inside exists iff {@code K ⊆ S_A}. Branching on a neighbour {@code v ∈ N(A) \ K} — into the
 * separator, or onto the X side — splits the solutions in two disjoint halves, and every branch
 * taken holds a solution, so the delay between two outputs is {@code O(|R| (V + E))} and no set
 * is listed twice. {@code A}, {@code N(A)}, {@code S_A} are computed by walks in the ADMG, never by
 * building {@code H}.
 */
final class MinimalSetEnumeration extends SetEnumeration {

    private final AdjustmentProblem p;
    private final BitSet blockedAlways;
    private final Deque<Frame> stack = new ArrayDeque<>();

    /** Search node: X side, its neighbourhood, the nearest separator, the forced set and the branch stage. */
    private static final class Frame {
        final BitSet side;
        final BitSet neighbours;
        final BitSet separator;
        final BitSet forced;
        int stage;
        int branchNode = -1;

        Frame(BitSet side, BitSet neighbours, BitSet separator, BitSet forced) {
            this.side = side;
            this.neighbours = neighbours;
            this.separator = separator;
            this.forced = forced;
        }
    }

    MinimalSetEnumeration(AdjustmentProblem p) {
        this.p = p;
        this.blockedAlways = p.include;
        if (p.includeAllowed()) {
            Frame root = frame(p.paths.treatments, new BitSet());
            if (root != null) {
                stack.push(root);
            }
        }
    }

    /** @return the closed frame for X side {@code seeds}, or null if no solution holds {@code forced} there */
    private Frame frame(BitSet seeds, BitSet forced) {
        BitSet candidates = NodeSets.minus(NodeSets.intersection(p.allowed, p.region), p.include);
        candidates.andNot(seeds);
        BitSet blockers = NodeSets.union(candidates, blockedAlways);
        MixedGraphWalk closure = p.moralWalk().conditioned(blockers).stopAt(p.paths.outcomes).run(seeds);
        if (closure.hit()) {
            return null;
        }
        BitSet reached = closure.reached();
        BitSet neighbours = NodeSets.intersection(reached, candidates);
        BitSet side = NodeSets.minus(reached, blockers);
        side.or(seeds);
        BitSet separator = p.moralWalk().conditioned(NodeSets.union(neighbours, blockedAlways))
                .run(p.paths.outcomes).reached();
        separator.and(neighbours);
        if (!NodeSets.isSubset(forced, separator)) {
            return null;
        }
        return new Frame(side, neighbours, separator, forced);
    }

    @Override
    BitSet advance() {
        while (!stack.isEmpty()) {
            Frame f = stack.peek();
            if (f.stage == 0) {
                BitSet open = NodeSets.minus(f.neighbours, f.forced);
                int v = open.nextSetBit(0);
                if (v < 0) {
                    stack.pop();
                    BitSet out = (BitSet) f.separator.clone();
                    out.or(p.include);
                    return out;
                }
                f.branchNode = v;
                f.stage = 1;
                if (f.separator.get(v)) {
                    BitSet forced = (BitSet) f.forced.clone();
                    forced.set(v);
                    stack.push(new Frame(f.side, f.neighbours, f.separator, forced));
                }
            } else if (f.stage == 1) {
                f.stage = 2;
                BitSet seeds = (BitSet) f.side.clone();
                seeds.set(f.branchNode);
                Frame child = frame(seeds, f.forced);
                if (child != null) {
                    stack.push(child);
                }
            } else {
                stack.pop();
            }
        }
        return null;
    }
}
