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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DagittyFormatTest {

    @Test
    void readsTheIssueExample() {
        CausalGraph g = CausalGraph.parse("dag { a -> b; b <-> c; {x y} -> z; u [latent]; x [exposure] }");
        assertTrue(g.hasDirectedEdge("a", "b"));
        assertTrue(g.hasBidirectedEdge("b", "c"));
        assertTrue(g.hasDirectedEdge("x", "z") && g.hasDirectedEdge("y", "z"));
        assertEquals(Set.of("u"), g.latents());
        assertEquals(Set.of("x"), g.exposures());
        assertEquals(7, g.nodeCount());
    }

    @Test
    void chainsAndBothArrowDirections() {
        CausalGraph g = CausalGraph.parse("dag { a -> b <- c <-> d; e <- f }");
        assertEquals(CausalGraph.parse("dag { a -> b; c -> b; c <-> d; f -> e }"), g);
    }

    @Test
    void groupsOnBothSidesAndBareBodies() {
        CausalGraph g = CausalGraph.parse("{a b} -> {c d}");
        assertEquals(4, g.edgeCount());
        assertEquals(CausalGraph.parse("a -> c; a -> d\nb -> c b -> d"), g);
    }

    @Test
    void dagittyNetExportWithPositionsAndBoundingBox() {
        String text = """
                dag {
                bb="-2.5,-2.2,2.3,2.1"
                "smoking status" [exposure,pos="-1.2,0.4"]
                cancer [outcome,pos="1.1,0.4"]
                genes [latent,pos="0.1,-1.5"]
                "smoking status" -> cancer
                genes -> "smoking status"
                genes -> cancer [pos="0.9,-0.8"]
                }
                """;
        CausalGraph g = CausalGraph.parse(text);
        assertEquals(Set.of("smoking status"), g.exposures());
        assertEquals("-1.2,0.4", g.position("smoking status"));
        assertEquals(g, CausalGraph.parse(g.toDagitty()));
        assertTrue(g.toDagitty().contains("\"smoking status\" [exposure,pos=\"-1.2,0.4\"]"));
    }

    @Test
    void printsOneStatementPerLine() {
        CausalGraph g = CausalGraph.parse("dag { x [exposure]; y [outcome]; x -> y; u <-> y }");
        assertEquals("dag {\nx [exposure]\ny [outcome]\nu\nx -> y\ny <-> u\n}\n", g.toDagitty());
    }

    @Test
    void parseErrorsGiveLineAndColumn() {
        GraphParseException e = assertThrows(GraphParseException.class, () -> CausalGraph.parse("dag {\n  a -> ;\n}"));
        assertEquals(2, e.line());
        assertEquals(8, e.column());
        assertTrue(e.getMessage().startsWith("line 2, column 8: expected a node name"), e.getMessage());
        GraphParseException undirected = assertThrows(GraphParseException.class, () -> CausalGraph.parse("dag { a -- b }"));
        assertTrue(undirected.getMessage().contains("undirected edge a -- b"), undirected.getMessage());
        GraphParseException pdag = assertThrows(GraphParseException.class, () -> CausalGraph.parse("pdag { a -> b }"));
        assertTrue(pdag.getMessage().contains("'pdag' is not supported"));
        GraphParseException attr = assertThrows(GraphParseException.class,
                () -> CausalGraph.parse("dag { a [exposre] }"));
        assertTrue(attr.getMessage().contains("unknown node attribute 'exposre'"));
        assertThrows(GraphParseException.class, () -> CausalGraph.parse("dag { a -> b"));
        assertThrows(GraphParseException.class, () -> CausalGraph.parse("dag { \"a -> b }"));
        assertThrows(GraphParseException.class, () -> CausalGraph.parse("dag { a @-> b }"));
        assertThrows(GraphParseException.class, () -> CausalGraph.parse("dag { a -> a }"));
        assertThrows(GraphParseException.class, () -> CausalGraph.parse("dag { a } b"));
    }

    @Test
    void readsTheBundledNetworks() throws IOException {
        // datasets/llm-eval: bnlearn networks as dagitty prints them (newline-separated statements).
        Path dir = Path.of(System.getProperty("causal4j.datasets"), "llm-eval");
        int[][] expected = {{37, 46}, {8, 8}, {5, 4}, {20, 25}, {5, 4}, {11, 17}};
        String[] names = {"alarm", "asia", "cancer", "child", "earthquake", "sachs"};
        for (int i = 0; i < names.length; i++) {
            CausalGraph g = CausalGraph.read(dir.resolve(names[i] + ".dagitty"));
            assertEquals(expected[i][0], g.nodeCount(), names[i]);
            assertEquals(expected[i][1], g.edgeCount(), names[i]);
            assertEquals(g, CausalGraph.parse(g.toDagitty()));
            assertEquals(g, CausalGraph.parseDot(g.toDot()));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(6, files.filter(p -> p.toString().endsWith(".dagitty")).count());
        }
    }

    @Test
    void dotImportUnderstandsBidirectedEdgesAndRoles() {
        CausalGraph g = CausalGraph.parseDot("""
                digraph G {
                  x [role="exposure", color=red];
                  "y 1" [role=outcome];
                  u [role="latent"];
                  x -> "y 1";
                  u -> x; u -> "y 1";
                  x -> "y 1" [dir=both, style=dashed];
                }
                """);
        assertEquals(CausalGraph.parse("dag { x [exposure]; \"y 1\" [outcome]; u [latent]; x -> \"y 1\"; u -> x; "
                + "u -> \"y 1\"; x <-> \"y 1\" }"), g);
        assertThrows(GraphParseException.class, () -> CausalGraph.parseDot("graph { a -- b }"));
        assertThrows(GraphParseException.class, () -> CausalGraph.parseDot("digraph { a [role=boss] }"));
        assertThrows(CyclicGraphException.class, () -> CausalGraph.parseDot("digraph { a -> b -> a }"));
    }

    @Provide
    Arbitrary<CausalGraph> graphs() {
        return RandomGraphs.withLatents(9).map(DagittyFormatTest::withOddNamesAndRoles);
    }

    /** Renames nodes to names that need quoting and adds roles and positions. */
    static CausalGraph withOddNamesAndRoles(CausalGraph g) {
        String[] odd = {"plain", "with space", "quote\"d", "x-1", "a<b", "dag", "αβγ", "semi;colon", "{brace}"};
        CausalGraph.Builder b = CausalGraph.builder();
        java.util.Map<String, String> rename = new java.util.HashMap<>();
        int i = 0;
        for (String v : g.nodes()) {
            rename.put(v, odd[i % odd.length] + (i / odd.length == 0 ? "" : String.valueOf(i)));
            i++;
        }
        for (String v : g.nodes()) {
            b.node(rename.get(v));
            for (NodeRole r : g.roles(v)) {
                b.role(rename.get(v), r);
            }
        }
        for (Edge e : g.edges()) {
            b.edge(new Edge(rename.get(e.from()), rename.get(e.to()), e.type()));
        }
        String first = rename.get(g.nodes().get(0));
        b.role(first, NodeRole.ADJUSTED).position(first, "1.5,-2");
        return b.build();
    }

    @Property(tries = 300)
    void dagittyRoundTrip(@ForAll("graphs") CausalGraph g) {
        assertEquals(g, CausalGraph.parse(g.toDagitty()), g.toDagitty());
    }

    @Property(tries = 150)
    void dotRoundTrip(@ForAll("graphs") CausalGraph g) {
        assertEquals(g, CausalGraph.parseDot(g.toDot()), g.toDot());
    }
}
