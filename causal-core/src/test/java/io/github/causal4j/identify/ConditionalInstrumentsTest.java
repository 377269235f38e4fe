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
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * Conditional instruments against the complete criterion of Henckel, Buttenschön &amp; Maathuis (2024)
 * written by path enumeration, and dagitty's documented examples.
 */
class ConditionalInstrumentsTest {

    /** Henckel et al. criterion for (z, W), by brute force. */
    static boolean instrument(BruteForce bf, SmallGraph sg, BitSet x, BitSet y, int z, BitSet w) {
        BitSet zw = (BitSet) w.clone();
        zw.set(z);
        if (zw.intersects(bf.forbidden(x, y))) {
            return false;
        }
        BitSet zs = BruteForce.single(z);
        return !bf.separated(x, zs, w, null) && bf.separated(y, zs, w, bf.properBackDoorRemovals(x, y));
    }

    @Property(tries = 300)
    void everyReportedInstrumentIsValidAndEveryInstrumentIsFound(@ForAll @LongRange(min = 1, max = Long.MAX_VALUE / 64) long seed) {
        AdjustmentPropertyTest.Case c0 = AdjustmentPropertyTest.randomCase(seed, seed % 3 != 0, seed % 2 == 0, false);
        BitSet x = new BitSet();
        x.set(c0.x().nextSetBit(0));
        BitSet y = new BitSet();
        y.set(c0.y().nextSetBit(0));
        SmallGraph sg = c0.sg();
        BruteForce bf = c0.bf();
        AdjustmentQuery q = AdjustmentQuery.of(sg.toCausalGraph(), SmallGraph.names(x), SmallGraph.names(y));
        Map<String, Instrument> found = new TreeMap<>();
        for (Instrument iv : ConditionalInstruments.find(q)) {
            found.put(iv.instrument(), iv);
        }
        boolean anyInstrument = false;
        for (int z : sg.observed()) {
            if (x.get(z) || y.get(z)) {
                continue;
            }
            Instrument iv = found.get(SmallGraph.name(z));
            if (iv != null) {
                BitSet w = SmallGraph.ids(iv.conditioning());
                assertTrue(instrument(bf, sg, x, y, z, w), () -> iv + " is not valid in " + sg + " for " + q);
                assertTrue(ConditionalInstruments.check(q, iv.instrument(), iv.conditioning()).valid());
            }
            boolean existsAncestral = false;
            List<Integer> pool = new java.util.ArrayList<>();
            for (int v : sg.observed()) {
                if (!x.get(v) && !y.get(v) && v != z) {
                    pool.add(v);
                }
            }
            BitSet ancestral = ancestorsInBackDoorGraph(bf, sg, x, y, z);
            for (BitSet w : BruteForce.subsets(pool)) {
                boolean valid = instrument(bf, sg, x, y, z, w);
                anyInstrument |= valid;
                existsAncestral |= valid && NodeSets.isSubset(w, ancestral);
                assertEquals(valid, ConditionalInstruments.check(q, SmallGraph.name(z), SmallGraph.names(w)).valid(),
                        () -> "check of " + z + " | " + w + " in " + sg);
            }
            // Per candidate, the nearest separator is complete for ancestral instruments (W inside An(y, z)).
            boolean exists = existsAncestral;
            assertEquals(exists, iv != null, () -> "ancestral instrument v" + z + " (exists by brute force) in " + sg + " for " + q);
        }
        // van der Zander, Textor & Liskiewicz (2015): if any conditional instrument exists, an ancestral one does.
        assertEquals(anyInstrument, !found.isEmpty(), () -> "instruments exist but none found in " + sg + " for " + q);
    }

    /** An(y, z) in the graph without the first edges of proper causal paths, by brute-force closure. */
    static BitSet ancestorsInBackDoorGraph(BruteForce bf, SmallGraph sg, BitSet x, BitSet y, int z) {
        boolean[][] removed = bf.properBackDoorRemovals(x, y);
        BitSet an = (BitSet) y.clone();
        an.set(z);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int a = 0; a < sg.n; a++) {
                for (int b = an.nextSetBit(0); b >= 0; b = an.nextSetBit(b + 1)) {
                    if (sg.directed[a][b] && !removed[a][b] && !an.get(a)) {
                        an.set(a);
                        changed = true;
                    }
                }
            }
        }
        return an;
    }

    private static String found(String dagitty, String x, String y) {
        return ConditionalInstruments.find(AdjustmentQuery.of(CausalGraph.parse(dagitty), x, y)).toString();
    }

    @Test
    void dagittyDocumentedExamples() {
        // dagitty R documentation of instrumentalVariables(): "i" and "i | z".
        assertEquals("[i]", found("dag{ i->x->y; x<->y }", "x", "y"));
        assertEquals("[i | z]", found("dag{ i->x->y; x<->y ; y<-z->i }", "x", "y"));
        // dagitty's own unit tests (jtextor/dagitty, test/graph-analyzer): "z | w" and "z".
        assertEquals("[z | w]", found("dag { u [latent] w -> z -> x -> y; w -> u -> x; u -> y }", "x", "y"));
        assertEquals("[z]", found("dag { u [latent] z -> x -> y; u -> x; u -> y }", "x", "y"));
    }

    @Test
    void textbookGraphs() {
        // Instrumental graph: z -> x -> y with x <-> y.
        assertEquals("[z]", found("dag { z -> x -> y; x <-> y }", "x", "y"));
        // Napkin: z is an instrument once w is conditioned on (w blocks z <- w <-> y; x is a collider on z -> x <-> w).
        assertEquals("[z | w]", found("dag { w -> z -> x -> y; w <-> x; w <-> y }", "x", "y"));
        // Bow arc: nothing to use.
        assertEquals("[]", found("dag { x -> y; x <-> y }", "x", "y"));
        // Front-door graph: m is a mediator (forbidden), so no instrument.
        assertEquals("[]", found("dag { x -> m -> y; x <-> y }", "x", "y"));
        // An instrument whose effect on y bypasses x is rejected with the path.
        AdjustmentQuery q = AdjustmentQuery.of(CausalGraph.parse("dag { z -> x -> y; x <-> y; z -> y }"), "x", "y");
        InstrumentCheck bad = ConditionalInstruments.check(q, "z", List.of());
        assertFalse(bad.valid());
        assertEquals("the path z -> y joins the instrument to the outcome other than through the treatment", bad.reason());
    }

    @Test
    void badInput() {
        AdjustmentQuery two = AdjustmentQuery.of(CausalGraph.parse("dag { z -> a -> y; z -> b -> y }"), List.of("a", "b"), List.of("y"));
        assertEquals("instruments are found for one treatment and one outcome, got [a, b] and [y]",
                assertThrows(IllegalArgumentException.class, () -> ConditionalInstruments.find(two)).getMessage());
        AdjustmentQuery q = AdjustmentQuery.of(CausalGraph.parse("dag { z -> x -> y; u -> x; u -> y; u [latent] }"), "x", "y");
        assertEquals("node 'u' is marked latent (unobserved)",
                assertThrows(IllegalArgumentException.class, () -> ConditionalInstruments.check(q, "u", List.of())).getMessage());
        assertEquals("instrument 'z' cannot be in its own conditioning set",
                assertThrows(IllegalArgumentException.class, () -> ConditionalInstruments.check(q, "z", List.of("z"))).getMessage());
        assertEquals(new TreeSet<>(List.of("z")).first(), ConditionalInstruments.find(q).get(0).instrument());
    }
}
