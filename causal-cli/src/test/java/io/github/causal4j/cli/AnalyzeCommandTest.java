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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.causal4j.estimate.Estimators;
import io.github.causal4j.data.Dataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code causal analyze}: the whole pipeline as JSON, text, HTML and Markdown; bad input exits 2 with one line. */
class AnalyzeCommandTest {

    static final String LALONDE = Path.of(System.getProperty("causal4j.datasets"), "lalonde_psid.csv").toString();
    static final String GRAPH = "dag { {age educ black hispan married nodegree re74 re75} -> treat; "
            + "{age educ black hispan married nodegree re74 re75} -> re78; treat -> re78; re74 -> re75 }";
    static final List<String> COVARIATES = List.of("age", "educ", "black", "hispan", "married", "nodegree", "re74", "re75");

    @Test
    void jsonIsTheWholePipelineAndStdoutStaysClean(@TempDir Path dir) {
        Path html = dir.resolve("report.html");
        Path md = dir.resolve("report.md");
        CliRunner r = CliRunner.run("analyze", "--data", LALONDE, "--graph", GRAPH, "--treatment", "treat", "--outcome",
                "re78", "--seed", "7", "--simulations", "20", "--json", "--progress", "--report", html.toString(),
                "--markdown", md.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = Json.read(r.out());
        assertEquals("treat", j.get("treatment").asText());
        assertTrue(j.get("identified").asBoolean());
        assertEquals("backdoor", j.get("identification").get("recommended").asText());
        assertEquals("backdoor", j.get("identification").get("strategies").get(0).get("kind").asText());
        assertEquals(4, j.get("estimates").size());
        // R 4.2.2 lm (docs/reference-scripts/estimation_ols.R): 1548.24380199957886362
        assertEquals(1548.24380199957886362, j.get("estimates").get(0).get("estimate").asDouble(), 1e-9 * 1548);
        double ipw = Estimators.ipw().estimate(Dataset.readCsv(Path.of(LALONDE)), "treat", "re78", COVARIATES).value();
        assertEquals(ipw, j.get("estimates").get(1).get("estimate").asDouble(), 1e-9 * Math.abs(ipw));
        assertTrue(j.get("sensitivity").get("available").asBoolean());
        assertTrue(j.get("sensitivity").get("rv_q").asDouble() > 0);
        assertTrue(j.get("bounds").get("identified").asBoolean());
        assertEquals(3, j.get("refutations").get("results").size());
        assertEquals(7, j.get("provenance").get("seed").asInt());
        assertTrue(r.err().contains("causal analyze [") && r.err().contains("100%"), "progress on stderr: " + r.err());
        assertFalse(r.out().contains("causal analyze ["), "no progress on stdout");
        assertTrue(Files.exists(html) && Files.exists(md));
    }

    @Test
    void textWithoutProgressWhenAskedNot() {
        CliRunner r = CliRunner.run("analyze", "--data", LALONDE, "--graph", GRAPH, "--treatment", "treat", "--outcome",
                "re78", "--simulations", "20", "--no-progress");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("Effect of treat on re78\n"), r.out());
        assertTrue(r.out().contains("Identification\n--------------"));
        assertTrue(r.out().contains("Sensitivity analysis\n"));
        assertEquals("", r.err());
    }

    @Test
    void badInputIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        assertBad(CliRunner.run("analyze", "--data", LALONDE, "--graph", GRAPH, "--treatment", "nope", "--outcome", "re78"),
                "'nope'");
        assertBad(CliRunner.run("analyze", "--data", LALONDE, "--graph", GRAPH.replace("treat -> re78;",
                "treat -> re78; motivation -> treat;"), "--treatment", "treat", "--outcome", "re78"),
                "graph node 'motivation' is not a column of the data");
        assertBad(CliRunner.run("analyze", "--data", LALONDE, "--graph", GRAPH.replace("dag {", "dag { treat [latent];"),
                "--treatment", "treat", "--outcome", "re78"), "treatment 'treat' is marked latent");
        assertBad(CliRunner.run("analyze", "--data", LALONDE, "--graph", GRAPH, "--treatment", "treat", "--outcome", "re78",
                "--outcome-range", "10,1"), "outcome support");
        assertBad(CliRunner.run("analyze", "--data", dir.resolve("missing.csv").toString(), "--graph", GRAPH,
                "--treatment", "treat", "--outcome", "re78"), "data file not found");
    }

    private static void assertBad(CliRunner r, String fragment) {
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains(fragment), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertEquals("", r.out());
    }
}
