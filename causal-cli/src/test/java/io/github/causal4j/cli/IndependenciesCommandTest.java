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
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndependenciesCommandTest {

    @Test
    void listsStatementsAsJsonAndText() {
        CliRunner r = CliRunner.run("independencies", "--graph", "dag { x -> m -> y }", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode first = Json.read(r.out()).get("independencies").get(0);
        assertEquals("x", first.get("x").asText());
        assertEquals("y", first.get("y").asText());
        assertEquals("m", first.get("given").get(0).asText());
        assertEquals("x _||_ y | m", CliRunner.run("independencies", "--graph", "dag { x -> m -> y }").out().strip());
    }

    @Test
    void testsOnData() {
        Path csv = Path.of(System.getProperty("causal4j.datasets"), "proximal_linear.csv");
        CliRunner r = CliRunner.run("independencies", "--graph", "dag { U -> Z; X1 -> Z; W }", "--data",
                csv.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = Json.read(r.out());
        assertEquals("fisher-z", json.get("test").asText());
        JsonNode zw = null;
        for (JsonNode n : json.get("independencies")) {
            if (n.get("x").asText().equals("U") && n.get("y").asText().equals("W")) {
                zw = n;
            }
        }
        // the graph claims U _||_ W, but W = -0.3 + 1.2 U + ... in datasets/README.md: rejected
        assertTrue(zw.get("p_value").asDouble() < 1e-6, zw.toString());
        assertTrue(zw.get("rejected").asBoolean());
        assertTrue(json.get("rejected").asInt() >= 1);
    }

    @Test
    void batchAndErrors(@TempDir Path dir) throws Exception {
        Path batch = dir.resolve("q.jsonl");
        Files.writeString(batch, "{\"graph\": \"dag { a -> b -> c }\"}\n{\"graph\": \"dag { a -> b\"}\n");
        CliRunner r = CliRunner.run("independencies", "--batch", batch.toString());
        String[] lines = r.out().strip().split("\n");
        assertEquals(2, lines.length);
        assertEquals("a", Json.read(lines[0]).get("independencies").get(0).get("x").asText());
        assertTrue(Json.read(lines[1]).has("error"));
        DsepCommandTest.assertBadInput(CliRunner.run("independencies", "--graph", "dag { a -> b -> c }", "--data",
                "nosuch.csv"), "data file not found");
    }
}
