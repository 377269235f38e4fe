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

import static io.github.causal4j.cli.DsepCommandTest.assertBadInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code causal sensitivity} on the Darfur data; expected numbers: sensemakr 0.1.6 (issue 6, test-02-darfur.R). */
class SensitivityCommandTest {

    static final String DARFUR = Path.of(System.getProperty("causal4j.datasets"), "darfur.csv").toString();
    static final String COVARIATES = "age,farmer_dar,herder_dar,pastvoted,hhsize_darfur,female,village";

    @Test
    void darfurJsonMatchesSensemakr(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("contour.svg");
        Path extreme = dir.resolve("extreme.svg");
        CliRunner r = CliRunner.run("sensitivity", "--data", DARFUR, "--treatment", "directlyharmed", "--outcome", "peacefactor",
                "--covariates", COVARIATES, "--benchmark", "female", "--kd", "1,2,3", "--plot", svg.toString(),
                "--extreme-plot", extreme.toString(), "--table", "latex", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = Json.read(r.out());
        assertEquals(0.0973158192849558, j.get("estimate").asDouble(), 1e-12);
        assertEquals(0.023256537809811, j.get("std_error").asDouble(), 1e-12);
        assertEquals(4.18444998480823, j.get("t_value").asDouble(), 1e-9);
        assertEquals(783, j.get("dof").asDouble());
        assertEquals(0.0218730933411097, j.get("partial_r2_yd_x").asDouble(), 1e-12);
        assertEquals(0.138776353893588, j.get("rv_q").asDouble(), 1e-12);
        assertEquals(0.0762579655448573, j.get("rv_qa").asDouble(), 1e-12);
        JsonNode b = j.get("bounds");
        assertEquals(3, b.size());
        assertEquals("female", b.get(2).get("benchmark").asText());
        assertEquals(3.0, b.get(2).get("kd").asDouble());
        assertEquals(0.0274928600251459, b.get(2).get("r2dz_x").asDouble(), 1e-12);
        assertEquals(0.374050471038094, b.get(2).get("r2yz_dx").asDouble(), 1e-12);
        assertEquals(0.0303960234641548, b.get(2).get("adjusted_estimate").asDouble(), 1e-12);
        assertEquals(0.0186700648170924, b.get(2).get("adjusted_se").asDouble(), 1e-12);
        assertEquals(1.62806202131271, b.get(2).get("adjusted_t").asDouble(), 1e-10);
        assertEquals(-0.006253282, b.get(2).get("adjusted_lower").asDouble(), 5e-10);
        assertEquals(0.06704533, b.get(2).get("adjusted_upper").asDouble(), 5e-9);
        assertTrue(j.get("minimal_reporting").asText().contains("0.097 & 0.023 & 4.184"));
        assertTrue(Files.readString(svg).contains("3x female"));
        assertTrue(Files.readString(extreme).startsWith("<?xml"));
    }

    @Test
    void textAndOptions() {
        CliRunner r = CliRunner.run("sensitivity", "--data", DARFUR, "--treatment", "directlyharmed", "--outcome", "peacefactor",
                "--covariates", COVARIATES, "--benchmark", "female,pastvoted", "--group", "--kd", "1", "--q", "0.5", "--alpha", "0.1",
                "--se", "hc1");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("1x female+pastvoted"), r.out());
        assertTrue(r.out().contains("q = 0.5"), r.out());
        assertTrue(r.out().contains("HC1"), r.out());
    }

    @Test
    void badInput() {
        String[] base = {"sensitivity", "--data", DARFUR, "--treatment", "directlyharmed", "--outcome", "peacefactor", "--covariates",
            COVARIATES};
        assertBadInput(CliRunner.run(concat(base, "--benchmark", "wouldvote")), "not among the covariates");
        assertBadInput(CliRunner.run(concat(base, "--benchmark", "directlyharmed")), "own benchmark");
        assertBadInput(CliRunner.run(concat(base, "--q", "0")), "q");
        assertBadInput(CliRunner.run(concat(base, "--alpha", "1.5")), "alpha");
        assertBadInput(CliRunner.run(concat(base, "--se", "hc9")), "--se");
        assertBadInput(CliRunner.run("sensitivity", "--data", "nope.csv", "--treatment", "d", "--outcome", "y"), "data file not found");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
