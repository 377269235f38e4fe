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
package io.github.causal4j.llm.openai.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.causal4j.llm.CausalRole;
import io.github.causal4j.llm.EdgeAction;
import io.github.causal4j.llm.EdgeClaim;
import io.github.causal4j.llm.LatentClaim;
import io.github.causal4j.llm.RoleClaim;
import io.github.causal4j.llm.SuggestionTask;
import io.github.causal4j.llm.VerdictClaim;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AnswerReadersTest {

    @Test
    void readsEveryTaskFromJson() {
        assertEquals(List.of(new RoleClaim("z", CausalRole.INSTRUMENT, List.of("w"), "shifts x")),
                JsonAnswers.read("{\"variables\": [{\"name\": \"z\", \"given\": [\"w\"], \"rationale\": \"shifts x\"}]}",
                        SuggestionTask.INSTRUMENTS).roles());
        Reading nc = JsonAnswers.read("{\"negative_control_exposures\": [{\"name\": \"a\", \"rationale\": \"\"}],"
                + " \"negative_control_outcomes\": [{\"name\": \"b\", \"rationale\": \"r\"}]}", SuggestionTask.NEGATIVE_CONTROLS);
        assertEquals(List.of(RoleClaim.of("a", CausalRole.NEGATIVE_CONTROL_EXPOSURE, ""),
                RoleClaim.of("b", CausalRole.NEGATIVE_CONTROL_OUTCOME, "r")), nc.roles());
        Reading critique = JsonAnswers.read("""
                {"verdicts": [{"from": "a", "to": "b", "action": "Reverse", "rationale": "r1"}],
                 "additions": [{"from": "c", "to": "b", "rationale": "r2"}],
                 "missing_confounders": [{"name": "SES", "description": "status", "affects": ["a", "b"],
                                          "as_strong_as": null, "rationale": "r3"}]}""", SuggestionTask.CRITIQUE);
        assertEquals(List.of(new VerdictClaim("a", "b", EdgeAction.REVERSE, "r1"), new VerdictClaim("c", "b", EdgeAction.ADD, "r2")),
                critique.verdicts());
        assertEquals(List.of(new LatentClaim("SES", "status", List.of("a", "b"), Optional.empty(), "r3")), critique.latents());
        assertEquals(List.of(), critique.errors());
    }

    @Test
    void reportsWhatIsWrongInWordsAModelCanActOn() {
        Reading r = JsonAnswers.read("{\"edges\": [{\"from\": \"a\", \"to\": 3}, \"b -> c\", {\"to\": \"c\"}]}",
                SuggestionTask.EDGES);
        assertEquals(List.of("edges[0]: \"to\" must be a string, not a number", "edges[1] must be an object, not a string",
                "edges[2] has no \"from\""), r.errors());
        assertEquals(List.of("the field \"verdicts\" is missing", "the field \"additions\" is missing",
                "the field \"missing_confounders\" is missing"), JsonAnswers.read("{}", SuggestionTask.CRITIQUE).errors());
        assertEquals(List.of("verdicts[0]: \"action\" must be keep, remove or reverse, not \"delete\""),
                JsonAnswers.read("{\"verdicts\": [{\"from\": \"a\", \"to\": \"b\", \"action\": \"delete\"}], \"additions\": [],"
                        + " \"missing_confounders\": []}", SuggestionTask.CRITIQUE).errors());
        assertEquals(List.of("the answer contains no JSON object"), JsonAnswers.read("I cannot tell.", SuggestionTask.EDGES).errors());
        assertEquals(List.of("the answer must be a JSON object, not an array"),
                JsonAnswers.read(AnswerSchema.MAPPER.createArrayNode(), SuggestionTask.EDGES).errors());
    }

    @Test
    void findsJsonInFencesAndProse() {
        String fenced = "```json\n{\"edges\": [{\"from\": \"a\", \"to\": \"b\", \"rationale\": \"r\"}]}\n```";
        assertEquals(List.of(new EdgeClaim("a", "b", "r")), JsonAnswers.read(fenced, SuggestionTask.EDGES).edges());
        String prose = "Sure! Here it is: {\"edges\": []} Hope this helps.";
        assertEquals(List.of(), JsonAnswers.read(prose, SuggestionTask.EDGES).errors());
    }

    @Test
    void readsTaggedLinesAndIgnoresChatter() {
        Reading r = TaggedAnswers.read("""
                Sure, here you go:
                1. INSTRUMENT: price | given: region, year | shifts supply
                * INSTRUMENT: distance | proximity to a college
                Note: I am not fully sure.
                """, SuggestionTask.INSTRUMENTS);
        assertEquals(List.of(new RoleClaim("price", CausalRole.INSTRUMENT, List.of("region", "year"), "shifts supply"),
                RoleClaim.of("distance", CausalRole.INSTRUMENT, "proximity to a college")), r.roles());
        assertEquals(List.of(), r.errors());
        Reading c = TaggedAnswers.read("""
                KEEP: a -> b | fine
                reverse: c -> d | wrong way | really
                ADD: e -> f
                LATENT: genes | inherited risk | affects: a, b | as strong as: age | twin studies
                """, SuggestionTask.CRITIQUE);
        assertEquals(List.of(new VerdictClaim("a", "b", EdgeAction.KEEP, "fine"),
                new VerdictClaim("c", "d", EdgeAction.REVERSE, "wrong way | really"), new VerdictClaim("e", "f", EdgeAction.ADD, "")),
                c.verdicts());
        assertEquals(List.of(new LatentClaim("genes", "inherited risk", List.of("a", "b"), Optional.of("age"), "twin studies")),
                c.latents());
        assertEquals(List.of(), TaggedAnswers.read("NONE", SuggestionTask.EDGES).errors());
        assertEquals(List.of("line 1 (EDGE) must read 'EDGE: <from> -> <to> | <rationale>'"),
                TaggedAnswers.read("EDGE: a causes b | r", SuggestionTask.EDGES).errors());
        assertEquals(List.of("the answer has no line in the required form (EDGE, or NONE)"),
                TaggedAnswers.read("a causes b", SuggestionTask.EDGES).errors());
        assertEquals(List.of("line 1 (LATENT) has no 'affects: <variables>' field"),
                TaggedAnswers.read("LATENT: u | something", SuggestionTask.LATENT_CONFOUNDERS).errors());
    }

    @Test
    void unknownNamesExcludeTheLatentsOwnName() {
        Reading r = JsonAnswers.read("{\"latent_confounders\": [{\"name\": \"SES\", \"description\": \"\", \"affects\": [\"x\","
                + " \"incme\"], \"as_strong_as\": \"agee\", \"rationale\": \"\"}]}", SuggestionTask.LATENT_CONFOUNDERS);
        assertEquals(List.of("incme", "agee"), r.unknownNames(Set.of("x", "y", "age", "income")));
    }

    /** OpenAI strict mode: every object lists all its properties as required and forbids others. */
    @ParameterizedTest
    @EnumSource(SuggestionTask.class)
    void schemasMeetStrictModeRules(SuggestionTask task) {
        JsonNode schema = AnswerSchema.of(task, List.of("x", "y", "z"), List.of("x", "y"));
        List<JsonNode> objects = new ArrayList<>();
        collectObjects(schema, objects);
        assertTrue(!objects.isEmpty());
        for (JsonNode o : objects) {
            assertEquals(false, o.path("additionalProperties").asBoolean(true), o.toString());
            List<String> props = new ArrayList<>();
            o.path("properties").fieldNames().forEachRemaining(props::add);
            List<String> required = new ArrayList<>();
            o.path("required").forEach(n -> required.add(n.asText()));
            assertEquals(props, required, o.toString());
        }
        if (task.needsTreatmentAndOutcome() && task != SuggestionTask.LATENT_CONFOUNDERS) {
            // Roles are never the treatment or the outcome: the enum leaves them out.
            assertTrue(schema.toString().contains("\"name\":{\"type\":\"string\",\"enum\":[\"z\"]}"), schema.toString());
        }
    }

    private static void collectObjects(JsonNode n, List<JsonNode> out) {
        if (n.isObject()) {
            if ("object".equals(n.path("type").asText())) {
                out.add(n);
            }
            for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
                collectObjects(it.next(), out);
            }
        } else if (n.isArray()) {
            n.forEach(e -> collectObjects(e, out));
        }
    }

    @Test
    void retryAfterTakesSecondsOrAnHttpDate() {
        assertEquals(Optional.of(Duration.ofSeconds(7)), ChatTransport.retryAfter(Optional.of(" 7 ")));
        assertEquals(Optional.of(Duration.ZERO), ChatTransport.retryAfter(Optional.of("-3")));
        String inTen = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(10));
        Duration d = ChatTransport.retryAfter(Optional.of(inTen)).orElseThrow();
        assertTrue(d.toSeconds() >= 8 && d.toSeconds() <= 10, d.toString());
        assertEquals(Optional.empty(), ChatTransport.retryAfter(Optional.of("soon")));
        assertEquals(Optional.empty(), ChatTransport.retryAfter(Optional.empty()));
    }
}
