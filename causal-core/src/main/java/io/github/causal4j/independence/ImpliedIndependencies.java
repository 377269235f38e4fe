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
package io.github.causal4j.independence;

import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.graph.GraphIndex;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The conditional independences a causal graph implies, one statement per non-adjacent pair of
 * observed variables that some set separates — the "missing edge" form of dagitty's
 * {@code impliedConditionalIndependencies}, which tests two variables at a time.
 *
 * <p>The statement for a pair is read from the ordered local Markov property of ADMGs (Richardson
 * 2003, "Markov properties for acyclic directed mixed graphs", Scand. J. Statist. 30, Sec. 3):
 * with {@code v} the later of the two in the graph's topological order and
 * {@code A = An({u, v})} (an ancestral set in which {@code v} is last), {@code v} is independent of
 * {@code A \ mb(v, A)} given its Markov blanket {@code mb(v, A)} = the district of {@code v} in
 * {@code G[A]} and its parents, without {@code v}. So the statement is
 * {@code u ⊥ v | mb(v, A)} whenever {@code u ∉ mb(v, A)}. In a DAG, {@code mb(v, A) = pa(v)}: the
 * statement is {@code u ⊥ v | pa(v)}, the local Markov property. When {@code u ∈ mb(v, A)} a
 * collider path of ancestors joins the two (an inducing path), no set separates them, and the pair
 * gives no statement (in an ADMG such pairs may carry a Verma constraint instead, which is not a
 * conditional independence). Latent nodes are removed first by the latent projection.
 *
 * <p>Statements come in node order of the pair ({@code x} before {@code y}), the conditioning set
 * in node order. Unlike dagitty, which lists every minimal separator of a pair, one statement per
 * pair is given, so no statement repeats a pair.
 *
 * <p>Cost: a DAG gives each statement in {@code O(|pa(v)|)} after an {@code O(V + E)} setup, so
 * the whole list is {@code O(V²)} plus its size; an ADMG costs {@code O(V (V + E))} to compute
 * ancestor sets and {@code O(V + E)} per pair, {@code O(V² (V + E))} in all.
 */
public final class ImpliedIndependencies {

    private ImpliedIndependencies() {
    }

    /**
     * @param graph a DAG or ADMG, latent nodes allowed
     * @return one statement per separable non-adjacent pair of observed nodes
     */
    public static List<ConditionalIndependence> of(CausalGraph graph) {
        List<ConditionalIndependence> out = new ArrayList<>();
        stream(graph).forEach(out::add);
        return java.util.Collections.unmodifiableList(out);
    }

    /**
     * The same statements as {@link #of}, produced lazily (for graphs whose list of statements is
     * too long to hold: a sparse DAG with {@code V} nodes has about {@code V²/2}).
     *
     * @param graph a DAG or ADMG
     * @return the statements in the order of {@link #of}
     */
    public static Stream<ConditionalIndependence> stream(CausalGraph graph) {
        Objects.requireNonNull(graph, "graph");
        Pairs pairs = new Pairs(graph.latentProjection());
        return StreamSupport.stream(new Spliterators.AbstractSpliterator<ConditionalIndependence>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super ConditionalIndependence> action) {
                ConditionalIndependence next = pairs.next();
                if (next == null) {
                    return false;
                }
                action.accept(next);
                return true;
            }
        }, false);
    }

    /** Walks the pairs (i, j), i before j in node order, and yields each one's statement. */
    private static final class Pairs {

        private final GraphIndex g;
        private final int n;
        private final int[] rank;
        private final boolean dag;
        private final BitSet[] ancestors;
        private final List<List<String>> parentNames = new ArrayList<>();
        private int i;
        private int j;

        Pairs(CausalGraph graph) {
            this.g = graph.index();
            this.n = g.size();
            this.rank = new int[n];
            int[] order = g.topologicalOrder();
            for (int k = 0; k < n; k++) {
                rank[order[k]] = k;
            }
            this.dag = graph.isDag();
            this.ancestors = dag ? null : ancestorSets(order);
            for (int v = 0; v < n; v++) {
                List<String> names = new ArrayList<>(g.parentCount(v));
                for (int k = 0; k < g.parentCount(v); k++) {
                    names.add(g.name(g.parent(v, k)));
                }
                parentNames.add(List.copyOf(names));
            }
            this.i = 0;
            this.j = 0;
        }

        /** An(v) for every v, in topological order: An(v) = {v} ∪ the union of its parents' sets. */
        private BitSet[] ancestorSets(int[] order) {
            BitSet[] an = new BitSet[n];
            for (int v : order) {
                BitSet a = new BitSet(n);
                a.set(v);
                for (int k = 0; k < g.parentCount(v); k++) {
                    a.or(an[g.parent(v, k)]);
                }
                an[v] = a;
            }
            return an;
        }

        ConditionalIndependence next() {
            while (true) {
                j++;
                if (j >= n) {
                    i++;
                    j = i + 1;
                }
                if (i >= n - 1) {
                    return null;
                }
                if (adjacent(i, j)) {
                    continue;
                }
                int u = rank[i] < rank[j] ? i : j;
                int v = u == i ? j : i;
                if (dag) {
                    return new ConditionalIndependence(g.name(i), g.name(j), parentNames.get(v));
                }
                BitSet blanket = markovBlanket(u, v);
                if (!blanket.get(u)) {
                    List<String> given = new ArrayList<>(blanket.cardinality());
                    for (int w = blanket.nextSetBit(0); w >= 0; w = blanket.nextSetBit(w + 1)) {
                        given.add(g.name(w));
                    }
                    return new ConditionalIndependence(g.name(i), g.name(j), given);
                }
            }
        }

        private boolean adjacent(int a, int b) {
            return g.hasDirectedEdge(a, b) || g.hasDirectedEdge(b, a) || g.hasBidirectedEdge(a, b);
        }

        /** mb(v, An({u, v})): the district of v in G[A] and its parents, without v. */
        private BitSet markovBlanket(int u, int v) {
            BitSet a = (BitSet) ancestors[u].clone();
            a.or(ancestors[v]);
            BitSet seed = new BitSet(n);
            seed.set(v);
            BitSet district = g.districtOf(seed, a);
            BitSet out = (BitSet) district.clone();
            for (int d = district.nextSetBit(0); d >= 0; d = district.nextSetBit(d + 1)) {
                for (int k = 0; k < g.parentCount(d); k++) {
                    out.set(g.parent(d, k));
                }
            }
            out.clear(v);
            return out;
        }
    }
}
