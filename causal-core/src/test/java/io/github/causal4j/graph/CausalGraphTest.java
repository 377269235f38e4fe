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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CausalGraphTest {

    // The front-door graph (Pearl 1995): x -> m -> y with x <-> y.
    private final CausalGraph frontDoor = CausalGraph.parse("dag { x -> m -> y; x <-> y; x [exposure]; y [outcome] }");

    @Test
    void kinship() {
        CausalGraph g = CausalGraph.parse("dag { a -> b -> d; c -> b; c <-> d; e }");
        assertEquals(Set.of("a", "c"), g.parents("b"));
        assertEquals(Set.of("d"), g.children("b"));
        assertEquals(Set.of("d"), g.spouses("c"));
        assertEquals(Set.of("a", "b", "c", "d"), g.ancestors("d"));
        assertEquals(Set.of("a", "b", "d"), g.descendants("a"));
        assertEquals(Set.of("c", "d"), g.district("d"));
        assertEquals(List.of(Set.of("a"), Set.of("b"), Set.of("d", "c"), Set.of("e")), g.districts());
        assertEquals(5, g.nodeCount());
        assertEquals(4, g.edgeCount());
        assertFalse(g.isDag());
        assertTrue(g.hasDirectedEdge("a", "b"));
        assertTrue(g.hasBidirectedEdge("d", "c"));
    }

    @Test
    void classicSeparationFacts() {
        CausalGraph chain = CausalGraph.parse("dag { a -> b -> c }");
        assertFalse(chain.isDSeparated(Set.of("a"), Set.of("c"), Set.of()));
        assertTrue(chain.isDSeparated(Set.of("a"), Set.of("c"), Set.of("b")));
        CausalGraph collider = CausalGraph.parse("dag { a -> b <- c; b -> d }");
        assertTrue(collider.isDSeparated(Set.of("a"), Set.of("c"), Set.of()));
        assertFalse(collider.isDSeparated(Set.of("a"), Set.of("c"), Set.of("b")));
        // Conditioning on a descendant of the collider opens it too.
        assertFalse(collider.isDSeparated(Set.of("a"), Set.of("c"), Set.of("d")));
        // Bidirected edges are confounding paths: x <-> y is never blocked.
        assertFalse(frontDoor.isDSeparated(Set.of("x"), Set.of("y"), Set.of("m")));
        assertTrue(frontDoor.withoutEdge("x", "m").withoutBidirectedEdge("x", "y")
                .isDSeparated(Set.of("x"), Set.of("y"), Set.of()));
        assertEquals(Set.of("y"), frontDoor.dConnected(Set.of("x"), Set.of("m")));
    }

    @Test
    void mBiasNeedsNoAdjustmentButConditioningOnTheColliderOpensAPath() {
        // M-bias (Greenland 2003): x <- u1 -> m <- u2 -> y.
        CausalGraph m = CausalGraph.parse("dag { u1 -> x; u1 -> m; u2 -> m; u2 -> y; x -> y }").withoutEdge("x", "y");
        assertTrue(m.isDSeparated(Set.of("x"), Set.of("y"), Set.of()));
        assertFalse(m.isDSeparated(Set.of("x"), Set.of("y"), Set.of("m")));
        assertTrue(m.isDSeparated(Set.of("x"), Set.of("y"), Set.of("m", "u1")));
    }

    @Test
    void overlappingOrUnknownSetsAreErrors() {
        CausalGraph g = CausalGraph.parse("dag { a -> b -> c }");
        assertThrows(IllegalArgumentException.class, () -> g.isDSeparated(Set.of("a"), Set.of("a"), Set.of()));
        assertThrows(IllegalArgumentException.class, () -> g.isDSeparated(Set.of("a"), Set.of("c"), Set.of("a")));
        assertThrows(IllegalArgumentException.class, () -> g.isDSeparated(Set.of(), Set.of("c"), Set.of()));
        String message = assertThrows(IllegalArgumentException.class,
                () -> g.isDSeparated(Set.of("a"), Set.of("q"), Set.of())).getMessage();
        assertTrue(message.contains("unknown node 'q'") && message.contains("[a, b, c]"), message);
    }

    @Test
    void cyclesAreRejectedNamingTheCycle() {
        CyclicGraphException e = assertThrows(CyclicGraphException.class,
                () -> CausalGraph.parse("dag { s -> a -> b -> c -> a; c -> t }"));
        assertEquals(3, e.cycle().size());
        assertTrue(e.cycle().containsAll(List.of("a", "b", "c")));
        // The reported order follows the edges.
        List<String> cycle = e.cycle();
        CausalGraph.Builder check = CausalGraph.builder();
        for (int i = 0; i < cycle.size(); i++) {
            assertTrue(Set.of("a->b", "b->c", "c->a").contains(cycle.get(i) + "->" + cycle.get((i + 1) % cycle.size())));
        }
        assertTrue(e.getMessage().contains("->"));
        assertThrows(CyclicGraphException.class, () -> CausalGraph.parse("dag { a -> b; b -> a }"));
        CausalGraph ok = CausalGraph.parse("dag { a -> b }");
        assertThrows(CyclicGraphException.class, () -> ok.withEdge("b", "a"));
        assertThrows(IllegalArgumentException.class, () -> Edge.directed("a", "a"));
        assertTrue(check.build().nodes().isEmpty());
    }

    @Test
    void withersReturnNewGraphs() {
        CausalGraph g = CausalGraph.parse("dag { a -> b }");
        CausalGraph more = g.withEdge("b", "c").withBidirectedEdge("a", "c").withRole("a", NodeRole.EXPOSURE);
        assertEquals(2, g.nodeCount());
        assertEquals(3, more.nodeCount());
        assertEquals(Set.of("a"), more.exposures());
        assertEquals(Set.of(), more.withoutRole("a", NodeRole.EXPOSURE).exposures());
        assertEquals(List.of("a", "c"), more.withoutNodes(Set.of("b")).nodes());
        assertTrue(more.withoutNodes(Set.of("b")).hasBidirectedEdge("a", "c"));
        assertThrows(IllegalArgumentException.class, () -> g.withoutEdge("b", "a"));
        assertEquals(CausalGraph.parse("dag { a -> b; c }"), g.withNode("c"));
        assertEquals(CausalGraph.parse("dag { a b }"), g.withoutEdge("a", "b"));
    }

    @Test
    void inducedSubgraphKeepsEdgesAmongKeptNodes() {
        CausalGraph g = CausalGraph.parse("dag { a -> b -> c; a <-> c; c [outcome] }");
        CausalGraph sub = g.inducedSubgraph(List.of("a", "c"));
        assertEquals(CausalGraph.parse("dag { a <-> c; a; c [outcome] }"), sub);
    }

    @Test
    void latentProjectionOfTheClassicConfounder() {
        // x <- u -> y with u latent projects to x <-> y; u -> z -> y with z observed stays directed.
        CausalGraph g = CausalGraph.parse("dag { u [latent]; u -> x; u -> y; x -> y; l [latent]; x -> l -> y }");
        CausalGraph projected = g.latentProjection();
        assertEquals(CausalGraph.parse("dag { x -> y; x <-> y }"), projected);
        CausalGraph chain = CausalGraph.parse("dag { a -> l1 -> l2 -> b; l1 -> c; l1 [latent]; l2 [latent] }");
        assertEquals(CausalGraph.parse("dag { a -> b; a -> c; b <-> c }"), chain.latentProjection());
    }

    @Test
    void oneLineSummary() {
        assertEquals("CausalGraph[3 nodes, 3 edges (1 bidirected); exposure x; outcome y]", frontDoor.toString());
    }
}
