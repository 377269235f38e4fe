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
package io.github.causal4j.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The printed forms of the Darfur analysis: the verbal summary, the minimal-reporting table in three
 * formats, contour and extreme-scenario data, and the SVG plots. Printed numbers are those of
 * sensemakr 0.1.6's summary() and ovb_minimal_reporting() for this model (tests/testthat/test-02-darfur.R,
 * "testing darfur print").
 */
class SensitivityReportRenderingTest {

    static final SensitivityReport DARFUR = SensitivityAnalysisTest.darfur(SensitivityOptions.defaults(), 1, 2, 3);

    @Test
    void summaryCarriesSensemakrsNumbersAndReading() {
        String text = DARFUR.report().text();
        // sensemakr summary: Coef. estimate 0.0973, Standard Error 0.0233, t-value 4.1844, R2 0.0219,
        // RV 0.1388, RV alpha 0.0763; verbal: 2.19%, 13.88%, 7.63%
        for (String s : List.of("0.0973", "0.0233", "4.1844", "783", "0.0219", "0.1388", "0.0763", "2.19%", "13.88%", "7.63%",
                "H0: tau = 0", "q = 1", "alpha = 0.05", "peacefactor ~ directlyharmed")) {
            assertTrue(text.contains(s), () -> "summary lacks '" + s + "':\n" + text);
        }
        // the bounds table rows as sensemakr prints them (rounded to 4 digits)
        assertRow(text, "1x female", "0.0092", "0.1246", "directlyharmed", "0.0752", "0.0219", "3.4389", "0.0323", "0.1182");
        assertRow(text, "2x female", "0.0183", "0.2493", "directlyharmed", "0.0529", "0.0204", "2.6002", "0.013", "0.0929");
        assertRow(text, "3x female", "0.0275", "0.3741", "directlyharmed", "0.0304", "0.0187", "1.6281", "-0.0063", "0.067");
        String md = DARFUR.report().markdown();
        assertTrue(md.contains("| 3x female | 0.0275 | 0.3741 | directlyharmed | 0.0304 | 0.0187 | 1.6281 | -0.0063 | 0.067 |"), md);
    }

    private static void assertRow(String text, String... cells) {
        String line = text.lines().filter(l -> l.startsWith(cells[0])).findFirst().orElseThrow(() -> new AssertionError(
                "no row " + cells[0] + " in\n" + text));
        assertEquals(List.of(cells), List.of(line.trim().split(" {2,}")), line);
    }

