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
 * The distribution the ID algorithm carries through its recursion: the observational margin
 * {@code P(V)} of an ancestral set, or, after line 7, a product of conditionals
 * {@code Π_i P(v_i | v_π^(i-1))} in topological order with some variables summed out.
 */
abstract sealed class Distribution permits Distribution.Observed, Distribution.Factorised {

    final IdGraph graph;

    Distribution(IdGraph graph) {
        this.graph = graph;
    }

    /** @return the variables of the distribution */
    abstract BitSet variables();

    /** @return {@code Σ_{V \ y} P(V)} (ID line 1) */
    abstract Expression marginal(BitSet y);

    /** @return the margin over {@code keep}, an ancestral subset of the variables (ID line 2) */
    abstract Distribution marginalize(BitSet keep);

    /** @return {@code P(v | the variables before v)} */
    abstract Expression conditional(int v);

    /**
     * The distribution of line 7: {@code Π_{v_i ∈ s} P(v_i | v_π^(i-1))}, a distribution over
     * {@code s} in which the other variables keep the values they are fixed to.
     */
    Factorised restrict(BitSet s) {
        int[] order = graph.inOrder(s);
        Expression[] factors = new Expression[order.length];
        for (int i = 0; i < order.length; i++) {
            factors[i] = conditional(order[i]);
        }
        return new Factorised(graph, order, factors, new BitSet());
    }

    /**
     * The observational margin {@code P(A)} of an ancestral set {@code A} of the graph. Its
     * conditionals are written with the smallest conditioning set that the ordered local Markov
     * property allows: {@code P(v | pre(v)) = P(v | mb(v))}.
     */
    static final class Observed extends Distribution {

        private final BitSet variables;

        Observed(IdGraph graph, BitSet variables) {
            super(graph);
            this.variables = variables;
        }

        @Override
        BitSet variables() {
            return variables;
        }

        @Override
        Expression marginal(BitSet y) {
            return Expression.probability(graph.names(y), List.of());
        }

        @Override
        Distribution marginalize(BitSet keep) {
            return new Observed(graph, keep);
        }

        @Override
        Expression conditional(int v) {
            BitSet set = graph.predecessors(v, variables);
            set.set(v);
            return Expression.probability(List.of(graph.name(v)), graph.names(graph.markovBlanket(v, set)));
        }
    }

    /**
     * {@code Σ_hidden Π_i f_i} over the variables {@code order}, where each factor {@code f_i} is a
     * conditional distribution of {@code order[i]} given the earlier variables (and fixed values of
     * variables outside). A summed variable that no other factor mentions is dropped with its
     * factor, which sums to 1.
     */
    static final class Factorised extends Distribution {

        private final int[] order;
        private final Expression[] factors;
        private final BitSet hidden;

        Factorised(IdGraph graph, int[] order, Expression[] factors, BitSet hidden) {
            super(graph);
            this.order = order;
            this.factors = factors;
            this.hidden = hidden;
        }

        @Override
        BitSet variables() {
            BitSet out = new BitSet(graph.size());
            for (int v : order) {
                out.set(v);
            }
            out.andNot(hidden);
            return out;
        }

        @Override
        Expression marginal(BitSet y) {
            BitSet drop = variables();
            drop.andNot(y);
            Factorised m = hide(drop);
            return Expression.sum(graph.names(m.hidden), Expression.product(List.of(m.factors)));
        }

        @Override
        Distribution marginalize(BitSet keep) {
            BitSet drop = variables();
            drop.andNot(keep);
            return hide(drop);
        }

        @Override
        Expression conditional(int v) {
            int i = position(v);
            BitSet before = new BitSet(graph.size());
            for (int j = 0; j < i; j++) {
                if (hidden.get(order[j])) {
                    before.set(order[j]);
                }
            }
            if (before.isEmpty()) {
                return factors[i];
            }
            List<String> summed = graph.names(before);
            List<Expression> upTo = List.of(factors).subList(0, i + 1);
            Expression numerator = Expression.sum(summed, Expression.product(upTo));
            Expression denominator = Expression.sum(summed, Expression.product(upTo.subList(0, i)));
            return Expression.fraction(numerator, denominator);
        }

        private int position(int v) {
            for (int i = 0; i < order.length; i++) {
                if (order[i] == v) {
                    return i;
                }
            }
            throw new IllegalStateException("variable " + graph.name(v) + " is not in the distribution");
        }

        /** Sums out {@code drop}, then prunes summed variables that no other factor mentions. */
        private Factorised hide(BitSet drop) {
            List<Integer> keptOrder = new ArrayList<>();
            List<Expression> keptFactors = new ArrayList<>();
            for (int i = 0; i < order.length; i++) {
                keptOrder.add(order[i]);
                keptFactors.add(factors[i]);
            }
            BitSet newHidden = (BitSet) hidden.clone();
            newHidden.or(drop);
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int i = keptOrder.size() - 1; i >= 0; i--) {
                    int v = keptOrder.get(i);
                    if (newHidden.get(v) && !mentionedElsewhere(graph.name(v), keptFactors, i)) {
                        keptOrder.remove(i);
                        keptFactors.remove(i);
                        newHidden.clear(v);
                        changed = true;
                    }
                }
            }
            int[] o = keptOrder.stream().mapToInt(Integer::intValue).toArray();
            return new Factorised(graph, o, keptFactors.toArray(Expression[]::new), newHidden);
        }

        private static boolean mentionedElsewhere(String name, List<Expression> factors, int self) {
            for (int j = 0; j < factors.size(); j++) {
                if (j != self && factors.get(j).freeVariables().contains(name)) {
                    return true;
                }
            }
            return false;
        }
    }
}
