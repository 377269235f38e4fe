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
import java.util.BitSet;

/**
 * The nodes on proper causal paths from {@code X} to {@code Y} and the forbidden set, the two
 * ingredients of the generalized adjustment criterion (Shpitser, VanderWeele &amp; Robins 2010;
 * Perković, Textor, Kalisch &amp; Maathuis 2018, JMLR 18(220), Def. 3.3 and 4.1):
 * <ul>
 *   <li>{@code cn(X,Y)}: nodes other than {@code X} on a directed path from {@code X} to {@code Y}
 *       whose only node in {@code X} is the first, i.e.
 *       {@code (De(X) in G without edges into X) \ X} intersected with
 *       {@code An(Y) in G without edges out of X};</li>
 *   <li>{@code forb(X,Y) = De(cn(X,Y)) ∪ X};</li>
 *   <li>the proper back-door graph: {@code G} without the edges {@code x -> c}, {@code x ∈ X},
 *       {@code c ∈ cn(X,Y)} (the first edges of proper causal paths).</li>
 * </ul>
 * Bidirected edges never lie on causal paths; computing all three takes {@code O(V + E)}.
 */
final class ProperCausalPaths {

    final BitSet treatments;
    final BitSet outcomes;
    /** cn(X, Y): nodes on proper causal paths, X excluded. */
    final BitSet causalNodes;
    /** forb(X, Y) = De(cn) ∪ X. */
    final BitSet forbidden;

    private ProperCausalPaths(BitSet treatments, BitSet outcomes, BitSet causalNodes, BitSet forbidden) {
        this.treatments = treatments;
        this.outcomes = outcomes;
        this.causalNodes = causalNodes;
        this.forbidden = forbidden;
    }

    static ProperCausalPaths of(GraphIndex g, BitSet x, BitSet y) {
        int n = g.size();
        BitSet fromX = new BitSet(n);
        int[] stack = new int[n];
        int top = 0;
        for (int v = x.nextSetBit(0); v >= 0; v = x.nextSetBit(v + 1)) {
            stack[top++] = v;
        }
        while (top > 0) {
            int v = stack[--top];
            for (int k = 0; k < g.childCount(v); k++) {
                int c = g.child(v, k);
                if (!x.get(c) && !fromX.get(c)) {
                    fromX.set(c);
                    stack[top++] = c;
                }
            }
        }
        BitSet toY = new BitSet(n);
        top = 0;
        for (int v = y.nextSetBit(0); v >= 0; v = y.nextSetBit(v + 1)) {
            toY.set(v);
            stack[top++] = v;
        }
        while (top > 0) {
            int v = stack[--top];
            for (int k = 0; k < g.parentCount(v); k++) {
                int p = g.parent(v, k);
                if (!x.get(p) && !toY.get(p)) {
                    toY.set(p);
                    stack[top++] = p;
                }
            }
        }
        BitSet cn = fromX;
        cn.and(toY);
        BitSet forb = g.descendants(cn);
        forb.or(x);
        return new ProperCausalPaths(x, y, cn, forb);
    }

    /** @return a walk configured for the proper back-door graph */
    MixedGraphWalk backDoorGraphWalk(GraphIndex g) {
        return new MixedGraphWalk(g).cutEdges(treatments, causalNodes);
    }
}
