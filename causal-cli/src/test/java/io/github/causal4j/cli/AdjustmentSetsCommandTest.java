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
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code causal adjustment-sets} and {@code causal instruments}, run in-process. */
class AdjustmentSetsCommandTest {

    static final String BUTTERFLY = "dag { a -> x; a -> m; b -> m; b -> y; m -> x; m -> y; x -> y }";

    record Run(int exitCode, String out, String err) {
        JsonNode json() {
            return Json.read(out);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CausalCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void minimalSetsInJsonAreSortedArrays() {
        Run r = run("adjustment-sets", "--graph", BUTTERFLY, "--treatment", "x", "--outcome", "y", "--type", "minimal", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = r.json();
        assertEquals("[[\"a\",\"m\"],[\"b\",\"m\"]]", j.get("sets").toString());
        assertTrue(j.get("complete").asBoolean());
        assertEquals("minimal", j.get("type").asText());
    }

    @Test
    void allCanonicalOptimalAndText() {
        String mBias = "dag { a -> x; a -> m; b -> m; b -> y; x -> y }";
        JsonNode all = run("adjustment-sets", "--graph", mBias, "--treatment", "x", "--outcome", "y", "--type", "all", "--json").json();
        assertEquals("[[],[\"a\"],[\"b\"],[\"a\",\"b\"],[\"a\",\"m\"],[\"b\",\"m\"],[\"a\",\"b\",\"m\"]]", all.get("sets").toString());
        JsonNode limited = run("adjustment-sets", "--graph", mBias, "--treatment", "x", "--outcome", "y", "--type", "all",
                "--limit", "3", "--json").json();
        assertEquals(3, limited.get("sets").size());
        assertFalse(limited.get("complete").asBoolean());
        assertEquals("[[\"a\",\"b\"]]", run("adjustment-sets", "--graph", mBias, "--treatment", "x", "--outcome", "y", "--type",
                "canonical", "--json").json().get("sets").toString());
        assertEquals("[[\"b\"]]", run("adjustment-sets", "--graph", mBias, "--treatment", "x", "--outcome", "y", "--type",
                "optimal", "--json").json().get("sets").toString());
        Run text = run("adjustment-sets", "--graph", BUTTERFLY, "--treatment", "x", "--outcome", "y");
        assertEquals("{ a, m }\n{ b, m }", text.out().strip().replace("\r", ""));
    }

    @Test
    void noSetGivesAnEmptyArrayAndTheReason() {
        Run r = run("adjustment-sets", "--graph", "dag { x -> m -> y; x <-> y }", "--treatment", "x", "--outcome", "y", "--json");
        JsonNode j = r.json();
        assertEquals("[]", j.get("sets").toString());
        assertTrue(j.get("complete").asBoolean());
        assertEquals("no valid adjustment set exists: the non-causal path x <-> y stays open", j.get("reason").asText());
        assertEquals("no valid adjustment set exists: the non-causal path x <-> y stays open",
                run("adjustment-sets", "--graph", "dag { x -> m -> y; x <-> y }", "--treatment", "x", "--outcome", "y").out().strip());
    }

    @Test
    void checkReportsValidityAndReason() {
        JsonNode ok = run("adjustment-sets", "--graph", BUTTERFLY, "--treatment", "x", "--outcome", "y", "--check", "a,m", "--json").json();
        assertTrue(ok.get("valid").asBoolean());
        JsonNode bad = run("adjustment-sets", "--graph", BUTTERFLY, "--treatment", "x", "--outcome", "y", "--check", "m", "--json").json();
        assertFalse(bad.get("valid").asBoolean());
        assertEquals("the non-causal path x <- a -> m <- b -> y stays open", bad.get("reason").asText());
        assertEquals("[\"x\",\"a\",\"m\",\"b\",\"y\"]", bad.get("open_path").toString());
        JsonNode empty = run("adjustment-sets", "--graph", BUTTERFLY, "--treatment", "x", "--outcome", "y", "--check", "", "--json").json();
        assertFalse(empty.get("valid").asBoolean());
        assertEquals("[]", empty.get("set").toString());
        JsonNode forbidden = run("adjustment-sets", "--graph", "dag { x -> m -> y }", "--treatment", "x", "--outcome", "y",
                "--check", "m", "--json").json();
        assertEquals("m", forbidden.get("forbidden_node").asText());
        assertEquals("[\"x\",\"m\",\"y\"]", forbidden.get("causal_path").toString());
        assertEquals("{m} is not a valid adjustment set for x -> y: 'm' lies on the causal path x -> m -> y and must not be adjusted for",
                run("adjustment-sets", "--graph", "dag { x -> m -> y }", "--treatment", "x", "--outcome", "y", "--check", "m").out().strip());
    }

    @Test
    void rolesAndAdjustedMarksComeFromTheGraph() {
        String g = "dag { x [exposure]; y [outcome]; b [adjusted]; a -> x; a -> m; b -> m; b -> y; m -> x; m -> y; x -> y }";
        assertEquals("[[\"b\",\"m\"]]", run("adjustment-sets", "--graph", g, "--json").json().get("sets").toString());
        assertEquals("[[\"a\",\"m\"]]", run("adjustment-sets", "--graph", BUTTERFLY, "--treatment", "x", "--outcome", "y",
                "--exclude", "b", "--json").json().get("sets").toString());
    }

    @Test
    void batchAnswersEveryLineAndKeepsGoingAfterAnError(@TempDir Path dir) throws Exception {
        Path batch = dir.resolve("q.jsonl");
        Files.write(batch, List.of(
                "{\"graph\": \"" + BUTTERFLY + "\", \"treatment\": [\"x\"], \"outcome\": [\"y\"], \"type\": \"minimal\"}",
                "{\"graph\": \"dag { x -> y }\", \"treatment\": [\"x\"], \"outcome\": [\"x\"]}",
                "{\"graph\": \"" + BUTTERFLY + "\", \"treatment\": [\"x\"], \"outcome\": [\"y\"], \"check\": [\"a\", \"m\"]}"));
        Run r = run("adjustment-sets", "--batch", batch.toString());
        assertEquals(0, r.exitCode(), r.err());
        String[] lines = r.out().strip().split("\\R");
        assertEquals(3, lines.length);
        assertEquals("[[\"a\",\"m\"],[\"b\",\"m\"]]", Json.read(lines[0]).get("sets").toString());
        assertEquals("node 'x' is both a treatment and an outcome", Json.read(lines[1]).get("error").asText());
        assertTrue(Json.read(lines[2]).get("valid").asBoolean());
    }

    @Test
    void badInputIsOneLineAndExitCodeTwo() {
        assertBadInput(run("adjustment-sets", "--graph", "dag { x -> y }", "--treatment", "x", "--outcome", "x"),
                "node 'x' is both a treatment and an outcome");
        assertBadInput(run("adjustment-sets", "--graph", "dag { x -> y }", "--treatment", "q", "--outcome", "y"),
                "treatment 'q' is not a node of the graph");
        assertBadInput(run("adjustment-sets", "--graph", "dag { x -> y; u -> x; u [latent] }", "--treatment", "u", "--outcome", "y"),
                "marked latent");
        assertBadInput(run("adjustment-sets", "--graph", "dag { x -> y }", "--treatment", "x", "--outcome", "y", "--type", "best"),
                "--type must be all, minimal, canonical or optimal, got 'best'");
        assertBadInput(run("adjustment-sets", "--graph", "dag { x -> y }"), "--treatment is required");
        assertBadInput(run("adjustment-sets", "--graph", "dag { a -> y; b -> y }", "--treatment", "a,b", "--outcome", "y",
                "--type", "optimal"), "the O-set is computed for one treatment");
        assertBadInput(run("instruments", "--graph", "dag { z -> x -> y }", "--treatment", "x", "--outcome", "x"),
                "node 'x' is both a treatment and an outcome");
        assertBadInput(run("instruments", "--graph", "dag { z -> a -> y; z -> b -> y }", "--treatment", "a,b", "--outcome", "y"),
                "instruments are found for one treatment and one outcome");
    }

    @Test
    void instrumentsAsDagitty() {
        JsonNode j = run("instruments", "--graph", "dag{ i->x->y; x<->y ; y<-z->i }", "--treatment", "x", "--outcome", "y",
                "--json").json();
        assertEquals("[{\"instrument\":\"i\",\"conditioning\":[\"z\"]}]", j.get("instruments").toString());
        assertEquals("i | z", run("instruments", "--graph", "dag{ i->x->y; x<->y ; y<-z->i }", "--treatment", "x",
                "--outcome", "y").out().strip());
        assertEquals("no instrument for x -> y", run("instruments", "--graph", "dag { x -> y; x <-> y }", "--treatment", "x",
                "--outcome", "y").out().strip());
    }

    @Test
    void instrumentsBatch(@TempDir Path dir) throws Exception {
        Path batch = dir.resolve("iv.jsonl");
        Files.write(batch, List.of("{\"graph\": \"dag { z -> x -> y; x <-> y }\", \"treatment\": \"x\", \"outcome\": \"y\"}",
                "{\"graph\": \"dag { z -> x -> y\", \"treatment\": \"x\", \"outcome\": \"y\"}"));
        String[] lines = run("instruments", "--batch", batch.toString()).out().strip().split("\\R");
        assertEquals("[{\"instrument\":\"z\",\"conditioning\":[]}]", Json.read(lines[0]).get("instruments").toString());
        assertTrue(Json.read(lines[1]).get("error").asText().contains("line 1"));
    }

    static void assertBadInput(Run r, String fragment) {
        assertEquals(2, r.exitCode(), r.out() + r.err());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), "one line expected: " + err);
        assertTrue(err.contains(fragment), err);
        assertTrue(r.out().isEmpty(), r.out());
    }
}