    @Test
    void minimalReportingTables() {
        // sensemakr ovb_minimal_reporting (digits = 3): 0.097 & 0.023 & 4.184 & 2.2% & 13.9% & 7.6%,
        // footnote df = 783 and Bound (1x female): R2yz.dx = 12.5%, R2dz.x = 0.9%
        String latex = DARFUR.minimalReporting(TableFormat.LATEX);
        assertTrue(latex.contains("\\textit{directlyharmed} & 0.097 & 0.023 & 4.184 & 2.2\\% & 13.9\\% & 7.6\\% \\\\"), latex);
        assertTrue(latex.contains("df = 783"), latex);
        assertTrue(latex.contains("\\textit{Bound (1x female)}: $R^2_{Y\\sim Z| {\\bf X}, D}$ = 12.5\\%, $R^2_{D\\sim Z| {\\bf X} }$ = 0.9\\%"),
                latex);
        assertTrue(latex.contains("$RV_{q = 1, \\alpha = 0.05}$"), latex);
        assertTrue(latex.startsWith("\\begin{table}[!h]") && latex.trim().endsWith("\\end{table}"), latex);
        String md = DARFUR.minimalReporting(TableFormat.MARKDOWN);
        assertTrue(md.contains("| *directlyharmed* | 0.097 | 0.023 | 4.184 | 2.2% | 13.9% | 7.6% |"), md);
        assertTrue(md.contains("Note: df = 783; Bound (1x female)"), md);
        assertTrue(md.contains("= 12.5%") && md.contains("= 0.9%"), md);
        String html = DARFUR.minimalReporting(TableFormat.HTML);
        Document doc = parseXml(html);
        NodeList cells = doc.getElementsByTagName("td");
        List<String> expected = List.of("directlyharmed", "0.097", "0.023", "4.184", "2.2%", "13.9%", "7.6%");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), cells.item(i).getTextContent().trim());
        }
        // more digits
        assertTrue(DARFUR.minimalReporting(TableFormat.MARKDOWN, 4).contains("| 0.0973 | 0.0233 | 4.1844 | 2.19% | 13.88% | 7.63% |"));
    }

    @Test
    void latexEscapesNames() {
        SensitivityReport r = SensitivityAnalysis.of(OmittedVariableBiasTest.DARFUR).names("directly_harmed", "peace%factor").run();
        String latex = r.minimalReporting(TableFormat.LATEX);
        assertTrue(latex.contains("\\textit{directly\\_harmed}") && latex.contains("peace\\%factor"), latex);
        assertTrue(latex.contains("\\multicolumn{5}{r}{} \\\\"), "no bound, empty footnote:\n" + latex);
    }

    @Test
    void contourDataAreAdjustedValuesOnTheGrid() {
        ContourGrid g = DARFUR.contour(ContourQuantity.ESTIMATE);
        assertEquals(401, g.size());
        Close.rel(0.374050471038095 + 0.1, g.r2dzX()[400], 1e-12, "default limit max(0.4, bounds + 0.1)");
        // sensemakr test-02-darfur.R "testing darfur plots": the grid value is adjusted_estimate at that point
        Confounder c = Confounder.of(g.r2dzX()[9], g.r2yzDX()[0]);
        assertEquals(OmittedVariableBiasTest.DARFUR.adjustedEstimate(c, BiasDirection.TOWARD_ZERO), g.value(9, 0), 0.0);
        assertEquals(OmittedVariableBiasTest.EST, g.value(0, 0), 1e-15);
        assertEquals(0.0, g.threshold());
        ContourGrid t = DARFUR.contour(ContourQuantity.T_VALUE, 0.3, 31);
        Close.rel(DARFUR.tValue(), t.value(0, 0) * Math.sqrt(783.0 / 782.0), 1e-12, "t at the origin (adjusted se has sqrt(dof/(dof-1)))");
        Close.rel(1.96299831420297, t.threshold(), 1e-9, "qt(0.975, 783), R 4.2.2");
        ContourGrid lo = DARFUR.contour(ContourQuantity.LOWER_LIMIT, 0.3, 31);
        AdjustedEstimate a = OmittedVariableBiasTest.DARFUR.adjust(Confounder.of(lo.r2dzX()[5], lo.r2yzDX()[7]));
        assertEquals(a.lower(), lo.value(5, 7), 0.0);
        OmittedVariableBiasTest.assertMessage(() -> DARFUR.contour(ContourQuantity.ESTIMATE, 1.0, 10), "limit");
    }

    @Test
    void extremeScenarios() {
        List<ExtremeScenario> s = DARFUR.extremeScenarios();
        assertEquals(List.of(1.0, 0.75, 0.5), s.stream().map(ExtremeScenario::r2yzDX).toList());
        // with r2yz.dx = 1 the estimate reaches zero exactly at r2dz.x = R2yd.x (Cinelli & Hazlett 2020, Sec. 4.2)
        double[] x = s.get(0).r2dzX();
        double[] y = s.get(0).adjustedEstimate();
        int k = 0;
        while (y[k + 1] > 0) {
            k++;
        }
        assertTrue(x[k] < DARFUR.partialR2() && DARFUR.partialR2() <= x[k + 1], "zero crossing brackets R2yd.x");
        assertEquals(OmittedVariableBiasTest.DARFUR.adjustedEstimate(Confounder.of(x[4], 1.0), BiasDirection.TOWARD_ZERO), y[4], 0.0);
    }

    @Test
    void svgPlotsAreWellFormedAndShowWhatSensemakrShows() throws Exception {
        for (ContourQuantity q : ContourQuantity.values()) {
            String svg = DARFUR.contourPlotSvg(q);
            Document doc = parseXml(svg);
            assertEquals("svg", doc.getDocumentElement().getTagName());
            List<String> texts = texts(doc);
            assertTrue(texts.stream().anyMatch(t -> t.startsWith("1x female")), texts.toString());
            assertTrue(texts.stream().anyMatch(t -> t.startsWith("3x female")), texts.toString());
            assertTrue(texts.stream().anyMatch(t -> t.startsWith("Unadjusted")), texts.toString());
            assertTrue(texts.contains("Partial R\u00b2 of confounder(s) with the treatment"), texts.toString());
            assertTrue(texts.contains("0.4") && texts.contains("0.2"), "axis ticks " + texts);
            NodeList paths = doc.getElementsByTagName("path");
            int critical = 0;
            int grey = 0;
            for (int i = 0; i < paths.getLength(); i++) {
                String style = ((Element) paths.item(i)).getAttribute("style");
                critical += style.contains("stroke:red") && style.contains("dasharray") ? 1 : 0;
                grey += style.contains("#666666") ? 1 : 0;
            }
            assertEquals(1, critical, "one critical contour, dashed red, for " + q);
            assertTrue(grey >= 5, "several ordinary contours for " + q);
            write("darfur-contour-" + q.name().toLowerCase(java.util.Locale.ROOT) + ".svg", svg);
        }
        String extreme = DARFUR.extremePlotSvg();
        Document doc = parseXml(extreme);
        List<String> texts = texts(doc);
        assertTrue(texts.contains("R\u00b2 Y~Z|D,X = 0.75"), texts.toString());
        assertTrue(texts.contains("3x female"), texts.toString());
        write("darfur-extreme.svg", extreme);
    }

    private static void write(String name, String svg) throws Exception {
        Path dir = Path.of("target", "plots");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name), svg);
    }

    static List<String> texts(Document doc) {
        NodeList nodes = doc.getElementsByTagName("text");
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    static Document parseXml(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }
}
