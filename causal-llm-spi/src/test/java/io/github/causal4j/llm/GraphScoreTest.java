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
package io.github.causal4j.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.graph.CausalGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GraphScoreTest {

    @Test
    void handCountedExample() {
        CausalGraph truth = CausalGraph.parse("dag { a -> b -> c; a -> d; c -> e }");
        CausalGraph proposed = CausalGraph.parse("dag { a -> b; c -> b; a -> d; d -> e; U [latent]; U -> a; U -> e }");
        GraphScore s = GraphScore.of(proposed, truth);
        // hand-derived: TP {a->b, a->d}; reversed {c->b}; extra {d->e}; missing {c->e}.
        // SHD = reversal b-c + extra d-e + missing c-e = 3.
        assertEquals(new GraphScore(4, 4, 2, 1, 3), s);
        assertEquals(OptionalDouble.of(0.5), s.precision());
        assertEquals(OptionalDouble.of(0.5), s.recall());
        assertEquals(OptionalDouble.of(0.75), s.skeletonPrecision());
        assertEquals(OptionalDouble.of(2.0 / 3), s.orientationAccuracy());
        assertEquals(OptionalDouble.of(0.75), s.normalizedShd());
        assertEquals(OptionalDouble.of(0.5), s.f1());
        assertEquals("GraphScore[SHD 3 (0.75), precision 0.50, recall 0.50, orientation 0.67]", s.toString());
    }

    @Test
    void emptyProposalHasNoPrecisionRatherThanNaN() {
        GraphScore s = GraphScore.of(CausalGraph.parse("dag { a; b }"), CausalGraph.parse("dag { a -> b }"));
        assertTrue(s.precision().isEmpty());
        assertEquals(OptionalDouble.of(0), s.recall());
        assertEquals(1, s.shd());
    }

    @Test
    void unknownProposedNodesAreAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GraphScore.of(CausalGraph.parse("dag { a -> zz }"), CausalGraph.parse("dag { a -> b }")));
        assertTrue(e.getMessage().contains("[zz]"), e.getMessage());
    }

    /** Brute force over all node pairs: SHD counts pairs whose state (none, i->j, j->i) differs. */
    @Test
    void shdEqualsPairStateDifferences() {
        for (int seed = 0; seed < 300; seed++) {
            Random rnd = new Random(seed);
            int n = 3 + rnd.nextInt(6);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                names.add("v" + i);
            }
            CausalGraph t = random(rnd, names);
            CausalGraph p = random(rnd, names);
            int differ = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    int st = state(t, names.get(i), names.get(j));
                    int sp = state(p, names.get(i), names.get(j));
                    differ += st == sp ? 0 : 1;
                }
            }
            GraphScore s = GraphScore.of(p, t);
            assertEquals(differ, s.shd(), "seed " + seed);
            assertEquals(s.shd(), GraphScore.of(t, p).shd(), "SHD is symmetric");
        }
    }

    private static int state(CausalGraph g, String a, String b) {
        return g.hasDirectedEdge(a, b) ? 1 : g.hasDirectedEdge(b, a) ? 2 : 0;
    }

    private static CausalGraph random(Random rnd, List<String> names) {
        List<String> order = new ArrayList<>(names);
        java.util.Collections.shuffle(order, rnd);
        CausalGraph.Builder b = CausalGraph.builder();
        names.forEach(b::node);
        for (int i = 0; i < order.size(); i++) {
            for (int j = i + 1; j < order.size(); j++) {
                if (rnd.nextDouble() < 0.4) {
                    b.edge(order.get(i), order.get(j));
                }
            }
        }
        return b.build();
    }
}
