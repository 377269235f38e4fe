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

class DsepCommandTest {

    @Test
    void answersInJson() {
        CliRunner r = CliRunner.run("dsep", "--graph", "dag { a -> b -> c }", "--x", "a", "--y", "c", "--given", "b", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = Json.read(r.out());
        assertTrue(json.get("separated").asBoolean());
        assertEquals("b", json.get("given").get(0).asText());
    }

    @Test
    void answersInText() {
        CliRunner r = CliRunner.run("dsep", "--graph", "dag { a -> b <- c }", "--x", "a", "--y", "c", "--given", "b");
        assertEquals(0, r.exitCode());
        assertEquals("a _||_ c | b: d-connected (not separated)", r.out().strip());
    }

    @Test
    void readsGraphFiles(@TempDir Path dir) throws Exception {
        Path dagitty = dir.resolve("g.dagitty");
        Files.writeString(dagitty, "dag { x <- u -> y }");
        assertTrue(Json.read(CliRunner.run("dsep", "--graph", dagitty.toString(), "--x", "x", "--y", "y", "--given",
                "u", "--json").out()).get("separated").asBoolean());
        Path dot = dir.resolve("g.dot");
        Files.writeString(dot, "digraph { x -> y [dir=both] }");
        assertFalse(Json.read(CliRunner.run("dsep", "--graph", dot.toString(), "--x", "x", "--y", "y", "--json").out())
                .get("separated").asBoolean());
    }

    @Test
    void badInputIsOneLineAndExitCodeTwo() {
        assertBadInput(CliRunner.run("dsep", "--graph", "dag { a -> b", "--x", "a", "--y", "b"), "line 1");
        assertBadInput(CliRunner.run("dsep", "--graph", "dag { a -> b }", "--x", "a", "--y", "zz"), "unknown node 'zz'");
        assertBadInput(CliRunner.run("dsep", "--graph", "missing.dagitty", "--x", "a", "--y", "b"), "graph file not found");
        assertBadInput(CliRunner.run("dsep", "--graph", "dag { a -> b -> a }", "--x", "a", "--y", "b"), "cycle");
        assertBadInput(CliRunner.run("dsep", "--graph", "dag { a -> b }", "--x", "a"), "--y");
        assertBadInput(CliRunner.run("dsep", "--bogus"), "Unknown option");
        assertBadInput(CliRunner.run("nosuchcommand"), "Unmatched argument");
    }

    static void assertBadInput(CliRunner r, String fragment) {
        assertEquals(2, r.exitCode(), r.out() + r.err());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), "one line expected: " + err);
        assertFalse(err.contains("\tat "), "no stack trace: " + err);
        assertTrue(err.contains(fragment), err);
        assertTrue(r.out().isEmpty(), r.out());
    }

    @Test
    void batchAnswersEveryLineAndReportsErrorsInPlace(@TempDir Path dir) throws Exception {
        Path batch = dir.resolve("q.jsonl");
        Files.writeString(batch, String.join("\n",
                "{\"graph\": \"dag { a -> b -> c }\", \"x\": [\"a\"], \"y\": [\"c\"], \"given\": [\"b\"]}",
                "{\"graph\": \"dag { a -> b -> c }\", \"x\": [\"a\"], \"y\": [\"c\"], \"given\": []}",
                "{\"graph\": \"dag { a -> b -> c }\", \"x\": [\"a\"], \"y\": [\"nope\"]}",
                "not json",
                "",
                "{\"graph\": \"dag { a <-> c }\", \"x\": \"a\", \"y\": \"c\"}") + "\n");
        CliRunner r = CliRunner.run("dsep", "--batch", batch.toString());
        assertEquals(0, r.exitCode(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(5, lines.length);
        assertTrue(Json.read(lines[0]).get("separated").asBoolean());
        assertFalse(Json.read(lines[1]).get("separated").asBoolean());
        assertTrue(Json.read(lines[2]).get("error").asText().contains("unknown node 'nope'"));
        assertTrue(Json.read(lines[3]).get("error").asText().contains("malformed JSON"));
        assertFalse(Json.read(lines[4]).get("separated").asBoolean());
    }

    @Test
    void missingBatchFileIsBadInput() {
        assertBadInput(CliRunner.run("dsep", "--batch", "nope.jsonl"), "batch file not found");
    }
}
