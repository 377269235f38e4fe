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

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BoundsCommandTest {

    private static String data(String file) {
        return Path.of(System.getProperty("causal4j.datasets", "../datasets"), file).toString();
    }

    private static JsonNode json(String... args) {
        CliRunner r = CliRunner.run(args);
        assertEquals(0, r.exitCode(), r.err());
        return Json.read(r.out());
    }

    @Test
    void manskiFamilyInJson() {
        // docs/reference-scripts/bounds_manski.py
        JsonNode m = json("bounds", "--method", "mtr-mts", "--data", data("manski_synthetic.csv"), "--treatment", "d",
                "--outcome", "y_bin", "--outcome-range", "0,1", "--json");
        assertEquals("mtr-mts", m.get("method").asText());
        assertEquals(0.0, m.get("lower").asDouble(), 1e-12);
        assertEquals(0.4825, m.get("upper").asDouble(), 1e-12);
        assertEquals(3, m.get("assumptions").size());
        assertEquals("analytic", m.get("inference").asText());
        assertTrue(m.get("ci_upper").asDouble() > 0.4825);
        JsonNode manski = json("bounds", "--method", "manski", "--data", data("manski_synthetic.csv"), "--treatment", "d",
                "--outcome", "y_cont", "--outcome-range", "0,10", "--json");
        assertEquals(10.0, manski.get("width").asDouble(), 1e-12);
    }

    @Test
    void balkePearlFromTheCountTable() {
        JsonNode b = json("bounds", "--method", "balke-pearl", "--data", data("balke_pearl_tables.csv"), "--table",
                "lipid_research_clinics", "--instrument", "z", "--treatment", "x", "--outcome", "y", "--weight", "count",
                "--bootstrap", "200", "--json");
        assertEquals(0.391332, b.get("lower").asDouble(), 5e-7);
        assertEquals(0.779211, b.get("upper").asDouble(), 5e-7);
        assertEquals("bootstrap", b.get("inference").asText());
        assertEquals(200, b.get("replications").asInt());
        JsonNode lp = json("bounds", "--method", "lp", "--graph", "dag { z -> x -> y; x <-> y }", "--data",
                data("balke_pearl_tables.csv"), "--table", "vitamin_a_sommer", "--treatment", "x", "--outcome", "y",
                "--weight", "count", "--se", "none", "--json");
        assertEquals(-0.194623, lp.get("lower").asDouble(), 5e-7);
        assertEquals(0.005394, lp.get("upper").asDouble(), 5e-7);
        assertTrue(lp.get("ci_lower") == null);
    }

    @Test
    void leeAndPns() {
        JsonNode lee = json("bounds", "--method", "lee", "--data", data("lee_trim_exact.csv"), "--treatment", "d",
                "--outcome", "y", "--selection", "s", "--json");
        assertEquals(-0.318329, lee.get("lower").asDouble(), 1e-12);
        assertEquals(1.496815, lee.get("upper").asDouble(), 1e-12);
        assertEquals(0.25, lee.get("diagnostics").get("trimming_share").asDouble(), 1e-15);
        CliRunner text = CliRunner.run("bounds", "--method", "lee", "--data", data("lee_trim_exact.csv"), "--treatment",
                "d", "--outcome", "y", "--selection", "s");
        assertTrue(text.out().contains("Imbens & Manski"), text.out());
    }

    @Test
    void badInputIsOneLineAndExitCodeTwo() {
        DsepCommandTest.assertBadInput(CliRunner.run("bounds", "--method", "balke-pearl", "--data",
                data("balke_pearl_tables.csv"), "--table", "synthetic_iv_violation", "--instrument", "z", "--treatment",
                "x", "--outcome", "y", "--weight", "count"), "instrumental inequality");
        DsepCommandTest.assertBadInput(CliRunner.run("bounds", "--method", "manski", "--data",
                data("manski_synthetic.csv"), "--treatment", "d", "--outcome", "y_cont", "--outcome-range", "0,1"),
                "row 1 lies outside the stated outcome range [0, 1]");
        DsepCommandTest.assertBadInput(CliRunner.run("bounds", "--method", "manski", "--data",
                data("manski_synthetic.csv"), "--treatment", "d", "--outcome", "y_cont"), "--outcome-range");
        DsepCommandTest.assertBadInput(CliRunner.run("bounds", "--method", "wild", "--data",
                data("manski_synthetic.csv"), "--treatment", "d", "--outcome", "y_cont"), "unknown --method");
        DsepCommandTest.assertBadInput(CliRunner.run("bounds", "--method", "balke-pearl", "--data",
                data("balke_pearl_tables.csv"), "--table", "nope", "--instrument", "z", "--treatment", "x", "--outcome",
                "y"), "no rows with table = 'nope'");
        DsepCommandTest.assertBadInput(CliRunner.run("bounds", "--method", "manski", "--data",
                data("lee_trim_exact.csv"), "--treatment", "d", "--outcome", "y", "--outcome-range", "0,100"),
                "missing value in column 'y' at row 2");
    }
}
