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

import java.util.List;
import java.util.Objects;

/**
 * The witness that an interventional distribution is not identifiable: a hedge (Shpitser &amp;
 * Pearl 2006, "Identification of joint interventional distributions in recursive semi-Markovian
 * causal models", AAAI; JMLR 9 (2008) Definition 4). Two C-forests {@code F' ⊂ F} with the same
 * root set {@code R ⊆ An(Y)} in the graph without the edges into X, where {@code F} meets the
 * treatments and {@code F'} does not. Any two models that agree on the observational distribution
 * but differ on the nodes of {@code F} can be made to disagree on {@code P(y | do(x))}.
 *
 * <p>The sets are the node sets the ID algorithm returns when it fails (line 5): {@code f} is the
 * node set of the current subgraph, a single district that contains a treatment, and
 * {@code fPrime} the district of the subgraph without the treatments. Both are read in the latent
 * projection of the graph.
 *
 * @param f the nodes of the larger C-forest F, in node order
 * @param fPrime the nodes of the smaller C-forest F' (a proper subset of {@code f}, no treatment), in node order
 */
public record Hedge(List<String> f, List<String> fPrime) {

    /** Validates and copies. */
    public Hedge {
        f = List.copyOf(f);
        fPrime = List.copyOf(fPrime);
        if (!f.containsAll(fPrime) || f.size() <= fPrime.size()) {
            throw new IllegalArgumentException("F' " + fPrime + " must be a proper subset of F " + f);
        }
        Objects.requireNonNull(f, "f");
    }

    /** @return e.g. {@code hedge F = {x, y}, F' = {y}} */
    @Override
    public String toString() {
        return "hedge F = {" + String.join(", ", f) + "}, F' = {" + String.join(", ", fPrime) + "}";
    }
}
