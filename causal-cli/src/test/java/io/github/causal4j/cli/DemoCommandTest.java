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

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code causal demo}, the README's main job: the five analyses print the reference numbers (each
 * checked at full precision by the estimator's own reference test, cited below) and write their
 * reports. The demo prints six significant digits, so the assertions are on the printed digits.
 */
class DemoCommandTest {

    @Test
    void runsTheFiveAnalysesAndWritesTheReports(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("reports");
        CliRunner r = CliRunner.run("demo", "--out", out.toString(), "--simulations", "20", "--bootstrap", "100",
                "--no-progress");
        assertEquals(0, r.exitCode(), r.err());
        String text = r.out();
        // Darfur: sensemakr 0.1.6 (Cinelli & Hazlett 2020, Table 1): estimate 0.0973158, SE 0.0232565,
        // RV 13.88%, RV_0.05 7.63%, 3x female adjusted 0.030396 with CI [-0.006253, 0.067045]
        assertContains(text, "ols       ate  0.0973158 (SE 0.0232565), 95% CI [0.0516633, 0.142968]  <- primary");
        assertContains(text, "robustness value 13.88%; at alpha = 0.05 7.63%");
        assertContains(text, "confounder 3x female (the most damaging benchmark): adjusted 0.030396, "
                + "CI [-0.00625328, 0.0670453]");
        // Lalonde: R 4.2.2 lm, 1548.24380199957886362 (docs/reference-scripts/estimation_ols.R)
        assertContains(text, "ols       ate  1548.24 (SE 781.279)");
        assertContains(text, "randomised NSW benchmark $1,794, Dehejia & Wahba 1999");
        assertContains(text, "matching  att  1933.39");
        // cigarettes: R AER 1.2-10 ivreg, lrprice -1.27742413342728, SE 0.26319859027975 (IvReferenceTest)
        assertContains(text, "2sls      ate  -1.27742 (SE 0.263199)");
        // proximal: P2SLS 2.02018327450046, SE 0.05079648688996 (ProximalReferenceTest); truth 2.0
        assertContains(text, "p2sls     ate  2.02018 (SE 0.0507965)");
        // Lipid Research Clinics: Balke & Pearl (1997) [0.391332, 0.779211]
        assertContains(text, "balke-pearl  [0.391332, 0.779211]");
        for (String name : new String[] {"darfur", "lalonde", "cigarettes", "proximal", "lipid"}) {
            Path report = out.resolve(name + ".html");
            assertTrue(Files.size(report) > 10_000, name + " report written");
            assertContains(text, "report: " + report);
            assertContains(Files.readString(out.resolve("index.html")), "<a href=\"" + name + ".html\">");
        }
        assertTrue(Files.readString(out.resolve("darfur.html")).contains("<section id=\"sensitivity\">"));
        assertEquals("", r.err());
    }

    @Test
    void anUnwritableReportDirectoryIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        CliRunner r = CliRunner.run("demo", "--out", file.resolve("sub").toString(), "--no-progress");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("cannot create the directory"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void helpAndVersion() {
        CliRunner help = CliRunner.run("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("dsep") && help.out().contains("demo"));
        CliRunner version = CliRunner.run("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("causal4j "));
    }

    private static void assertContains(String text, String fragment) {
        assertTrue(text.contains(fragment), "missing '" + fragment + "' in:\n" + text);
    }
}
