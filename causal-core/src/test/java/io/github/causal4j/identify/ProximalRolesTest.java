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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.graph.CausalGraph;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Proximal roles against m-separation by path enumeration, and the canonical proximal graph. */
class ProximalRolesTest {

    @Property(tries = 300)
    void candidatesAndCheckFollowTheDefinitions(@ForAll @LongRange(min = 1, max = Long.MAX_VALUE / 64) long seed) {
        Random rnd = new Random(seed);
        SmallGraph sg = SmallGraph.random(seed, 9, seed % 2 == 0, false);
        if (sg.n < 4) {
            return;
        }
        List<Integer> nodes = new ArrayList<>();
        for (int v = 0; v < sg.n; v++) {
            nodes.add(v);
        }
        Collections.shuffle(nodes, rnd);
        int a = nodes.get(0);
        int y = nodes.get(1);
        BitSet u = BruteForce.single(nodes.get(2));
        BitSet x = new BitSet();
        List<Integer> others = new ArrayList<>();
        for (int i = 3; i < nodes.size(); i++) {
            if (rnd.nextInt(4) == 0) {
                x.set(nodes.get(i));
            } else {
                others.add(nodes.get(i));
            }
        }
        BruteForce bf = new BruteForce(sg);
        CausalGraph g = sg.toCausalGraph();
        BitSet as = BruteForce.single(a);
        BitSet ys = BruteForce.single(y);
        BitSet aux = union(as, u, x);
        BitSet ax = union(as, x);
        BitSet ux = union(u, x);
        ProximalCandidates c = ProximalRoles.candidates(g, SmallGraph.name(a), SmallGraph.name(y), SmallGraph.names(u),
                SmallGraph.names(x));
        BitSet expectedZ = new BitSet();
        BitSet expectedW = new BitSet();
        for (int v : others) {
            BitSet vs = BruteForce.single(v);
            boolean relevant = !bf.separated(vs, u, ax, null);
            if (relevant && bf.separated(vs, ys, aux, null)) {
                expectedZ.set(v);
            }
            if (relevant && bf.separated(vs, as, ux, null)) {
                expectedW.set(v);
            }
        }
        assertEquals(SmallGraph.names(expectedZ), new java.util.TreeSet<>(c.treatmentProxies()), () -> "Z in " + sg);
        assertEquals(SmallGraph.names(expectedW), new java.util.TreeSet<>(c.outcomeProxies()), () -> "W in " + sg);
        boolean explained = bf.validAdjustment(as, ys, ux);
        assertEquals(explained, c.unexplainedConfounding().isEmpty(), () -> c + " in " + sg);
        for (int t = 0; t < 4; t++) {
            BitSet z = new BitSet();
            BitSet w = new BitSet();
            for (int v : others) {
                int r = rnd.nextInt(3);
                if (r == 0) {
                    z.set(v);
                } else if (r == 1) {
                    w.set(v);
                }
            }
            boolean ok = explained && (z.isEmpty() || bf.separated(z, ys, aux, null))
                    && (w.isEmpty() || bf.separated(w, union(as, z), ux, null));
            for (int v = union(z, w).nextSetBit(0); v >= 0; v = union(z, w).nextSetBit(v + 1)) {
                ok &= !bf.separated(BruteForce.single(v), u, ax, null);
            }
            ProximalCheck check = ProximalRoles.check(g, SmallGraph.name(a), SmallGraph.name(y), SmallGraph.names(u),
                    SmallGraph.names(x), SmallGraph.names(z), SmallGraph.names(w));
            assertEquals(ok, check.valid(), () -> check + " in " + sg);
        }
    }

    private static BitSet union(BitSet... sets) {
        return NodeSets.union(sets);
    }

    // The proximal graph of Tchetgen Tchetgen et al. (2020, Fig. 2): Z -> A -> Y, W -> Y, U -> {Z, A, W, Y}, X -> all.
    private static final String PROXIMAL = "dag { u [latent] z -> a -> y; w -> y; u -> z; u -> a; u -> w; u -> y;"
            + " x -> z; x -> a; x -> w; x -> y; v -> a }";

    @Test
    void canonicalProximalGraph() {
        CausalGraph g = CausalGraph.parse(PROXIMAL);
        ProximalCandidates c = ProximalRoles.candidates(g, "a", "y", List.of("u"), List.of("x"));
        // Hand-derived: z ⊥ y | a,u,x (z's paths to y pass u or a); w ⊥ a | u,x. v is independent of u given a, x?
        // No: v -> a <- u is opened by conditioning on a, so v is connected to u; v ⊥ y | a,u,x holds, so v is a
        // Z candidate too (an instrument-like treatment proxy is allowed by the conditions).
        assertEquals(Set.of("z", "v"), Set.copyOf(c.treatmentProxies()));
        // w ⊥ a | u, x; z is not an outcome proxy since z -> a.
        assertEquals(Set.of("w"), Set.copyOf(c.outcomeProxies()));
        assertTrue(c.unexplainedConfounding().isEmpty());
        assertTrue(c.caveat().contains("cannot be read from a graph"));
        assertTrue(ProximalRoles.check(g, "a", "y", List.of("u"), List.of("x"), List.of("z"), List.of("w")).valid());
        ProximalCheck swapped = ProximalRoles.check(g, "a", "y", List.of("u"), List.of("x"), List.of("w"), List.of("z"));
        assertEquals(List.of("treatment proxy 'w' is not independent of the outcome given A, U, X",
                "outcome proxy 'z' is not independent of (A, Z) given U, X"), swapped.failures());
        // A second, unproxied confounder breaks the premise.
        ProximalCandidates broken = ProximalRoles.candidates(CausalGraph.parse(PROXIMAL.replace("}", "; a <-> y }")), "a", "y", List.of("u"), List.of("x"));
        assertEquals("U and X do not account for the confounding: the non-causal path a <-> y stays open",
                broken.unexplainedConfounding().orElseThrow());
    }

    @Test
    void badInput() {
        CausalGraph g = CausalGraph.parse(PROXIMAL);
        assertEquals("name at least one latent confounder U for the proxies to stand for", assertThrows(IllegalArgumentException.class,
                () -> ProximalRoles.candidates(g, "a", "y", List.of(), List.of())).getMessage());
        assertEquals("treatment proxy 'u' must be an observed node other than the treatment, outcome, confounders and covariates",
                assertThrows(IllegalArgumentException.class,
                        () -> ProximalRoles.check(g, "a", "y", List.of("u"), List.of(), List.of("u"), List.of())).getMessage());
        assertEquals("node 'z' is both a treatment and an outcome proxy", assertThrows(IllegalArgumentException.class,
                () -> ProximalRoles.check(g, "a", "y", List.of("u"), List.of(), List.of("z"), List.of("z"))).getMessage());
        assertEquals("node 'a' is both the treatment and the outcome", assertThrows(IllegalArgumentException.class,
                () -> ProximalRoles.candidates(g, "a", "a", List.of("u"), List.of())).getMessage());
    }
}
