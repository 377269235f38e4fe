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
package io.github.causal4j.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The report blocks render to escaped, self-contained HTML and to Markdown. */
class ReportDocumentTest {

    private static final String SVG = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
            + "width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\" fill=\"#f00\"/></svg>\n";

    private static ReportDocument doc() {
        ReportSection a = ReportSection.builder("estimates", "Estimates <all>")
                .paragraph("x < y & \"z\"")
                .callout(ReportBlock.Tone.WARNING, "not identified")
                .table(List.of("method", "estimate", "95% CI"), List.of(List.of("o|ls", "0.0973", "[0.0517, 0.1430]"),
                        List.of("ipw", "-1.5e-3", "[-2, 3]")))
                .bullets(List.of("first", "second *star*"))
                .code("P(y | do(x))")
                .build();
        ReportSection b = ReportSection.builder("graph", "Graph").figure(SVG, "the graph").build();
        return new ReportDocument("Effect of d on y", List.of("n = 10"), List.of(a, b));
    }

    @Test
    void htmlIsEscapedSelfContainedAndScriptFree() {
        String html = doc().toHtml();
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<section id=\"estimates\">\n<h2>Estimates &lt;all&gt;</h2>"), html);
        assertTrue(html.contains("<p>x &lt; y &amp; &quot;z&quot;</p>"));
        assertTrue(html.contains("<div class=\"callout warning\">not identified</div>"));
        assertTrue(html.contains("<td class=\"num\">[0.0517, 0.1430]</td>"), "intervals right-aligned");
        assertTrue(html.contains("<td>o|ls</td>"), "text column left-aligned");
        assertTrue(html.contains("<a href=\"#graph\">Graph</a>"), "table of contents");
        assertTrue(html.contains("<figure>\n<svg"), "prolog dropped, svg inline");
        assertFalse(html.contains("<?xml"));
        assertFalse(html.toLowerCase().contains("<script"));
        assertFalse(html.contains("http://") && !html.contains("xmlns=\"http://www.w3.org/2000/svg\""));
        assertFalse(html.contains("<link") || html.contains("src="), "no external resources");
    }

    @Test
    void markdownHasTablesAndEscapes() {
        String md = doc().toMarkdown();
        assertTrue(md.startsWith("# Effect of d on y\n"));
        assertTrue(md.contains("## Estimates \\<all>"), md);
        assertTrue(md.contains("| method | estimate | 95% CI |\n|---|---:|---:|\n| o\\|ls | 0.0973 | [0.0517, 0.1430] |"),
                md);
        assertTrue(md.contains("> **Warning:** not identified"));
        assertTrue(md.contains("- second \\*star\\*"));
        assertTrue(md.contains("```\nP(y | do(x))\n```"));
        assertTrue(md.contains("_Figure: the graph"));
    }

    @Test
    void textAlignsColumns() {
        String text = doc().toText();
        assertTrue(text.startsWith("Effect of d on y\n================\n"), text);
        assertTrue(text.contains("  method  estimate            95% CI\n"), text);
        assertTrue(text.contains("  o|ls      0.0973  [0.0517, 0.1430]\n"), text);
        assertTrue(text.contains("!! not identified"));
        assertTrue(text.contains("[figure: the graph]"));
    }

    @Test
    void rejectsUnsafeFiguresAndBadStructure() {
        assertThrows(IllegalArgumentException.class, () -> new ReportBlock.Figure("<svg><script>x</script></svg>", ""));
        assertThrows(IllegalArgumentException.class, () -> new ReportBlock.Figure("<svg onload=\"x()\"></svg>", ""));
        assertThrows(IllegalArgumentException.class,
                () -> new ReportBlock.Figure("<svg><image href=\"https://example.org/a.png\"/></svg>", ""));
        assertThrows(IllegalArgumentException.class, () -> new ReportBlock.Figure("<div/>", ""));
        IllegalArgumentException width = assertThrows(IllegalArgumentException.class,
                () -> ReportBlock.Table.of(List.of("a", "b"), List.of(List.of("1"))));
        assertTrue(width.getMessage().contains("row 1"), width.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ReportSection("Bad Id", "t", List.of()));
        ReportSection s = ReportSection.builder("a", "A").build();
        assertThrows(IllegalArgumentException.class, () -> new ReportDocument("t", List.of(), List.of(s, s)));
        assertEquals(true, doc().hasSection("graph"));
    }
}
