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
package io.github.causal4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report of {@code causal analyze} in a real headless Chromium, offline: the DOM has every
 * section heading, and a screenshot shows each section drawn (many colours in its region, the
 * role colours of the graph picture in the graph section, the red critical contour in the
 * sensitivity plot). Section positions come from a copy of the report with a measuring script
 * added (the report itself has none). Skipped where no Chromium or Chrome is installed.
 */
@Tag("browser")
class AnalysisReportBrowserTest {

    private static final Map<String, String> HEADINGS = new LinkedHashMap<>();

    static {
        HEADINGS.put("data", "Data");
        HEADINGS.put("graph", "Causal graph");
        HEADINGS.put("identification", "Identification");
        HEADINGS.put("estimates", "Estimates");
        HEADINGS.put("refutations", "Refutation tests");
        HEADINGS.put("sensitivity", "Sensitivity analysis");
        HEADINGS.put("bounds", "Bounds");
        HEADINGS.put("implications", "Testable implications");
        HEADINGS.put("warnings", "Warnings");
        HEADINGS.put("provenance", "Provenance");
    }

    private static final String MEASURE = "<script>document.body.setAttribute('data-layout', Array.from("
            + "document.querySelectorAll('section')).map(function (s) { var r = s.getBoundingClientRect(); return s.id + ':' "
            + "+ Math.round(r.top + window.scrollY) + ':' + Math.round(r.height); }).join(';') + '|' "
            + "+ document.documentElement.scrollHeight);</script>";

    @Test
    void reportRendersEverySectionInChromium(@TempDir Path dir) throws Exception {
        Optional<Chromium> browser = Chromium.find(dir);
        assumeTrue(browser.isPresent(), "no chromium or chrome executable: browser test skipped");
        Path html = dir.resolve("lalonde.html");
        CliRunner r = CliRunner.run("analyze", "--data", AnalyzeCommandTest.LALONDE, "--graph", AnalyzeCommandTest.GRAPH,
                "--treatment", "treat", "--outcome", "re78", "--simulations", "20", "--no-progress", "--report",
                html.toString());
        assertEquals(0, r.exitCode(), r.err());
        String report = Files.readString(html);
        assertTrue(!report.contains("<script") && !report.contains("<link") && !report.contains(" src="),
                "self-contained, no scripts");

        String dom = browser.get().run("--dump-dom", html.toUri().toString());
        for (Map.Entry<String, String> h : HEADINGS.entrySet()) {
            assertTrue(dom.contains("<section id=\"" + h.getKey() + "\"><h2>" + h.getValue() + "</h2>")
                    || dom.contains("<section id=\"" + h.getKey() + "\">\n<h2>" + h.getValue() + "</h2>"),
                    "heading " + h.getValue() + " in the DOM");
        }

        Path measured = dir.resolve("measured.html");
        Files.writeString(measured, report.replace("</body>", MEASURE + "</body>"));
        String layoutDom = browser.get().run("--window-size=1200,900", "--dump-dom", measured.toUri().toString());
        Matcher m = Pattern.compile("data-layout=\"([^\"]+)\"").matcher(layoutDom);
        assertTrue(m.find(), "the measuring script ran");
        String[] parts = m.group(1).split("\\|");
        int pageHeight = Math.min(Integer.parseInt(parts[1]), 16000);

        Path png = dir.resolve("lalonde.png");
        browser.get().run("--window-size=1200," + pageHeight, "--screenshot=" + png, html.toUri().toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1200, image.getWidth());
        int checked = 0;
        for (String section : parts[0].split(";")) {
            String[] f = section.split(":");
            int top = Integer.parseInt(f[1]);
            int height = Integer.parseInt(f[2]);
            assertTrue(HEADINGS.containsKey(f[0]), f[0]);
            assertTrue(height > 40, f[0] + " has height " + height);
            if (top + height > image.getHeight()) {
                continue;
            }
            Region region = Region.of(image, top, height);
            checked++;
            assertTrue(region.colours >= 8, f[0] + ": only " + region.colours + " colours: not drawn");
            assertTrue(region.ink > 0.005, f[0] + ": blank (" + region.ink + " of the pixels not background)");
            if (f[0].equals("graph")) {
                assertTrue(region.has(0xbed403, 40), "the exposure node (yellow-green) is drawn");
                assertTrue(region.has(0x00a2e0, 40), "the outcome node (blue) is drawn");
            }
            if (f[0].equals("sensitivity")) {
                assertTrue(region.has(0xff0000, 60), "the critical contour and bounds (red) are drawn");
            }
        }
        assertEquals(HEADINGS.size(), checked, "every section inside the screenshot");
        assertEquals(HEADINGS.keySet(), Set.copyOf(List.of(parts[0].split(";")).stream().map(s -> s.split(":")[0])
                .toList()));
    }

    /** Pixel statistics of a horizontal band of the screenshot. */
    private static final class Region {
        int colours;
        double ink;
        private final Set<Integer> seen = new HashSet<>();

        static Region of(BufferedImage image, int top, int height) {
            Region r = new Region();
            long inked = 0;
            long total = 0;
            for (int y = top; y < top + height; y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y) & 0xffffff;
                    r.seen.add(rgb);
                    total++;
                    if (rgb != 0xffffff && rgb != 0xf4f6f9) {
                        inked++;
                    }
                }
            }
            r.colours = r.seen.size();
            r.ink = (double) inked / total;
            return r;
        }

        boolean has(int rgb, int tolerance) {
            for (int c : seen) {
                if (Math.abs(((c >> 16) & 255) - ((rgb >> 16) & 255)) <= tolerance
                        && Math.abs(((c >> 8) & 255) - ((rgb >> 8) & 255)) <= tolerance
                        && Math.abs((c & 255) - (rgb & 255)) <= tolerance) {
                    return true;
                }
            }
            return false;
        }
    }
}
