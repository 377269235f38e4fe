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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.graph.CausalGraph;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * Every adjustment algorithm against the brute-force definitions of {@link BruteForce} on random
 * DAGs and ADMGs (with latent nodes) of 3 to 9 nodes, with random treatment/outcome sets and random
 * must-include/must-exclude constraints.
 */
class AdjustmentPropertyTest {

    /** A random query on a random graph: treatments, outcomes, and constraints among the observed nodes. */
    record Case(SmallGraph sg, BruteForce bf, BitSet x, BitSet y, BitSet include, BitSet exclude, AdjustmentQuery query,
            List<Integer> pool) {

        BitSet allowedBruteForce() {
            BitSet r = new BitSet();
            for (int v : sg.observed()) {
                r.set(v);
            }
            r.andNot(x);
            r.andNot(y);
            r.andNot(exclude);
            return r;
        }

        /** Valid sets Z with I ⊆ Z ⊆ R, by brute force. */
        List<BitSet> validBruteForce() {
            List<BitSet> out = new ArrayList<>();
            for (BitSet z : BruteForce.subsets(pool)) {
                BitSet zi = (BitSet) z.clone();
                zi.or(include);
                if (zi.equals(z) || true) {
                    if (!NodeSets.isSubset(include, z)) {
                        continue;
                    }
                    if (bf.validAdjustment(x, y, z)) {
                        out.add(z);
                    }
                }
            }
            return out;
        }
    }

    static Case randomCase(long seed, boolean bidirected, boolean latents, boolean constraints) {
        Random rnd = new Random(seed ^ 0x5DEECE66DL);
        for (int attempt = 0; ; attempt++) {
            SmallGraph sg = SmallGraph.random(seed * 31 + attempt, 9, bidirected, latents);
            List<Integer> obs = sg.observed();
            if (obs.size() < 2) {
                continue;
            }
            java.util.Collections.shuffle(obs, rnd);
            BitSet x = new BitSet();
            BitSet y = new BitSet();
            x.set(obs.get(0));
            y.set(obs.get(1));
            int k = 2;
            if (obs.size() > 4 && rnd.nextInt(4) == 0) {
                x.set(obs.get(k++));
            }
            if (obs.size() > 5 && rnd.nextInt(4) == 0) {
                y.set(obs.get(k++));
            }
            BitSet include = new BitSet();
            BitSet exclude = new BitSet();
            if (constraints) {
                for (int i = k; i < obs.size(); i++) {
                    int r = rnd.nextInt(8);
                    if (r == 0) {
                        include.set(obs.get(i));
                    } else if (r == 1) {
                        exclude.set(obs.get(i));
                    }
                }
            }
            CausalGraph g = sg.toCausalGraph();
            AdjustmentQuery q = new AdjustmentQuery(g, SmallGraph.names(x), SmallGraph.names(y), SmallGraph.names(include),
                    SmallGraph.names(exclude));
            List<Integer> pool = new ArrayList<>();
            for (int v : sg.observed()) {
                if (!x.get(v) && !y.get(v) && !exclude.get(v)) {
                    pool.add(v);
                }
            }
            java.util.Collections.sort(pool);
            return new Case(sg, new BruteForce(sg), x, y, include, exclude, q, pool);
        }
    }

    private static Set<Set<String>> named(List<BitSet> sets) {
        return sets.stream().map(SmallGraph::names).collect(Collectors.toSet());
    }

    private static Set<Set<String>> sorted(List<Set<String>> sets) {
        return sets.stream().map(TreeSet::new).collect(Collectors.toSet());
    }

    private static List<BitSet> inclusionMinimal(List<BitSet> valid) {
        List<BitSet> out = new ArrayList<>();
        for (BitSet z : valid) {
            boolean minimal = true;
            for (BitSet other : valid) {
                if (!other.equals(z) && NodeSets.isSubset(other, z)) {
                    minimal = false;
                    break;
                }
            }
            if (minimal) {
                out.add(z);
            }
        }
        return out;
    }

