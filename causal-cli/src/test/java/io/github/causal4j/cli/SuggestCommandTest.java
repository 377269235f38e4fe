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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.github.causal4j.graph.CausalGraph;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestCommandTest {

    private static final Path LLM_EVAL = Path.of(System.getProperty("causal4j.datasets"), "llm-eval");

    @TempDir
    Path dir;

    /** A knowledge file stating ASIA's eight edges. */
    private Path asiaKnowledge() throws Exception {
        CausalGraph asia = CausalGraph.read(LLM_EVAL.resolve("asia.dagitty"));
        StringBuilder sb = new StringBuilder();
        asia.edges().forEach(e -> sb.append("require ").append(e.from()).append(" -> ").append(e.to()).append('\n'));
        Path k = dir.resolve("asia.txt");
        Files.writeString(k, sb.toString());
        return k;
    }

    @Test
    void suggestsEdgesFromAKnowledgeFile() throws Exception {
        CliRunner r = CliRunner.run("suggest", "--variables", LLM_EVAL.resolve("asia_variables.csv").toString(), "--provider",
                "knowledge:" + asiaKnowledge(), "--samples", "3", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = Json.read(r.out());
        assertEquals("[\"edges\"]", j.get("tasks").toString());
        assertEquals(8, j.get("edges").size());
        JsonNode first = j.get("edges").get(0);
        assertEquals("asia", first.get("from").asText());
        assertEquals(3, first.get("votes").asInt());
        assertEquals(1.0, first.get("confidence").asDouble(), 0.0);
        assertEquals("accepted", first.get("status").asText());
        assertEquals(CausalGraph.read(LLM_EVAL.resolve("asia.dagitty")), CausalGraph.parse(j.get("graph").asText()));
        JsonNode p = j.get("provenance");
        assertEquals("knowledge asia.txt", p.get("provider").asText());
        assertEquals(3, p.get("samples").asInt());
        assertEquals("none", p.get("prompt_templates").get("edges").asText());
        assertEquals("3", p.get("parameters").get("samples").asText());
        assertTrue(j.get("roles").isObject() && j.get("roles").isEmpty());
    }

    @Test
    void suggestsRolesForATreatmentOutcomePair() throws Exception {
        Path vars = dir.resolve("vars.csv");
        Files.writeString(vars, "name,description\nx,treatment\ny,outcome\nz,\"a lottery, randomised\"\nc,age\nm,dose\nw,proxy\n");
        Path k = dir.resolve("k.txt");
        Files.writeString(k, "require z -> x\nrequire c -> x\nrequire c -> y\nrequire x -> m\nrequire m -> y\n"
                + "role negative-control-outcome w\nlatent genes -> x, y, w as strong as c\n");
        CliRunner r = CliRunner.run("suggest", "--variables", vars.toString(), "--provider", "knowledge:" + k,
                "--treatment", "x", "--outcome", "y", "--samples", "1", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = Json.read(r.out());
        assertEquals(6, j.get("tasks").size());
        JsonNode roles = j.get("roles");
        assertEquals("c", roles.get("confounder").get(0).get("variable").asText());
        assertEquals("m", roles.get("mediator").get(0).get("variable").asText());
        assertEquals("z", roles.get("instrument").get(0).get("variable").asText());
        assertTrue(roles.get("instrument").get(0).get("criterion").get("satisfied").asBoolean());
        assertEquals(0, roles.get("negative-control-exposure").size());
        assertEquals("w", roles.get("negative-control-outcome").get(0).get("variable").asText());
        JsonNode genes = j.get("latent_confounders").get(0);
        assertEquals("genes", genes.get("name").asText());
        assertEquals("[\"c\"]", genes.get("benchmarks").get(0).get("benchmark_covariates").toString());
    }

    @Test
    void textOutputIsTheReport() throws Exception {
        CliRunner r = CliRunner.run("suggest", "--variables", LLM_EVAL.resolve("asia_variables.csv").toString(), "--provider",
                "knowledge:" + asiaKnowledge(), "--samples", "1");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("Graph suggestion: edges"), r.out());
        assertTrue(r.out().contains("asia -> tub"), r.out());
    }

    @Test
    void recordsAndReplays() throws Exception {
        Path rec = dir.resolve("run.rec");
        String vars = LLM_EVAL.resolve("asia_variables.csv").toString();
        CliRunner first = CliRunner.run("suggest", "--variables", vars, "--provider", "knowledge:" + asiaKnowledge(),
                "--samples", "2", "--record", rec.toString(), "--json");
        assertEquals(0, first.exitCode(), first.err());
        CliRunner replay = CliRunner.run("suggest", "--variables", vars, "--provider", "replay:" + rec, "--samples", "2", "--json");
        assertEquals(0, replay.exitCode(), replay.err());
        assertEquals(Json.read(first.out()).get("edges"), Json.read(replay.out()).get("edges"));
        assertEquals("replay of run.rec", Json.read(replay.out()).get("provenance").get("provider").asText());
        CliRunner other = CliRunner.run("suggest", "--variables", vars, "--provider", "replay:" + rec, "--samples", "2",
                "--seed", "9", "--json");
        assertBadInput(other, "has no answer for Question[edges, sample 1/2");
    }

    @Test
    void talksToAnOpenAiCompatibleEndpoint() throws Exception {
        String content = "{\"edges\": [{\"from\": \"smoke\", \"to\": \"lung\", \"rationale\": \"carcinogens\"},"
                + " {\"from\": \"lung\", \"to\": \"Cough\", \"rationale\": \"made up\"}]}";
        String body = "{\"id\": \"c1\", \"object\": \"chat.completion\", \"model\": \"qwen2.5:7b\", \"choices\": [{\"index\": 0,"
                + " \"message\": {\"role\": \"assistant\", \"content\": " + Json.write(content) + "}, \"finish_reason\": \"stop\"}],"
                + " \"usage\": {\"prompt_tokens\": 200, \"completion_tokens\": 40, \"total_tokens\": 240}}";
        List<String> requests = new ArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            synchronized (requests) {
                requests.add(ex.getRequestURI().getPath());
            }
            ex.getRequestBody().readAllBytes();
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, b.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(b);
            }
        });
        server.start();
        try {
            Path vars = dir.resolve("vars.csv");
            Files.writeString(vars, "name,description\nsmoke,smokes\nlung,lung cancer\n");
            String spec = "openai-compat:http://127.0.0.1:" + server.getAddress().getPort()
                    + "/v1?model=qwen2.5:7b&api-key-env=none&repairs=0";
            CliRunner r = CliRunner.run("suggest", "--variables", vars.toString(), "--provider", spec, "--samples", "2", "--json");
            assertEquals(0, r.exitCode(), r.err());
            JsonNode j = Json.read(r.out());
            assertEquals("smoke", j.get("edges").get(0).get("from").asText());
            assertEquals("[\"Cough\"]", j.get("invented_names").toString());
            JsonNode p = j.get("provenance");
            assertEquals("openai-compat qwen2.5:7b at 127.0.0.1:" + server.getAddress().getPort(), p.get("provider").asText());
            assertEquals("[\"qwen2.5:7b\"]", p.get("models").toString());
            assertEquals("[\"json_schema\"]", p.get("output_modes").toString());
            assertEquals(400, p.get("prompt_tokens").asLong());
            assertEquals("causal4j/edges v1", p.get("prompt_templates").get("edges").asText());
            assertEquals(List.of("/v1/chat/completions", "/v1/chat/completions"), requests);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void checksTheSuggestionAgainstData() throws Exception {
        StringBuilder csv = new StringBuilder("a,b,c\n");
        for (int i = 0; i < 200; i++) {
            double a = Math.sin(i);
            csv.append(a).append(',').append(a + 0.1 * Math.cos(3 * i)).append(',').append(Math.cos(7.3 * i)).append('\n');
        }
        Path data = dir.resolve("data.csv");
        Files.writeString(data, csv.toString());
        Path vars = dir.resolve("vars.csv");
        Files.writeString(vars, "name,description\na,first\nb,second\nc,third\n");
        Path k = dir.resolve("k.txt");
        Files.writeString(k, "require a -> c\n");
        CliRunner r = CliRunner.run("suggest", "--variables", vars.toString(), "--provider", "knowledge:" + k, "--samples", "1",
                "--data", data.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode checks = Json.read(r.out()).get("data_checks");
        // b is almost a copy of a, but the suggested graph (a -> c, b alone) implies a _||_ b: rejected.
        JsonNode ab = checks.get(0);
        assertEquals("implied_independence_rejected", ab.get("finding").asText());
        assertEquals("a", ab.get("x").asText());
        assertEquals("b", ab.get("y").asText());
        assertTrue(ab.get("partial_correlation").asDouble() > 0.98, ab.toString());
        assertTrue(ab.get("adjusted_p_value").asDouble() < 1e-10, ab.toString());
        assertEquals(200, ab.get("n").asInt());
        assertEquals("holm", Json.read(r.out()).get("provenance").get("parameters").get("correction").asText());
    }

    @Test
    void badInputIsOneLine() throws Exception {
        String vars = LLM_EVAL.resolve("asia_variables.csv").toString();
        assertBadInput(CliRunner.run("suggest", "--provider", "knowledge:x"), "--variables");
        assertBadInput(CliRunner.run("suggest", "--variables", vars), "--provider is required");
        assertBadInput(CliRunner.run("suggest", "--variables", vars, "--provider", "gemini:x"),
                "no graph-suggester provider handles 'gemini:'");
        assertBadInput(CliRunner.run("suggest", "--variables", vars, "--provider", "knowledge:" + asiaKnowledge(), "--task",
                "mediators"), "task mediators needs --treatment and --outcome");
        assertBadInput(CliRunner.run("suggest", "--variables", vars, "--provider", "knowledge:" + asiaKnowledge(),
                "--treatment", "smoke"), "give both --treatment and --outcome");
        assertBadInput(CliRunner.run("suggest", "--variables", vars, "--provider", "knowledge:" + asiaKnowledge(),
                "--treatment", "smoke", "--outcome", "cancer"), "outcome 'cancer' is not among the variables");
        assertBadInput(CliRunner.run("suggest", "--variables", dir.resolve("none.csv").toString(), "--provider", "knowledge:k"),
                "--variables file not found");
        assertBadInput(CliRunner.run("suggest", "--variables", vars, "--provider",
                "openai-compat:http://127.0.0.1:9/v1?model=m&api-key-env=none&retries=0"), "cannot connect to 127.0.0.1:9");
        assertBadInput(CliRunner.run("suggest", "--variables", vars, "--provider", "openai-compat:http://127.0.0.1:9/v1"),
                "needs the parameter model");
    }

    @Test
    void critiquesAGraph() throws Exception {
        Path k = dir.resolve("k.txt");
        Files.writeString(k, "require z -> x\nrequire x -> m\nrequire m -> y\nrequire c -> x\nrequire c -> y\nforbid z -> y\n"
                + "latent genes -> x, y as strong as c\n");
        CliRunner r = CliRunner.run("critique", "--graph", "dag { x [exposure]; y [outcome]; z -> x; z -> y; m -> x; m -> y; c -> y }",
                "--provider", "knowledge:" + k, "--samples", "2", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = Json.read(r.out());
        List<String> verdicts = new ArrayList<>();
        j.get("verdicts").forEach(v -> verdicts.add(v.get("from").asText() + "->" + v.get("to").asText() + " "
                + v.get("action").asText() + (v.get("applied").asBoolean() ? "" : " (not applied)")));
        assertEquals(List.of("z->x keep", "z->y remove", "m->x reverse", "m->y keep", "c->y keep"), verdicts);
        assertEquals(2, j.get("verdicts").get(1).get("votes").get("remove").asInt());
        assertEquals("c", j.get("additions").get(0).get("from").asText());
        JsonNode genes = j.get("missing_confounders").get(0);
        assertEquals("[\"c\"]", genes.get("benchmarks").get(0).get("benchmark_covariates").toString());
        assertEquals("x", genes.get("benchmarks").get(0).get("treatment").asText());
        CausalGraph revised = CausalGraph.parse(j.get("graph").asText());
        assertTrue(revised.hasDirectedEdge("x", "m") && revised.hasDirectedEdge("c", "x") && !revised.hasDirectedEdge("z", "y"));
        assertTrue(revised.latents().contains("genes"));
        assertFalse(r.out().contains("\n{"), "one JSON object");
        assertBadInput(CliRunner.run("critique", "--provider", "knowledge:" + k), "--graph");
    }
}
