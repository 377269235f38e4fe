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

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random small DAGs and ADMGs for property tests, built from a seed so failures shrink to a seed. */
final class RandomGraphs {

    private RandomGraphs() {
    }

    /** A graph with its nodes and a random disjoint (X, Y, Z) triple. */
    record Query(CausalGraph graph, List<String> x, List<String> y, List<String> z) {
    }

    static Arbitrary<CausalGraph> admgs(int maxNodes, boolean bidirected) {
        return Combinators.combine(Arbitraries.integers().between(1, maxNodes), Arbitraries.longs(),
                Arbitraries.doubles().between(0.1, 0.6), Arbitraries.doubles().between(0.0, 0.3))
                .as((n, seed, pDirected, pBidirected) -> generate(n, new Random(seed), pDirected,
                        bidirected ? pBidirected : 0.0, 0.0));
    }

    static Arbitrary<CausalGraph> withLatents(int maxNodes) {
        return Combinators.combine(Arbitraries.integers().between(2, maxNodes), Arbitraries.longs(),
                Arbitraries.doubles().between(0.15, 0.6), Arbitraries.doubles().between(0.0, 0.2),
                Arbitraries.doubles().between(0.1, 0.5))
                .as((n, seed, pDirected, pBidirected, pLatent) -> generate(n, new Random(seed), pDirected, pBidirected,
                        pLatent));
    }

    static Arbitrary<Query> queries(int maxNodes, boolean bidirected) {
        return Combinators.combine(admgs(maxNodes, bidirected).filter(g -> g.nodeCount() >= 2), Arbitraries.longs())
                .as((g, seed) -> randomQuery(g, new Random(seed)));
    }

    static CausalGraph generate(int n, Random random, double pDirected, double pBidirected, double pLatent) {
        List<String> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add("v" + i);
        }
        Collections.shuffle(order, random);
        CausalGraph.Builder b = CausalGraph.builder();
        for (int i = 0; i < n; i++) {
            b.node("v" + i);
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (random.nextDouble() < pDirected) {
                    b.edge(order.get(i), order.get(j));
                }
                if (random.nextDouble() < pBidirected) {
                    b.bidirected(order.get(i), order.get(j));
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (random.nextDouble() < pLatent) {
                b.role("v" + i, NodeRole.LATENT);
            }
        }
        return b.build();
    }

    static Query randomQuery(CausalGraph g, Random random) {
        List<String> nodes = new ArrayList<>(g.nodes());
        Collections.shuffle(nodes, random);
        int n = nodes.size();
        int xSize = 1 + random.nextInt(Math.max(1, Math.min(2, n - 1)));
        int ySize = 1 + random.nextInt(Math.max(1, Math.min(2, n - xSize)));
        List<String> x = new ArrayList<>(nodes.subList(0, xSize));
        List<String> y = new ArrayList<>(nodes.subList(xSize, xSize + ySize));
        List<String> z = new ArrayList<>();
        for (String v : nodes.subList(xSize + ySize, n)) {
            if (random.nextBoolean()) {
                z.add(v);
            }
        }
        return new Query(g, x, y, z);
    }

    static BitSet bits(GraphIndex index, List<String> names) {
        BitSet b = new BitSet();
        for (String s : names) {
            b.set(index.id(s));
        }
        return b;
    }
}
