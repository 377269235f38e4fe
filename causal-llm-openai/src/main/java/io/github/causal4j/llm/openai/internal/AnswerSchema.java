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

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.causal4j.llm.CausalRole;
import io.github.causal4j.llm.SuggestionTask;
import java.util.List;

/**
 * The JSON schema of each task's answer, in the subset OpenAI's strict structured outputs accept
 * (every property required, {@code additionalProperties: false}, optional values as
 * {@code ["string", "null"]}). Fields that must name a variable are enums of the variable names, so
 * servers that compile the schema into a grammar cannot emit an invented name there.
 *
 * <pre>
 * edges:              {"edges": [{"from", "to", "rationale"}]}
 * confounders etc.:   {"variables": [{"name", "rationale"}]}   (instruments add "given": [names])
 * negative controls:  {"negative_control_exposures": [{"name", "rationale"}], "negative_control_outcomes": [...]}
 * latent confounders: {"latent_confounders": [{"name", "description", "affects": [names], "as_strong_as": name|null, "rationale"}]}
 * critique:           {"verdicts": [{"from", "to", "action": keep|remove|reverse, "rationale"}],
 *                      "additions": [{"from", "to", "rationale"}], "missing_confounders": [latent items]}
 * </pre>
 */
public final class AnswerSchema {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private AnswerSchema() {
    }

    /**
     * @param task the task
     * @return the schema's name for {@code response_format.json_schema.name}
     */
    public static String name(SuggestionTask task) {
        return "causal4j_" + task.id().replace('-', '_');
    }

    /**
     * @param task the task
     * @param names the variable names
     * @param treatmentAndOutcome the pair, excluded from role enums (empty names if none)
     * @return the schema
     */
    public static ObjectNode of(SuggestionTask task, List<String> names, List<String> treatmentAndOutcome) {
        List<String> candidates = names.stream().filter(n -> !treatmentAndOutcome.contains(n)).toList();
        return switch (task) {
            case EDGES -> object("edges", array(edge(names)));
            case CONFOUNDERS, MEDIATORS -> object("variables", array(role(candidates, false)));
            case INSTRUMENTS -> object("variables", array(role(candidates, true)));
            case NEGATIVE_CONTROLS -> object("negative_control_exposures", array(role(candidates, false)),
                    "negative_control_outcomes", array(role(candidates, false)));
            case LATENT_CONFOUNDERS -> object("latent_confounders", array(latent(names, candidates)));
            case CRITIQUE -> object("verdicts", array(verdict(names)), "additions", array(edge(names)),
                    "missing_confounders", array(latent(names, candidates)));
        };
    }

    /** @return the JSON key each role of a role task is listed under */
    static String roleKey(CausalRole role) {
        return switch (role) {
            case NEGATIVE_CONTROL_EXPOSURE -> "negative_control_exposures";
            case NEGATIVE_CONTROL_OUTCOME -> "negative_control_outcomes";
            default -> "variables";
        };
    }

    private static ObjectNode object(Object... keysAndSchemas) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("type", "object");
        ObjectNode props = o.putObject("properties");
        ArrayNode required = MAPPER.createArrayNode();
        for (int i = 0; i < keysAndSchemas.length; i += 2) {
            props.set((String) keysAndSchemas[i], (ObjectNode) keysAndSchemas[i + 1]);
            required.add((String) keysAndSchemas[i]);
        }
        o.set("required", required);
        o.put("additionalProperties", false);
        return o;
    }

    private static ObjectNode array(ObjectNode items) {
        ObjectNode a = MAPPER.createObjectNode();
        a.put("type", "array");
        a.set("items", items);
        return a;
    }

    private static ObjectNode string() {
        ObjectNode s = MAPPER.createObjectNode();
        s.put("type", "string");
        return s;
    }

    private static ObjectNode oneOf(List<String> values) {
        ObjectNode s = string();
        ArrayNode e = s.putArray("enum");
        values.forEach(e::add);
        return s;
    }

    private static ObjectNode nullableOneOf(List<String> values) {
        ObjectNode s = MAPPER.createObjectNode();
        ArrayNode t = s.putArray("type");
        t.add("string");
        t.add("null");
        ArrayNode e = s.putArray("enum");
        values.forEach(e::add);
        e.addNull();
        return s;
    }

    private static ObjectNode edge(List<String> names) {
        return object("from", oneOf(names), "to", oneOf(names), "rationale", string());
    }

    private static ObjectNode verdict(List<String> names) {
        return object("from", oneOf(names), "to", oneOf(names), "action", oneOf(List.of("keep", "remove", "reverse")),
                "rationale", string());
    }

    private static ObjectNode role(List<String> candidates, boolean withGiven) {
        return withGiven ? object("name", oneOf(candidates), "given", array(oneOf(candidates)), "rationale", string())
                : object("name", oneOf(candidates), "rationale", string());
    }

    private static ObjectNode latent(List<String> names, List<String> covariates) {
        return object("name", string(), "description", string(), "affects", array(oneOf(names)),
                "as_strong_as", nullableOneOf(covariates), "rationale", string());
    }
}