    @Property(tries = 300)
    void validityTestAgreesWithTheDefinition(@ForAll @LongRange(min = 1, max = Long.MAX_VALUE / 64) long seed) {
        Case c = randomCase(seed, seed % 2 == 0, seed % 3 == 0, false);
        Random rnd = new Random(seed);
        for (int trial = 0; trial < 6; trial++) {
            BitSet z = new BitSet();
            for (int v : c.pool) {
                if (rnd.nextBoolean()) {
                    z.set(v);
                }
            }
            boolean expected = c.bf.validAdjustment(c.x, c.y, z);
            assertEquals(expected, c.bf.validAdjustmentByProperPaths(c.x, c.y, z),
                    "the two brute-force forms of the criterion disagree on " + z + " in " + c.sg);
            AdjustmentCheck check = AdjustmentCriterion.check(c.query, SmallGraph.names(z));
            assertEquals(expected, check.valid(), () -> check + " in " + c.sg);
            check.violation().ifPresent(v -> checkWitness(c, z, v));
        }
    }

    /** The reported witness is genuine: an open path of the proper back-door graph, or a forbidden node on/below a causal path. */
    private static void checkWitness(Case c, BitSet z, AdjustmentViolation v) {
        if (v instanceof AdjustmentViolation.OpenPath open) {
            List<Integer> nodes = open.path().stream().map(s -> Integer.parseInt(s.substring(1))).toList();
            assertEquals(nodes.size(), new HashSet<>(nodes).size(), "path repeats a node: " + open.rendered());
            boolean found = false;
            for (BruteForce.Path p : c.bf.paths(c.x, c.y, c.bf.properBackDoorRemovals(c.x, c.y))) {
                if (p.nodes().equals(nodes) && c.bf.open(p, z)) {
                    found = true;
                }
            }
            assertTrue(found, "reported path " + open.rendered() + " is not an open path of the proper back-door graph in " + c.sg);
        } else {
            AdjustmentViolation.ForbiddenNode f = (AdjustmentViolation.ForbiddenNode) v;
            int node = Integer.parseInt(f.node().substring(1));
            assertTrue(z.get(node) && c.bf.forbidden(c.x, c.y).get(node));
            List<Integer> path = f.causalPath().stream().map(s -> Integer.parseInt(s.substring(1))).toList();
            assertTrue(c.x.get(path.get(0)) && c.y.get(path.get(path.size() - 1)));
            for (int i = 0; i + 1 < path.size(); i++) {
                assertTrue(c.sg.directed[path.get(i)][path.get(i + 1)], "not a causal path: " + f.rendered());
            }
            BitSet onPath = new BitSet();
            path.subList(1, path.size()).forEach(onPath::set);
            assertTrue(c.bf.descendants(onPath).get(node), f.rendered() + " is not above " + f.node());
        }
    }

    @Property(tries = 300)
    void minimalSetEnumerationEqualsBruteForce(@ForAll @LongRange(min = 1, max = Long.MAX_VALUE / 64) long seed) {
        Case c = randomCase(seed, seed % 2 == 0, seed % 3 == 0, seed % 5 < 2);
        Set<Set<String>> expected = named(inclusionMinimal(c.validBruteForce()));
        AdjustmentSetList listed = AdjustmentSets.minimalSets(c.query, 10_000);
        assertTrue(listed.complete());
        assertEquals(listed.sets().size(), new HashSet<>(listed.sets()).size(), "a set was listed twice");
        assertEquals(expected, sorted(listed.sets()), () -> "in " + c.sg + " for " + c.query);
    }

    @Property(tries = 300)
    void validSetStreamEqualsBruteForce(@ForAll @LongRange(min = 1, max = Long.MAX_VALUE / 64) long seed) {
        Case c = randomCase(seed, seed % 2 == 0, seed % 3 == 0, seed % 5 < 2);
        List<BitSet> valid = c.validBruteForce();
        AdjustmentSetList all = AdjustmentSets.validSets(c.query, 1 << 12);
        assertTrue(all.complete());
        assertEquals(all.sets().size(), new HashSet<>(all.sets()).size(), "a set was listed twice");
        assertEquals(named(valid), sorted(all.sets()), () -> "in " + c.sg + " for " + c.query);
        if (valid.size() > 1) {
            AdjustmentSetList cut = AdjustmentSets.validSets(c.query, valid.size() - 1);
            assertFalse(cut.complete(), "a list stopped at its limit must say it is incomplete");
            assertEquals(valid.size() - 1, cut.sets().size());
        }
    }

