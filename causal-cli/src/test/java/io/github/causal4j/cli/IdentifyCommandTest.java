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
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentifyCommandTest {

    @Test
    void listsStrategiesAndRecommendsOne() {
        CliRunner r = CliRunner.run("identify", "--graph", "dag { z -> x -> y; z -> y }", "--treatment", "x",
                "--outcome", "y", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = Json.read(r.out());
        assertTrue(json.get("identifiable").asBoolean());
        assertEquals("backdoor", json.get("recommended").asText());
        assertEquals("z", json.get("strategies").get(0).get("adjustment_set").get(0).asText());
        assertEquals("id", json.get("strategies").get(1).get("kind").asText());
        assertTrue(json.get("estimand").asText().startsWith("P(y | do(x)) = "));
    }

    @Test
    void notIdentifiableCarriesTheHedgeAndTheInstrument() {
        CliRunner r = CliRunner.run("identify", "--graph", "dag { z -> x -> y; x <-> y; x [exposure]; y [outcome] }",
                "--json");
        JsonNode json = Json.read(r.out());
        assertFalse(json.get("identifiable").asBoolean());
        assertEquals("iv", json.get("recommended").asText());
        assertEquals("z", json.get("strategies").get(0).get("instrument").asText());
        assertTrue(json.get("hedge").get("f").size() > 0);
        CliRunner text = CliRunner.run("identify", "--graph", "dag { x -> y; x <-> y }", "--treatment", "x", "--outcome", "y");
        assertTrue(text.out().contains("not identifiable") && text.out().contains("bounds"), text.out());
    }

    @Test
    void conditionalQueries() {
        JsonNode json = Json.read(CliRunner.run("identify", "--graph", "dag { x -> m -> y; x <-> y }", "--treatment",
                "x", "--outcome", "y", "--conditional", "m", "--json").out());
        assertTrue(json.get("identifiable").asBoolean());
        assertEquals("P(y | do(x), m)", json.get("query").asText());
    }

    @Test
    void evaluatesTheFrontDoorFormulaOnCounts(@TempDir Path dir) throws Exception {
        // Counts of (x, m, y); the front-door formula evaluated by hand:
        // P(m=1|x=1)=0.8, P(m=0|x=1)=0.2; P(x=0)=P(x=1)=0.5;
        // P(y=1|x,m): (0,0)=0.1 (0,1)=0.5 (1,0)=0.2 (1,1)=0.6
        // P(y=1|do(x=1)) = 0.2*(0.5*0.1+0.5*0.2) + 0.8*(0.5*0.5+0.5*0.6) = 0.03 + 0.44 = 0.47.
        Path csv = dir.resolve("fd.csv");
        Files.writeString(csv, String.join("\n", "x,m,y,n",
                "0,0,0,270", "0,0,1,30", "0,1,0,100", "0,1,1,100",
                "1,0,0,80", "1,0,1,20", "1,1,0,160", "1,1,1,240") + "\n");
        CliRunner r = CliRunner.run("identify", "--graph", "dag { x -> m -> y; x <-> y }", "--data", csv.toString(),
                "--weight", "n", "--evaluate", "y=1", "--do", "x=1", "--json");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(0.47, Json.read(r.out()).get("value").asDouble(), 1e-12);
    }

    @Test
    void badInput() {
        DsepCommandTest.assertBadInput(CliRunner.run("identify", "--graph", "dag { x -> y }", "--treatment", "x",
                "--outcome", "x"), "x");
        DsepCommandTest.assertBadInput(CliRunner.run("identify", "--graph", "dag { x -> y }", "--treatment", "q",
                "--outcome", "y"), "unknown treatment 'q'");
        DsepCommandTest.assertBadInput(CliRunner.run("identify", "--graph", "dag { x -> y }", "--evaluate", "y=1"),
                "--data");
        DsepCommandTest.assertBadInput(CliRunner.run("identify", "--graph", "dag { x -> y; x <-> y }", "--data",
                "nope.csv", "--evaluate", "y=1", "--do", "x=0"), "nope.csv");
    }

    @Test
    void batch(@TempDir Path dir) throws Exception {
        Path batch = dir.resolve("b.jsonl");
        Files.writeString(batch, "{\"graph\": \"dag { z -> x -> y; z -> y }\", \"treatment\": \"x\", \"outcome\": \"y\"}\n"
                + "{\"graph\": \"dag { x -> y; x <-> y }\", \"treatment\": \"x\", \"outcome\": \"y\"}\n");
        String[] lines = CliRunner.run("identify", "--batch", batch.toString()).out().strip().split("\n");
        assertTrue(Json.read(lines[0]).get("identifiable").asBoolean());
        assertFalse(Json.read(lines[1]).get("identifiable").asBoolean());
    }
}
