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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.graph.CausalGraph;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Front-door sets against Pearl's criterion written by path enumeration, and on textbook graphs. */
class FrontDoorTest {

    /** A case jqwik found: a dropped node re-queues its deferred tail state, which overflowed the queue. */
    @org.junit.jupiter.api.Test
    void deferredTailStatesFitTheQueue() {
        findListAndCheckAgreeWithTheCriterion(119876861L);
    }

    @Property(tries = 400)
    void findListAndCheckAgreeWithTheCriterion(@ForAll @LongRange(min = 1, max = Long.MAX_VALUE / 64) long seed) {
        AdjustmentPropertyTest.Case c = AdjustmentPropertyTest.randomCase(seed, seed % 3 != 0, seed % 2 == 0, seed % 5 < 2);
        List<Integer> pool = new ArrayList<>(c.pool());
        List<BitSet> expected = new ArrayList<>();
        for (BitSet z : BruteForce.subsets(pool)) {
            if (NodeSets.isSubset(c.include(), z) && c.bf().frontDoor(c.x(), c.y(), z)) {
                expected.add(z);
            }
        }
        AdjustmentSetList listed = FrontDoor.list(c.query(), 1 << 12);
        assertTrue(listed.complete());
        assertEquals(listed.sets().size(), new HashSet<>(listed.sets()).size(), "a set was listed twice");
        Set<Set<String>> want = expected.stream().map(SmallGraph::names).collect(Collectors.toSet());
        assertEquals(want, listed.sets().stream().map(TreeSet::new).collect(Collectors.toSet()),
                () -> "in " + c.sg() + " for " + c.query());
        Optional<Set<String>> found = FrontDoor.find(c.query());
        assertEquals(!expected.isEmpty(), found.isPresent());
        found.ifPresent(f -> assertTrue(want.contains(new TreeSet<>(f))));
        Random rnd = new Random(seed);
        for (int t = 0; t < 4; t++) {
            BitSet z = new BitSet();
            for (int v : pool) {
                if (rnd.nextBoolean()) {
                    z.set(v);
                }
            }
            FrontDoorCheck check = FrontDoor.check(c.query(), SmallGraph.names(z));
            assertEquals(c.bf().frontDoor(c.x(), c.y(), z), check.valid(), () -> check + " in " + c.sg());
            if (!check.valid()) {
                assertEquals(check.witness().size(), new HashSet<>(check.witness()).size(), "witness repeats a node");
            }
        }
    }

    @Test
    void classicFrontDoorGraph() {
        AdjustmentQuery q = AdjustmentQuery.of(CausalGraph.parse("dag { x -> m -> y; x <-> y }"), "x", "y");
        assertEquals(Set.of("m"), FrontDoor.find(q).orElseThrow());
        assertTrue(FrontDoor.check(q, List.of("m")).valid());
        FrontDoorCheck none = FrontDoor.check(q, List.of());
        assertEquals("the causal path x -> m -> y avoids the set", none.reason());
        assertEquals(List.of("x", "m", "y"), none.witness());
    }

    @Test
    void jeongTianBareinboimFigure1b() {
        // A graph with the family of front-door sets of Jeong, Tian & Bareinboim (2022), Fig. 1(b):
        // {A}, {A,B}, {A,C}, {A,B,C}. Hand-derived: every causal path passes A; B and C may join A because
        // their back-door paths to Y start B <- A / C <- A and so are not proper once A is in the set.
        CausalGraph g = CausalGraph.parse("dag { X -> A -> Y; A -> B; A -> C; B -> Y; X <-> Y }");
        AdjustmentSetList l = FrontDoor.list(AdjustmentQuery.of(g, "X", "Y"), 100);
        assertTrue(l.complete());
        assertEquals(Set.of(Set.of("A"), Set.of("A", "B"), Set.of("A", "C"), Set.of("A", "B", "C")),
                l.sets().stream().map(TreeSet::new).collect(Collectors.toSet()));
    }

    @Test
    void openBackDoorToTheMediatorOrFromItDefeatsTheCriterion() {
        AdjustmentQuery toM = AdjustmentQuery.of(CausalGraph.parse("dag { x -> m -> y; x <-> y; x <-> m }"), "x", "y");
        assertEquals("the back-door path x <-> m from a treatment to the set is open", FrontDoor.check(toM, List.of("m")).reason());
        assertTrue(FrontDoor.find(toM).isEmpty());
        AdjustmentQuery mToY = AdjustmentQuery.of(CausalGraph.parse("dag { x -> m -> y; x <-> y; m <-> y }"), "x", "y");
        assertEquals("the back-door path m <-> y from the set to an outcome is not blocked by the treatments",
                FrontDoor.check(mToY, List.of("m")).reason());
        assertTrue(FrontDoor.find(mToY).isEmpty());
        // Napkin and bow arc: no front-door set.
        assertTrue(FrontDoor.find(AdjustmentQuery.of(CausalGraph.parse("dag { w -> z -> x -> y; w <-> x; w <-> y }"), "x", "y")).isEmpty());
        assertTrue(FrontDoor.find(AdjustmentQuery.of(CausalGraph.parse("dag { x -> y; x <-> y }"), "x", "y")).isEmpty());
    }

    @Test
    void badInput() {
        AdjustmentQuery q = AdjustmentQuery.of(CausalGraph.parse("dag { x -> m -> y; x <-> y; u -> m; u [latent] }"), "x", "y");
        assertEquals("front-door node 'u' is marked latent (unobserved)",
                assertThrows(IllegalArgumentException.class, () -> FrontDoor.check(q, List.of("u"))).getMessage());
        assertEquals("front-door node 'y' is a treatment or outcome",
                assertThrows(IllegalArgumentException.class, () -> FrontDoor.check(q, List.of("y"))).getMessage());
        assertFalse(FrontDoor.list(q, 0).complete());
    }
}
