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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The graph picture: roles, edges, determinism, layouts, escaping. */
class GraphPictureTest {

    private static final CausalGraph GRAPH = CausalGraph.parse("dag { x [exposure]; y [outcome]; u [latent]; "
            + "z -> x; x -> m; m -> y; u -> x; u -> y; w -> x; w -> y; x <-> z; \"a<b&c\" -> y }");

    @Test
    void forceDirectedPictureShowsRolesAndEdges() {
        GraphPicture.Picture p = GraphPicture.of(GRAPH).highlighting(List.of("w")).withLayout(GraphPicture.Layout.FORCE_DIRECTED)
                .render();
        assertEquals(GraphPicture.Layout.FORCE_DIRECTED, p.layout());
        String svg = p.svg();
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg);
        assertEquals(GRAPH.nodeCount(), count(svg, "<ellipse"));
        assertEquals(8, count(svg, "marker-end=\"url(#causal4j-arrow)\""), "one arrowhead per directed edge");
        assertEquals(1, count(svg, "marker-start=\"url(#causal4j-arrow-bi)\""), "the bidirected arc has two heads");
        assertTrue(nodeFill(svg, "x").equals("#bed403") && nodeFill(svg, "y").equals("#00a2e0"), svg);
        assertTrue(svg.matches("(?s).*<g class=\"node latent\"><title>u</title><ellipse[^>]*stroke-dasharray.*"));
        assertTrue(svg.contains("<g class=\"node adjusted\"><title>w</title>"));
        assertTrue(svg.contains("a&lt;b&amp;c"), "labels are escaped");
        assertFalse(svg.contains("a<b"));
        // every node inside the picture
        double width = Double.parseDouble(attr(svg, "width"));
        Matcher m = Pattern.compile("<ellipse cx=\"([0-9.]+)\" cy=\"([0-9.]+)\" rx=\"([0-9.]+)\"").matcher(svg);
        while (m.find()) {
            assertTrue(Double.parseDouble(m.group(1)) - Double.parseDouble(m.group(3)) >= 0);
            assertTrue(Double.parseDouble(m.group(1)) + Double.parseDouble(m.group(3)) <= width);
        }
    }

    @Test
    void sameSeedSamePictureOtherSeedOtherLayout() {
        GraphPicture fr = GraphPicture.of(GRAPH).withLayout(GraphPicture.Layout.FORCE_DIRECTED);
        assertEquals(fr.withSeed(3).toSvg(), fr.withSeed(3).toSvg());
        assertNotEquals(fr.withSeed(3).toSvg(), fr.withSeed(4).toSvg());
    }

    @Test
    void givenPositionsAreUsedWhenComplete() {
        CausalGraph placed = CausalGraph.parse("dag { x [exposure, pos=\"0,0\"]; y [outcome, pos=\"2,0\"]; "
                + "z [pos=\"1,1\"]; x -> y; z -> x; z -> y }");
        GraphPicture.Picture p = GraphPicture.of(placed).render();
        assertEquals(GraphPicture.Layout.POSITIONS, p.layout());
        double xx = cx(p.svg(), "x");
        double yx = cx(p.svg(), "y");
        double zx = cx(p.svg(), "z");
        assertEquals(zx - xx, yx - zx, 1e-6, "z midway between x and y, as placed");
        assertThrows(IllegalArgumentException.class,
                () -> GraphPicture.of(GRAPH).withLayout(GraphPicture.Layout.POSITIONS).render());
        assertThrows(IllegalArgumentException.class, () -> GraphPicture.of(GRAPH).highlighting(List.of("nope")));
    }

    @Test
    void graphvizWhenDotIsOnThePath() {
        assumeTrue(GraphPicture.graphvizAvailable(), "no Graphviz dot on the PATH");
        GraphPicture.Picture p = GraphPicture.of(GRAPH).render();
        assertEquals(GraphPicture.Layout.GRAPHVIZ, p.layout());
        assertTrue(p.svg().contains("<svg"));
        assertTrue(p.svg().contains("#bed403") && p.svg().contains("#00a2e0"), "role colours reach Graphviz");
        assertTrue(p.svg().contains("a&lt;b&amp;c"), "Graphviz escapes the label");
    }

    @Test
    void dotTextCarriesStyles() {
        String dot = GraphPicture.of(GRAPH).dot();
        assertTrue(dot.contains("\"x\" -> \"m\";"));
        assertTrue(dot.contains("\"x\" -> \"z\" [dir=both, style=dashed") || dot.contains("\"z\" -> \"x\" [dir=both, style=dashed"),
                dot);
        assertTrue(dot.contains("\"u\" [fillcolor=\"#e6e6e6\"") && dot.contains("style=\"filled,dashed\""), dot);
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static String attr(String svg, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]+)\"").matcher(svg);
        assertTrue(m.find());
        return m.group(1);
    }

    private static String nodeFill(String svg, String node) {
        Matcher m = Pattern.compile("<title>" + node + "</title><ellipse[^>]*fill=\"([^\"]+)\"").matcher(svg);
        assertTrue(m.find(), node);
        return m.group(1);
    }

    private static double cx(String svg, String node) {
        Matcher m = Pattern.compile("<title>" + node + "</title><ellipse cx=\"([0-9.]+)\"").matcher(svg);
        assertTrue(m.find(), node);
        return Double.parseDouble(m.group(1));
    }
}
