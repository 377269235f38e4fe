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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** d-separation against independent definitions, and the axioms it must satisfy. */
class DSeparationPropertiesTest {

    @Provide
    Arbitrary<RandomGraphs.Query> admgQueries() {
        return RandomGraphs.queries(9, true);
    }

    @Provide
    Arbitrary<RandomGraphs.Query> dagQueries() {
        return RandomGraphs.queries(10, false);
    }

    @Property(tries = 400)
    void agreesWithPathEnumerationOnAdmgs(@ForAll("admgQueries") RandomGraphs.Query q) {
        boolean expected = new BruteForceSeparation(q.graph()).separated(q.x(), q.y(), q.z());
        assertEquals(expected, q.graph().isDSeparated(q.x(), q.y(), q.z()), q.toString());
    }

    @Property(tries = 400)
    void agreesWithTheMoralisedAncestralGraphOnDags(@ForAll("dagQueries") RandomGraphs.Query q) {
        // Lauritzen et al. (1990): X _||_ Y | Z iff Z separates X from Y in the moral graph of An(X u Y u Z).
        assertEquals(moralSeparated(q.graph(), q.x(), q.y(), q.z()), q.graph().isDSeparated(q.x(), q.y(), q.z()),
                q.toString());
    }

    @Property(tries = 300)
    void isSymmetric(@ForAll("admgQueries") RandomGraphs.Query q) {
        CausalGraph g = q.graph();
        assertEquals(g.isDSeparated(q.x(), q.y(), q.z()), g.isDSeparated(q.y(), q.x(), q.z()));
    }

    @Property(tries = 300)
    void connectedSetMatchesSeparationQueries(@ForAll("admgQueries") RandomGraphs.Query q) {
        CausalGraph g = q.graph();
        Set<String> connected = g.dConnected(q.x(), q.z());
        for (String v : g.nodes()) {
            if (q.x().contains(v) || q.z().contains(v)) {
                assertFalse(connected.contains(v));
            } else {
                assertEquals(!g.isDSeparated(q.x(), List.of(v), q.z()), connected.contains(v), v + " in " + q);
            }
        }
    }

    @Property(tries = 300)
    void decompositionWeakUnionAndContraction(@ForAll("admgQueries") RandomGraphs.Query q) {
        // Semi-graphoid axioms (Pearl 1988) hold for m-separation; y = Y1 u Y2 with Y2 the rest.
        CausalGraph g = q.graph();
        if (q.y().size() < 2) {
            return;
        }
        List<String> y1 = q.y().subList(0, 1);
        List<String> y2 = q.y().subList(1, q.y().size());
        boolean joint = g.isDSeparated(q.x(), q.y(), q.z());
        if (joint) {
            assertTrue(g.isDSeparated(q.x(), y1, q.z()), "decomposition " + q);
            List<String> zPlus = new ArrayList<>(q.z());
            zPlus.addAll(y2);
            assertTrue(g.isDSeparated(q.x(), y1, zPlus), "weak union " + q);
        }
        List<String> zPlusY1 = new ArrayList<>(q.z());
        zPlusY1.addAll(y1);
        if (g.isDSeparated(q.x(), y1, q.z()) && g.isDSeparated(q.x(), y2, zPlusY1)) {
            assertTrue(joint, "contraction " + q);
        }
    }

    @Property(tries = 300)
    void compositionHoldsForDSeparation(@ForAll("admgQueries") RandomGraphs.Query q) {
        // m-separation is a compositional graphoid: X _||_ Y1 | Z and X _||_ Y2 | Z imply X _||_ Y1 Y2 | Z.
        CausalGraph g = q.graph();
        if (q.y().size() < 2) {
            return;
        }
        boolean each = true;
        for (String y : q.y()) {
            each &= g.isDSeparated(q.x(), List.of(y), q.z());
        }
        assertEquals(each, g.isDSeparated(q.x(), q.y(), q.z()), q.toString());
    }

    @Property(tries = 200)
    void latentProjectionPreservesSeparationAmongObservedNodes(
            @ForAll("withLatentGraphs") CausalGraph g, @ForAll long seed) {
        CausalGraph projected = g.latentProjection();
        assertTrue(projected.latents().isEmpty());
        List<String> observed = new ArrayList<>(projected.nodes());
        if (observed.size() < 2) {
            return;
        }
        RandomGraphs.Query q = RandomGraphs.randomQuery(projected, new java.util.Random(seed));
        assertEquals(g.isDSeparated(q.x(), q.y(), q.z()), projected.isDSeparated(q.x(), q.y(), q.z()),
                g.toDagitty() + " " + q);
    }

    @Provide
    Arbitrary<CausalGraph> withLatentGraphs() {
        return RandomGraphs.withLatents(9);
    }

    @Property(tries = 200)
    void topologicalOrderRespectsEveryEdge(@ForAll("admgQueries") RandomGraphs.Query q) {
        CausalGraph g = q.graph();
        List<String> order = g.topologicalOrder();
        assertEquals(g.nodeCount(), new HashSet<>(order).size());
        for (Edge e : g.edges()) {
            if (e.type() == EdgeType.DIRECTED) {
                assertTrue(order.indexOf(e.from()) < order.indexOf(e.to()), e.toString());
            }
        }
    }

    @Property(tries = 200)
    void ancestorsAreWhatReachesTheNode(@ForAll("admgQueries") RandomGraphs.Query q) {
        CausalGraph g = q.graph();
        BruteForceSeparation brute = new BruteForceSeparation(g);
        String target = q.y().get(0);
        for (String v : g.nodes()) {
            assertEquals(brute.hasDescendantIn(v, Set.of(target)), g.ancestors(target).contains(v));
            assertEquals(brute.hasDescendantIn(target, Set.of(v)), g.descendants(target).contains(v));
        }
    }

    static boolean moralSeparated(CausalGraph g, List<String> x, List<String> y, List<String> z) {
        List<String> all = new ArrayList<>(x);
        all.addAll(y);
        all.addAll(z);
        Set<String> keep = g.ancestors(all);
        Map<String, Set<String>> adjacent = new HashMap<>();
        for (String v : keep) {
            adjacent.put(v, new HashSet<>());
        }
        for (String v : keep) {
            List<String> parents = new ArrayList<>(g.parents(v));
            for (String p : parents) {
                adjacent.get(p).add(v);
                adjacent.get(v).add(p);
            }
            for (int i = 0; i < parents.size(); i++) {
                for (int j = i + 1; j < parents.size(); j++) {
                    adjacent.get(parents.get(i)).add(parents.get(j));
                    adjacent.get(parents.get(j)).add(parents.get(i));
                }
            }
        }
        Set<String> seen = new HashSet<>(x);
        List<String> stack = new ArrayList<>(x);
        while (!stack.isEmpty()) {
            String v = stack.remove(stack.size() - 1);
            if (y.contains(v)) {
                return false;
            }
            for (String w : adjacent.get(v)) {
                if (!z.contains(w) && seen.add(w)) {
                    stack.add(w);
                }
            }
        }
        return true;
    }
}
