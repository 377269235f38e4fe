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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.graph.CausalGraph;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ImpliedIndependenciesTest {

    @Test
    void dagittyDocumentationExample() {
        // dagitty R documentation, impliedConditionalIndependencies: "x _||_ y | m"; none once m is latent.
        CausalGraph g = CausalGraph.parse("dag { x -> m -> y }");
        assertEquals(List.of("x _||_ y | m"), texts(ImpliedIndependencies.of(g)));
        assertTrue(ImpliedIndependencies.of(CausalGraph.parse("dag { x -> m -> y; m [latent] }")).isEmpty());
    }

    @Test
    void dagittyCommentatorExample() {
        // dagitty's test suite (jtextor/dagitty, test "testable implications", graph commentator1, A, B, C latent)
        // lists these minimal separators per pair:
        Map<String, List<String>> dagitty = new TreeMap<>(Map.of(
                "V W1", List.of(""), "V W2", List.of(""), "V X", List.of("W1, Z1"),
                "V Y", List.of("W1, W2, Z1, Z2"), "W1 Z2", List.of("W2"), "W2 Z1", List.of("W1"),
                "X Z2", List.of("V, W2", "W1, W2, Z1"), "Z1 Z2", List.of("V, W1", "V, W2")));
        CausalGraph g = CausalGraph.parse("dag { A -> W2; A -> W1; B -> W1; B -> X; C -> Y; C -> W2; V -> Z1; V -> Z2; "
                + "W1 -> Z1; W2 -> Z2; X -> Y; Z1 -> X; Z2 -> Y; A [latent]; B [latent]; C [latent] }");
        List<ConditionalIndependence> ours = ImpliedIndependencies.of(g);
        Set<String> pairs = new HashSet<>();
        for (ConditionalIndependence ci : ours) {
            List<String> pair = new ArrayList<>(List.of(ci.x(), ci.y()));
            Collections.sort(pair);
            String key = String.join(" ", pair);
            pairs.add(key);
            assertTrue(g.isDSeparated(List.of(ci.x()), List.of(ci.y()), ci.given()), ci::toText);
            List<String> given = new ArrayList<>(ci.given());
            Collections.sort(given);
            // dagitty lists every minimal separator, so any separator (ours is one, checked above) contains one of them
            assertTrue(dagitty.get(key).stream().anyMatch(sep -> sep.isEmpty()
                    || given.containsAll(List.of(sep.split(", ")))), ci::toText);
        }
        // the same pairs: the three other non-adjacent pairs (X-W2, Y-W1, Y-Z1) are joined by inducing paths
        assertEquals(dagitty.keySet(), new TreeMap<>(pairs.stream().collect(Collectors.toMap(p -> p, p -> p))).keySet());
    }

    @Test
    void bidirectedChainIsMarginallyIndependentAtTheEnds() {
        // a <-> b <-> c: a _||_ c marginally (b is a collider), found through the ancestral set {a, c}
        assertEquals(List.of("a _||_ c"), texts(ImpliedIndependencies.of(CausalGraph.parse("dag { a <-> b <-> c }"))));
        // Verma graph: a and d are not separable by any set (the Verma constraint is not an independence)
        List<String> verma = texts(ImpliedIndependencies.of(CausalGraph.parse("dag { a -> b -> c -> d; b <-> d }")));
        assertEquals(List.of("a _||_ c | b"), verma);
    }

    /** A random graph: observed v0.., some latent nodes, directed edges in a random order, some bidirected edges. */
    @Provide
    Arbitrary<CausalGraph> graphs() {
        return Combinators.combine(Arbitraries.integers().between(2, 10), Arbitraries.longs(),
                Arbitraries.doubles().between(0.1, 0.5), Arbitraries.doubles().between(0, 0.25),
                Arbitraries.doubles().between(0, 0.3)).as((n, seed, pd, pb, pl) -> {
                    Random r = new Random(seed);
                    List<String> order = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        order.add("v" + i);
                    }
                    Collections.shuffle(order, r);
                    CausalGraph.Builder b = CausalGraph.builder();
                    for (int i = 0; i < n; i++) {
                        b.node("v" + i);
                    }
                    for (int i = 0; i < n; i++) {
                        for (int j = i + 1; j < n; j++) {
                            if (r.nextDouble() < pd) {
                                b.edge(order.get(i), order.get(j));
                            }
                            if (r.nextDouble() < pb) {
                                b.bidirected(order.get(i), order.get(j));
                            }
                        }
                    }
                    for (int i = 0; i < n; i++) {
                        if (r.nextDouble() < pl) {
                            b.latent("v" + i);
                        }
                    }
                    return b.build();
                });
    }

    /**
     * Every statement holds by m-separation in the original graph; every non-adjacent observed pair
     * without a statement is not separated even by all other ancestors (so by no set); adjacent pairs
     * and repeated pairs never appear.
     */
    @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
    void statementsHoldAndAreComplete(@ForAll("graphs") CausalGraph g) {
        List<ConditionalIndependence> statements = ImpliedIndependencies.of(g);
        Set<String> seen = new HashSet<>();
        for (ConditionalIndependence ci : statements) {
            assertTrue(g.isDSeparated(List.of(ci.x()), List.of(ci.y()), ci.given()), ci::toText);
            assertTrue(seen.add(ci.x() + " " + ci.y()), () -> "repeated pair " + ci);
        }
        CausalGraph p = g.latentProjection();
        List<String> observed = p.nodes();
        for (int i = 0; i < observed.size(); i++) {
            for (int j = i + 1; j < observed.size(); j++) {
                String a = observed.get(i);
                String b = observed.get(j);
                boolean adjacent = p.hasDirectedEdge(a, b) || p.hasDirectedEdge(b, a) || p.hasBidirectedEdge(a, b);
                if (adjacent) {
                    assertFalse(seen.contains(a + " " + b), () -> "adjacent pair " + a + ", " + b);
                } else if (!seen.contains(a + " " + b)) {
                    Set<String> others = new HashSet<>(p.ancestors(List.of(a, b)));
                    others.remove(a);
                    others.remove(b);
                    assertFalse(p.isDSeparated(List.of(a), List.of(b), others), () -> a + ", " + b + " separable");
                }
            }
        }
        assertEquals(statements, ImpliedIndependencies.stream(g).collect(Collectors.toList()));
    }

    private static List<String> texts(List<ConditionalIndependence> cis) {
        return cis.stream().map(ConditionalIndependence::toText).collect(Collectors.toList());
    }
}