    @Property(tries = 300)
    void canonicalAndMinimalAndMinimumCost(@ForAll @LongRange(min = 1, max = Long.MAX_VALUE / 64) long seed) {
        Case c = randomCase(seed, seed % 2 == 0, seed % 3 == 0, seed % 5 < 2);
        List<BitSet> valid = c.validBruteForce();
        Set<Set<String>> minimalSets = named(inclusionMinimal(valid));
        Optional<Set<String>> canonical = AdjustmentSets.canonical(c.query);
        Optional<Set<String>> minimal = AdjustmentSets.minimal(c.query);
        assertEquals(!valid.isEmpty(), canonical.isPresent(), () -> "canonical " + canonical + " in " + c.sg);
        assertEquals(!valid.isEmpty(), minimal.isPresent());
        assertEquals(canonical.isPresent(), AdjustmentSets.canonicalCheck(c.query).valid());
        if (valid.isEmpty()) {
            assertTrue(AdjustmentSets.minimumCost(c.query, Map.of()).isEmpty());
            return;
        }
        BitSet can = SmallGraph.ids(canonical.get());
        assertTrue(c.bf.validAdjustment(c.x, c.y, can) && NodeSets.isSubset(c.include, can));
        for (Set<String> m : minimalSets) {
            assertTrue(canonical.get().containsAll(m), "minimal set " + m + " not inside the canonical set " + canonical.get());
        }
        assertTrue(minimalSets.contains(new TreeSet<>(minimal.get())), () -> minimal + " is not I-minimal in " + c.sg);
        Random rnd = new Random(seed);
        Map<String, Double> costs = new HashMap<>();
        for (int v : c.pool) {
            costs.put(SmallGraph.name(v), (double) (1 + rnd.nextInt(5)));
        }
        double best = Double.POSITIVE_INFINITY;
        for (BitSet z : valid) {
            best = Math.min(best, cost(z, costs));
        }
        Set<String> cheapest = AdjustmentSets.minimumCost(c.query, costs).orElseThrow();
        BitSet cz = SmallGraph.ids(cheapest);
        assertTrue(c.bf.validAdjustment(c.x, c.y, cz) && NodeSets.isSubset(c.include, cz), () -> cheapest + " invalid in " + c.sg);
        assertEquals(best, cost(cz, costs), 1e-12, () -> "not the cheapest: " + cheapest + " in " + c.sg);
    }

    private static double cost(BitSet z, Map<String, Double> costs) {
        double s = 0;
        for (int v = z.nextSetBit(0); v >= 0; v = z.nextSetBit(v + 1)) {
            s += costs.getOrDefault(SmallGraph.name(v), 1.0);
        }
        return s;
    }

    @Property(tries = 300)
    void optimalSetIsValidWheneverAValidSetExists(@ForAll @LongRange(min = 1, max = Long.MAX_VALUE / 64) long seed) {
        Case c = randomCase(seed, false, false, false);
        if (c.x.cardinality() != 1) {
            return;
        }
        BitSet deX = c.bf.descendants(c.x);
        boolean outcomesDescend = NodeSets.isSubset(c.y, deX);
        OptimalAdjustment o = AdjustmentSets.optimal(c.query);
        if (!outcomesDescend) {
            assertFalse(o.available());
            return;
        }
        boolean exists = !c.validBruteForce().isEmpty();
        assertEquals(exists, o.available(), () -> o + " in " + c.sg);
        o.set().ifPresent(s -> assertTrue(c.bf.validAdjustment(c.x, c.y, SmallGraph.ids(s))));
    }
}
