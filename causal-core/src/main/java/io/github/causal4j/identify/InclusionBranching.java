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
 * The backtracking of ListSep (van der Zander, Liśkiewicz &amp; Textor 2019, Alg. 5) over states
 * {@code (I, R)}: the solutions {@code Z} with {@code I ⊆ Z ⊆ R}. A state branches on its first
 * undecided node {@code v ∈ R \ I}, into {@code (I ∪ {v}, R)} and {@code (I, narrow(R \ {v}))};
 * a state with {@code I = R} is a solution. Only states that {@link #holds hold} a solution are
 * entered, so with a test linear in the graph the delay between two solutions is
 * {@code O(|R|)} tests. The "v left out" branch is explored first (small sets tend to come
 * early). Subclasses give the test and, where the candidates must be closed again after a node
 * leaves, the narrowing.
 */
abstract class InclusionBranching extends SetEnumeration {

    private final Deque<BitSet[]> stack = new ArrayDeque<>();

    /**
     * @param in the nodes every solution holds
     * @param r the candidates
     * @return whether some solution {@code Z} has {@code in ⊆ Z ⊆ r}
     */
    abstract boolean holds(BitSet in, BitSet r);

    /**
     * @param r candidates
     * @return the candidates a solution within {@code r} can use; {@code r} itself by default
     */
    BitSet narrow(BitSet r) {
        return r;
    }

    /**
     * Enters the root state {@code (in, narrow(r))} if it holds a solution (called once, by the
     * subclass' constructor when its test can run).
     *
     * @param in the nodes every solution holds
     * @param r the candidates
     */
    final void start(BitSet in, BitSet r) {
        BitSet candidates = narrow(r);
        if (holds(in, candidates)) {
            stack.push(new BitSet[] {in, candidates});
        }
    }

    @Override
    final BitSet advance() {
        while (!stack.isEmpty()) {
            BitSet[] state = stack.pop();
            BitSet in = state[0];
            BitSet r = state[1];
            int v = NodeSets.minus(r, in).nextSetBit(0);
            if (v < 0) {
                return (BitSet) in.clone();
            }
            BitSet withV = (BitSet) in.clone();
            withV.set(v);
            // Pushed in reverse so that "v left out" is explored first.
            if (holds(withV, r)) {
                stack.push(new BitSet[] {withV, r});
            }
            BitSet withoutV = (BitSet) r.clone();
            withoutV.clear(v);
            BitSet smaller = narrow(withoutV);
            if (holds(in, smaller)) {
                stack.push(new BitSet[] {in, smaller});
            }
        }
        return null;
    }
}
