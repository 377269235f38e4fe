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
import org.junit.jupiter.api.Test;

/** {@code causal evalue}; expected numbers: VanderWeele &amp; Ding (2017) and docs/reference-scripts/evalues_rosenbaum.py. */
class EvalueCommandTest {

    @Test
    void publishedRiskRatioExample() {
        CliRunner r = CliRunner.run("evalue", "--rr", "3.9", "--lo", "1.8", "--hi", "8.7", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = Json.read(r.out());
        assertEquals(7.26, j.get("evalue_point").asDouble(), 0.005);
        assertEquals(3.0, j.get("evalue_ci").asDouble(), 1e-12);
        assertTrue(CliRunner.run("evalue", "--rr", "3.9", "--lo", "1.8", "--hi", "8.7").out().contains("7.263"));
    }

    @Test
    void otherMeasures() {
        JsonNode or = Json.read(CliRunner.run("evalue", "--or", "2.0", "--lo", "1.5", "--hi", "2.8", "--json").out());
        assertEquals(2.179580427103275, or.get("evalue_point").asDouble(), 1e-13);
        JsonNode hr = Json.read(CliRunner.run("evalue", "--hr", "0.7", "--lo", "0.55", "--hi", "0.9", "--json").out());
        assertEquals(1.3612206313389328, hr.get("evalue_ci").asDouble(), 1e-13);
        JsonNode smd = Json.read(CliRunner.run("evalue", "--smd", "0.5", "--se", "0.1", "--json").out());
        assertEquals(2.5291419818612693, smd.get("evalue_point").asDouble(), 1e-13);
        JsonNode point = Json.read(CliRunner.run("evalue", "--or", "2.0", "--rare", "--json").out());
        assertTrue(point.get("evalue_ci").isNull());
    }

    @Test
    void badInput() {
        assertBadInput(CliRunner.run("evalue", "--rr", "2", "--or", "2"), "exactly one");
        assertBadInput(CliRunner.run("evalue", "--smd", "0.5"), "--se");
        assertBadInput(CliRunner.run("evalue", "--rr", "-2"), "risk ratio");
        assertBadInput(CliRunner.run("evalue", "--rr", "2", "--lo", "2.5"), "lower confidence limit");
    }
}
