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

import java.util.BitSet;

/**
 * Lists every valid adjustment set {@code Z} with {@code I ⊆ Z ⊆ R} with polynomial delay: the
 * backtracking of ListSep (van der Zander, Liśkiewicz &amp; Textor 2019, Alg. 5). A state
 * {@code (I', R')} holds some valid set iff {@code An(X ∪ Y ∪ I') ∩ R'} is one (Lemma 3.6), a
 * linear test; each state branches on one undecided node (left out first, so small sets tend to
 * come early) and only states that hold a set are entered. Delay {@code O(|R| (V + E))}.
 */
final class ValidSetEnumeration extends InclusionBranching {

    private final AdjustmentProblem p;

    ValidSetEnumeration(AdjustmentProblem p) {
        this.p = p;
        if (p.includeAllowed()) {
            start(p.include, NodeSets.union(p.allowed, p.include));
        }
    }

    @Override
    boolean holds(BitSet in, BitSet r) {
        BitSet z = p.g.ancestors(NodeSets.union(p.paths.treatments, p.paths.outcomes, in));
        z.and(r);
        return AdjustmentCriterion.separates(p.g, p.paths, z);
    }
}
