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
package io.github.causal4j.llm.openai;

import static io.github.causal4j.llm.openai.FakeChatServer.ok;
import static io.github.causal4j.llm.openai.FakeChatServer.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.llm.Answer;
import io.github.causal4j.llm.CallRecord;
import io.github.causal4j.llm.EdgeClaim;
import io.github.causal4j.llm.GraphSuggestion;
import io.github.causal4j.llm.InvalidAnswerException;
import io.github.causal4j.llm.Prompt;
import io.github.causal4j.llm.Question;
import io.github.causal4j.llm.SuggestionException;
import io.github.causal4j.llm.SuggestionPipeline;
import io.github.causal4j.llm.SuggestionRequest;
import io.github.causal4j.llm.Variable;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenAiCompatibleSuggesterTest {

    private static final String KEY = "sk-test-abc1verysecretkeyt123";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Variable> VARS = List.of(Variable.of("smoke", "The person smokes."),
            Variable.of("tar", "Tar deposits in the lungs."), Variable.of("lung", "Lung cancer."),
            Variable.of("age", "Age in years."));
    private static final SuggestionRequest EDGES = SuggestionRequest.edges(VARS).withSamples(1).withSeed(7)
            .withTemperature(0.2);
    private static final List<EdgeClaim> EXPECTED = List.of(
            new EdgeClaim("smoke", "tar", "Burning tobacco deposits tar in the airways."),
            new EdgeClaim("tar", "lung", "Tar contains carcinogens that cause lung cancer."),
            new EdgeClaim("age", "smoke", "Smoking habits differ by age."));

    private FakeChatServer server;

    @BeforeEach
    void start() throws Exception {
        server = new FakeChatServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private OpenAiSettings settings() {
        return OpenAiSettings.of(server.base(), "test-model").withApiKeyVariable("TEST_KEY")
                .withInitialBackoff(Duration.ofMillis(20)).withMaxWait(Duration.ofSeconds(5))
                .withRequestTimeout(Duration.ofSeconds(5));
    }

    private OpenAiCompatibleSuggester suggester(OpenAiSettings s) {
        return new OpenAiCompatibleSuggester(s, name -> name.equals("TEST_KEY") ? KEY : null);
    }

    private static Answer ask(OpenAiCompatibleSuggester s) {
        return s.answer(Question.of(EDGES, 0));
    }

    private JsonNode requestBody(int i) throws Exception {
        return JSON.readTree(server.received().get(i).body());
    }

    private static void assertNoKey(String text) {
        assertFalse(text.contains(KEY), "the API key leaked into: " + text);
        assertFalse(text.contains("verysecret"), "part of the API key leaked into: " + text);
    }

    @Test
    void sendsTheRealWireFormatAndReadsTheAnswer() throws Exception {
        server.then(ok("openai-edges.json"));
        OpenAiCompatibleSuggester s = suggester(settings());
        Answer a = ask(s);
        assertEquals(EXPECTED, a.edges());
        FakeChatServer.Received r = server.received().get(0);
        assertEquals("POST", r.method());
        assertEquals("/v1/chat/completions", r.path());
        assertEquals("Bearer " + KEY, r.header("Authorization"));
        assertEquals("application/json", r.header("Content-Type"));
        JsonNode body = requestBody(0);
        assertEquals("test-model", body.path("model").asText());
        assertEquals(0.2, body.path("temperature").asDouble(), 0.0);
        assertEquals(7, body.path("seed").asLong());
        assertEquals("system", body.path("messages").get(0).path("role").asText());
        assertEquals("user", body.path("messages").get(1).path("role").asText());
        assertTrue(body.path("messages").get(1).path("content").asText().contains("- tar: Tar deposits in the lungs."));
        JsonNode rf = body.path("response_format");
        assertEquals("json_schema", rf.path("type").asText());
        assertTrue(rf.path("json_schema").path("strict").asBoolean());
        assertEquals("causal4j_edges", rf.path("json_schema").path("name").asText());
        JsonNode from = rf.path("json_schema").path("schema").path("properties").path("edges").path("items")
                .path("properties").path("from");
        assertEquals(List.of("smoke", "tar", "lung", "age"), JSON.convertValue(from.path("enum"), List.class));
        CallRecord c = a.call();
        assertEquals("openai-compat", c.provider());
        assertEquals("gpt-4o-mini-2024-07-18", c.model());
        assertEquals("127.0.0.1:" + server.base().getPort(), c.endpointHost());
        assertEquals("causal4j/edges", c.templateId());
        assertEquals("json_schema", c.outputMode());
        assertEquals(1, c.requests());
        assertEquals(0, c.repairs());
        assertEquals(312, c.tokens().prompt());
        assertEquals(58, c.tokens().completion());
        assertEquals(new Prompt("", "", body.path("messages").get(0).path("content").asText(),
                body.path("messages").get(1).path("content").asText()).sha256(), c.promptSha256());
        assertNoKey(c.toString());
        assertNoKey(s.toString());
        assertNoKey(s.settings().toString());
        assertNoKey(s.name());
    }

    @Test
    void malformedJsonIsSentBackWithTheError() throws Exception {
        server.then(ok("malformed.json"), ok("openai-edges.json"));
        Answer a = ask(suggester(settings()));
        assertEquals(EXPECTED, a.edges());
        assertEquals(2, a.call().requests());
        assertEquals(1, a.call().repairs());
        JsonNode second = requestBody(1).path("messages");
        assertEquals(4, second.size());
        assertEquals("assistant", second.get(2).path("role").asText());
        assertTrue(second.get(2).path("content").asText().startsWith("{\"edges\": [{\"from\": \"smoke\""));
        assertTrue(second.get(3).path("content").asText().startsWith("Your answer could not be used: the answer is not valid JSON"),
                second.get(3).path("content").asText());
    }

    @Test
    void anAnswerThatNeverMeetsTheSchemaFailsTheSample() {
        server.then(ok("missing-field.json"), ok("malformed.json"), ok("missing-field.json"));
        InvalidAnswerException e = assertThrows(InvalidAnswerException.class, () -> ask(suggester(settings())));
        assertEquals(InvalidAnswerException.Reason.SCHEMA, e.reason());
        assertTrue(e.getMessage().contains("edges[0] has no \"to\" (after 2 repairs)"), e.getMessage());
        assertEquals(3, e.call().requests());
        assertEquals(3 * 312, e.call().tokens().prompt());
    }

    @Test
    void aRefusalFailsTheSampleWithoutRepair() {
        server.then(ok("refusal.json"));
        InvalidAnswerException e = assertThrows(InvalidAnswerException.class, () -> ask(suggester(settings())));
        assertEquals(InvalidAnswerException.Reason.REFUSAL, e.reason());
        assertTrue(e.getMessage().contains("I'm sorry, but I can't assist"), e.getMessage());
        assertEquals(1, server.received().size());
    }

    @Test
    void aTruncatedAnswerIsRetriedMoreBrieflyWithMoreTokens() throws Exception {
        server.then(ok("truncated.json"), ok("openai-edges.json"));
        Answer a = ask(suggester(settings().withMaxTokens(64)));
        assertEquals(EXPECTED, a.edges());
        assertEquals(64, requestBody(0).path("max_tokens").asInt());
        assertEquals(128, requestBody(1).path("max_tokens").asInt());
        assertTrue(requestBody(1).path("messages").get(3).path("content").asText().contains("cut off by the length limit"));
    }

    @Test
    void anAnswerAlwaysCutOffFailsAsTruncated() {
        server.then(ok("truncated.json"), ok("truncated.json"));
        InvalidAnswerException e = assertThrows(InvalidAnswerException.class,
                () -> ask(suggester(settings().withMaxRepairs(1))));
        assertEquals(InvalidAnswerException.Reason.TRUNCATED, e.reason());
        assertTrue(e.getMessage().contains("finish_reason: length"), e.getMessage());
    }

    @Test
    void toolCallStyleAnswersAreRead() {
        server.then(ok("tool-call.json"));
        Answer a = ask(suggester(settings()));
        assertEquals(EXPECTED, a.edges());
        assertEquals("tool_call", a.call().outputMode());
        assertEquals("meta-llama/Llama-3.1-8B-Instruct", a.call().model());
    }

    @Test
    void rateLimitsAreWaitedOutAsRetryAfterSays() {
        server.then(status(429, "rate-limited.json", Map.of("Retry-After", "1")), ok("openai-edges.json"));
        long t0 = System.nanoTime();
        Answer a = ask(suggester(settings()));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(EXPECTED, a.edges());
        assertEquals(2, a.call().requests());
        assertTrue(ms >= 950, "waited only " + ms + " ms although Retry-After said 1 s");
    }

    @Test
    void serverErrorsAreRetriedWithBackoffThenReported() {
        server.then(status(503, "overloaded.json", Map.of()), status(502, "overloaded.json", Map.of()), ok("openai-edges.json"));
        assertEquals(3, ask(suggester(settings())).call().requests());
        server.then(status(500, "overloaded.json", Map.of()), status(500, "overloaded.json", Map.of()));
        SuggestionException e = assertThrows(SuggestionException.class,
                () -> ask(suggester(settings().withMaxRetries(1))));
        assertEquals("the endpoint 127.0.0.1:" + server.base().getPort()
                + " failed 2 times; last: HTTP 500: The server is overloaded or not ready yet.", e.getMessage());
    }

    @Test
    void aRetryAfterLongerThanTheMaximumWaitIsAnError() {
        server.then(status(429, "rate-limited.json", Map.of("Retry-After", "3600")));
        SuggestionException e = assertThrows(SuggestionException.class, () -> ask(suggester(settings())));
        assertTrue(e.getMessage().contains("asks to retry after 3600 s, longer than the maximum wait of 5 s"), e.getMessage());
    }

    @Test
    void authenticationErrorsFailAtOnceWithoutTheKey() {
        server.then(status(401, "unauthorized.json", Map.of()));
        SuggestionException e = assertThrows(SuggestionException.class, () -> ask(suggester(settings())));
        assertTrue(e.getMessage().startsWith("the endpoint 127.0.0.1:" + server.base().getPort()
                + " answered HTTP 401: Incorrect API key provided: sk-[redacted]"), e.getMessage());
        assertNoKey(e.getMessage());
        assertFalse(e.getMessage().contains("t123"), e.getMessage());
        assertEquals(1, server.received().size());
    }

    @Test
    void aServerEchoingAnyKeyHasItScrubbed() {
        // A vLLM-style token (no "sk-" prefix) that a proxy echoes verbatim.
        String token = "vllm-token-0f9e8d7c6b5a";
        server.then(new FakeChatServer.Reply(403, "{\"detail\": \"token " + token + " is not allowed\"}", Map.of(), 0));
        OpenAiCompatibleSuggester s = new OpenAiCompatibleSuggester(settings(), name -> token);
        SuggestionException e = assertThrows(SuggestionException.class, () -> s.answer(Question.of(EDGES, 0)));
        assertTrue(e.getMessage().endsWith("answered HTTP 403: token [redacted] is not allowed (model test-model)"),
                e.getMessage());
    }

    @Test
    void slowResponsesTimeOutAndAreRetried() {
        OpenAiSettings fast = settings().withRequestTimeout(Duration.ofMillis(300)).withMaxRetries(1);
        server.then(ok("openai-edges.json").after(1500), ok("openai-edges.json"));
        Answer a = ask(suggester(fast));
        assertEquals(EXPECTED, a.edges());
        assertEquals(2, a.call().requests());
        server.then(ok("openai-edges.json").after(1500), ok("openai-edges.json").after(1500));
        long t0 = System.nanoTime();
        SuggestionException e = assertThrows(SuggestionException.class, () -> ask(suggester(fast)));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(e.getMessage().endsWith("failed 2 times; last: no answer within 0.3 s"), e.getMessage());
        assertTrue(ms < 1400, "took " + ms + " ms: the timeout did not cut the slow responses short");
    }

    @Test
    void aServerRejectingJsonSchemaFallsBackToJsonObjectThenText() throws Exception {
        server.then(status(400, "json-schema-rejected.json", Map.of()), ok("ollama-edges-fenced.json"));
        OpenAiCompatibleSuggester s = suggester(settings());
        Answer a = ask(s);
        assertEquals(EXPECTED, a.edges());
        assertEquals("json_object", a.call().outputMode());
        assertEquals("qwen2.5:7b", a.call().model());
        assertEquals("json_object", requestBody(1).path("response_format").path("type").asText());
        assertTrue(requestBody(1).path("messages").get(1).path("content").asText()
                .contains("matches this JSON schema:\n{\"type\":\"object\""));
        assertEquals(StructuredOutput.JSON_OBJECT, s.currentLevel());
        // The next question starts at the level that worked; a server also rejecting json_object gets tagged text.
        server.then(status(400, "json-object-rejected-ollama.json", Map.of()), ok("text-tagged.json"));
        Answer t = ask(s);
        assertEquals(List.of("smoke->tar", "tar->lung", "age->smoke"),
                t.edges().stream().map(e -> e.from() + "->" + e.to()).toList());
        assertEquals("Tar is carcinogenic.", t.edges().get(1).rationale());
        assertEquals("text", t.call().outputMode());
        assertFalse(t.call().tokens().reported());
        assertTrue(requestBody(3).path("response_format").isMissingNode());
        assertTrue(requestBody(3).path("messages").get(1).path("content").asText()
                .contains("EDGE: <cause> -> <effect> | <one-sentence rationale>"));
        assertEquals(StructuredOutput.TEXT, s.currentLevel());
        assertEquals(4, server.received().size());
    }

    @Test
    void aBadRequestInTextModeIsAnError() {
        server.then(status(400, "json-object-rejected-ollama.json", Map.of()));
        SuggestionException e = assertThrows(SuggestionException.class,
                () -> ask(suggester(settings().withOutput(StructuredOutput.TEXT))));
        assertTrue(e.getMessage().contains("answered HTTP 400: unsupported value for response_format"), e.getMessage());
    }

    @Test
    void unknownNamesAreSentBackThenLeftToThePipeline() throws Exception {
        server.then(ok("unknown-names.json"), ok("openai-edges.json"));
        Answer a = ask(suggester(settings()));
        assertEquals(EXPECTED, a.edges());
        String feedback = requestBody(1).path("messages").get(3).path("content").asText();
        assertTrue(feedback.startsWith("These names are not among the variables: Smoking. Use only these names, exactly as"
                + " written: smoke, tar, lung, age."), feedback);
        server.then(ok("unknown-names.json"), ok("unknown-names.json"));
        Answer kept = ask(suggester(settings().withMaxRepairs(1)));
        assertEquals("Smoking", kept.edges().get(0).from());
    }

    @Test
    void thePipelineOverTheEndpointVotesAndKeepsProvenanceWithoutTheKey() {
        server.then(ok("openai-edges.json"), ok("unknown-names.json"), ok("unknown-names.json"), ok("unknown-names.json"),
                ok("refusal.json"), ok("ollama-edges-fenced.json"));
        OpenAiCompatibleSuggester s = suggester(settings().withMaxRepairs(2));
        GraphSuggestion g = SuggestionPipeline.of(s).run(EDGES.withSamples(3));
        // Sample 1: the three edges. Sample 2: three unknown-name answers, the last kept: tar -> lung only
        // (Smoking dropped). Sample 3: refused. So 2 answering samples: smoke->tar 1/2, tar->lung 2/2, age->smoke 1/2.
        assertEquals(CausalGraph.parse("dag { age -> smoke -> tar -> lung }"), g.graph());
        assertEquals(1.0, g.edge("tar", "lung").orElseThrow().confidence(), 0.0);
        assertEquals(List.of("Smoking"), g.inventedNames());
        assertEquals(1, g.provenance().failedSamples());
        assertEquals(List.of("127.0.0.1:" + server.base().getPort()), g.provenance().endpointHosts());
        assertEquals(5, g.provenance().requests());
        assertNoKey(g.provenance().toString());
        assertNoKey(g.provenance().parameters().toString());
        assertNoKey(g.report().text());
    }

    @Test
    void aNamedKeyVariableMustBeSet() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new OpenAiCompatibleSuggester(settings().withApiKeyVariable("NOT_SET_ANYWHERE"), name -> null));
        assertEquals("the environment variable NOT_SET_ANYWHERE named for the API key is not set", e.getMessage());
        // The default variable may be missing: local servers need no key, and none is sent.
        server.then(ok("openai-edges.json"));
        OpenAiCompatibleSuggester noKey = new OpenAiCompatibleSuggester(OpenAiSettings.of(server.base(), "m"), name -> null);
        noKey.answer(Question.of(EDGES, 0));
        assertEquals(null, server.received().get(0).header("Authorization"));
    }

    @Test
    void aRefusedConnectionFailsFastNamingTheHost() throws Exception {
        int port = server.base().getPort();
        server.close();
        OpenAiSettings s = OpenAiSettings.of(java.net.URI.create("http://127.0.0.1:" + port + "/v1"), "m").withoutApiKey();
        SuggestionException e = assertThrows(SuggestionException.class,
                () -> new OpenAiCompatibleSuggester(s, n -> null).answer(Question.of(EDGES, 0)));
        assertTrue(e.getMessage().startsWith("cannot connect to 127.0.0.1:" + port), e.getMessage());
    }
}
