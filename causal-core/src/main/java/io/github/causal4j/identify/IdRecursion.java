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
 * The recursion of the ID algorithm (Shpitser &amp; Pearl 2006, AAAI, Fig. 3; JMLR 9 (2008)
 * Fig. 3), on a latent-free ADMG. Lines as in the paper:
 *
 * <ol>
 *   <li>{@code x = ∅}: return {@code Σ_{v \ y} P(v)};</li>
 *   <li>{@code V ≠ An(y)}: recurse on the ancestors of {@code y};</li>
 *   <li>{@code W = (V \ X) \ An(Y)} in the graph without edges into X is not empty: add W to X;</li>
 *   <li>{@code G \ X} has several districts {@code S_i}: return {@code Σ_{v \ (y ∪ x)} Π_i ID(s_i, v \ s_i)};</li>
 *   <li>{@code G} is one district: fail with the hedge {@code (G, S)};</li>
 *   <li>{@code S} is a district of {@code G}: return {@code Σ_{s \ y} Π_{v_i ∈ S} P(v_i | v_π^(i-1))};</li>
 *   <li>otherwise recurse on the district {@code S' ⊃ S} of {@code G} with the distribution
 *       {@code Π_{v_i ∈ S'} P(v_i | v_π^(i-1))}.</li>
 * </ol>
 *
 * Each call costs {@code O(V + E)} set operations plus {@code O(V (V + E))} to write the
 * conditionals of lines 6 and 7; the recursion depth is at most {@code 2V} because lines 2 and 7
 * shrink the graph and line 3 grows X, and Shpitser &amp; Pearl show the whole algorithm is
 * polynomial.
 */
final class IdRecursion {

    /** Thrown at line 5, caught by {@link IdAlgorithm}: the hedge node sets. */
    static final class Failure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        final transient BitSet f;
        final transient BitSet fPrime;

        Failure(BitSet f, BitSet fPrime) {
            super(null, null, false, false);
            this.f = f;
            this.fPrime = fPrime;
        }
    }

    private final IdGraph graph;

    IdRecursion(IdGraph graph) {
        this.graph = graph;
    }

    /**
     * @param y outcomes
     * @param x treatments, disjoint from y
     * @return the formula for {@code P_x(y)}
     * @throws Failure when not identifiable
     */
    Expression identify(BitSet y, BitSet x) {
        BitSet all = graph.all();
        return id(y, x, new Distribution.Observed(graph, all), all);
    }

    private Expression id(BitSet y, BitSet x, Distribution p, BitSet v) {
        // line 1
        if (x.isEmpty()) {
            return p.marginal(y);
        }
        // line 2
        BitSet an = graph.ancestors(y, v);
        if (!an.equals(v)) {
            BitSet x2 = (BitSet) x.clone();
            x2.and(an);
            return id(y, x2, p.marginalize(an), an);
        }
        // line 3
        BitSet w = (BitSet) v.clone();
        w.andNot(x);
        w.andNot(graph.ancestorsWithoutEdgesInto(y, x, v));
        if (!w.isEmpty()) {
            BitSet x2 = (BitSet) x.clone();
            x2.or(w);
            return id(y, x2, p, v);
        }
        // line 4
        BitSet vMinusX = (BitSet) v.clone();
        vMinusX.andNot(x);
        List<BitSet> components = graph.districts(vMinusX);
        if (components.size() > 1) {
            List<Expression> factors = new ArrayList<>(components.size());
            for (BitSet s : components) {
                BitSet rest = (BitSet) v.clone();
                rest.andNot(s);
                factors.add(id(s, rest, p, v));
            }
            BitSet summed = (BitSet) v.clone();
            summed.andNot(y);
            summed.andNot(x);
            return Expression.sum(graph.names(summed), Expression.product(factors));
        }
        BitSet s = components.get(0);
        List<BitSet> districts = graph.districts(v);
        // line 5
        if (districts.size() == 1) {
            throw new Failure((BitSet) v.clone(), (BitSet) s.clone());
        }
        // line 6
        for (BitSet d : districts) {
            if (d.equals(s)) {
                List<Expression> factors = new ArrayList<>();
                for (int vi : graph.inOrder(s)) {
                    factors.add(p.conditional(vi));
                }
                BitSet summed = (BitSet) s.clone();
                summed.andNot(y);
                return Expression.sum(graph.names(summed), Expression.product(factors));
            }
        }
        // line 7: S is inside a larger district S' of G
        for (BitSet d : districts) {
            if (d.intersects(s)) {
                BitSet x2 = (BitSet) x.clone();
                x2.and(d);
                return id(y, x2, p.restrict(d), d);
            }
        }
        throw new IllegalStateException("ID line 7: no district of G contains " + graph.names(s));
    }
}
