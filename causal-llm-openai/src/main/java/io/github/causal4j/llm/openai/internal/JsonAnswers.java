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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.causal4j.llm.CausalRole;
import io.github.causal4j.llm.EdgeAction;
import io.github.causal4j.llm.EdgeClaim;
import io.github.causal4j.llm.LatentClaim;
import io.github.causal4j.llm.RoleClaim;
import io.github.causal4j.llm.SuggestionTask;
import io.github.causal4j.llm.VerdictClaim;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Reads a JSON answer into claims, checking it against the task's {@link AnswerSchema}: required
 * fields, types and enum values. Extra fields are ignored (a lenient reader for servers that do
 * not enforce the schema); everything else wrong is reported as an error the model can act on.
 */
public final class JsonAnswers {

    private JsonAnswers() {
    }

    /**
     * Parses an answer text: JSON, possibly inside a Markdown code fence or after a line of prose
     * (models asked for JSON in the prompt often add either).
     *
     * @param text the answer
     * @param task the task
     * @return the claims and the errors
     */
    public static Reading read(String text, SuggestionTask task) {
        String json = extractObject(text);
        if (json == null) {
            return failed("the answer contains no JSON object");
        }
        JsonNode root;
        try {
            root = AnswerSchema.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return failed("the answer is not valid JSON: " + e.getOriginalMessage() + " (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
        return read(root, task);
    }

    static String extractObject(String text) {
        String t = text.strip();
        if (t.startsWith("```")) {
            int firstLine = t.indexOf('\n');
            int close = t.lastIndexOf("```");
            if (firstLine > 0 && close > firstLine) {
                t = t.substring(firstLine + 1, close).strip();
            }
        }
        int open = t.indexOf('{');
        int close = t.lastIndexOf('}');
        if (open < 0) {
            return null;
        }
        // An unclosed object is passed on whole, so that the parser reports where it breaks off.
        return close > open ? t.substring(open, close + 1) : t.substring(open);
    }

    private static Reading failed(String error) {
        return new Reading(List.of(), List.of(), List.of(), List.of(), List.of(error));
    }

    /**
     * @param root a parsed answer
     * @param task the task
     * @return the claims and the errors
     */
    public static Reading read(JsonNode root, SuggestionTask task) {
        Collector c = new Collector();
        if (!root.isObject()) {
            c.errors.add("the answer must be a JSON object, not " + kind(root));
            return c.reading();
        }
        switch (task) {
            case EDGES -> c.edges(root, "edges", c.edges);
            case CONFOUNDERS -> c.roles(root, "variables", CausalRole.CONFOUNDER, false);
            case MEDIATORS -> c.roles(root, "variables", CausalRole.MEDIATOR, false);
            case INSTRUMENTS -> c.roles(root, "variables", CausalRole.INSTRUMENT, true);
            case NEGATIVE_CONTROLS -> {
                c.roles(root, AnswerSchema.roleKey(CausalRole.NEGATIVE_CONTROL_EXPOSURE), CausalRole.NEGATIVE_CONTROL_EXPOSURE, false);
                c.roles(root, AnswerSchema.roleKey(CausalRole.NEGATIVE_CONTROL_OUTCOME), CausalRole.NEGATIVE_CONTROL_OUTCOME, false);
            }
            case LATENT_CONFOUNDERS -> c.latents(root, "latent_confounders");
            case CRITIQUE -> {
                c.verdicts(root);
                List<EdgeClaim> additions = new ArrayList<>();
                c.edges(root, "additions", additions);
                for (EdgeClaim e : additions) {
                    c.verdicts.add(new VerdictClaim(e.from(), e.to(), EdgeAction.ADD, e.rationale()));
                }
                c.latents(root, "missing_confounders");
            }
        }
        return c.reading();
    }

    private static String kind(JsonNode n) {
        return n.isArray() ? "an array" : n.isTextual() ? "a string" : n.isNumber() ? "a number" : n.isNull() ? "null"
                : n.isBoolean() ? "a boolean" : "an object";
    }

    /** Accumulates claims and errors. */
    private static final class Collector {
        final List<EdgeClaim> edges = new ArrayList<>();
        final List<RoleClaim> roles = new ArrayList<>();
        final List<VerdictClaim> verdicts = new ArrayList<>();
        final List<LatentClaim> latents = new ArrayList<>();
        final List<String> errors = new ArrayList<>();

        Reading reading() {
            return new Reading(edges, roles, verdicts, latents, errors);
        }

        private JsonNode array(JsonNode root, String key) {
            JsonNode a = root.get(key);
            if (a == null) {
                errors.add("the field \"" + key + "\" is missing");
                return null;
            }
            if (!a.isArray()) {
                errors.add("\"" + key + "\" must be an array, not " + kind(a));
                return null;
            }
            return a;
        }

        private String text(JsonNode item, String key, String where, boolean required) {
            JsonNode v = item.get(key);
            if (v == null || v.isNull()) {
                if (required) {
                    errors.add(where + " has no \"" + key + "\"");
                }
                return required ? null : "";
            }
            if (!v.isTextual()) {
                errors.add(where + ": \"" + key + "\" must be a string, not " + kind(v));
                return null;
            }
            return v.asText().strip();
        }

        private List<String> texts(JsonNode item, String key, String where, boolean required) {
            JsonNode v = item.get(key);
            List<String> out = new ArrayList<>();
            if (v == null || v.isNull()) {
                if (required) {
                    errors.add(where + " has no \"" + key + "\"");
                }
                return out;
            }
            if (!v.isArray()) {
                errors.add(where + ": \"" + key + "\" must be an array of names, not " + kind(v));
                return out;
            }
            for (JsonNode e : v) {
                if (!e.isTextual()) {
                    errors.add(where + ": \"" + key + "\" must hold strings, found " + kind(e));
                } else {
                    out.add(e.asText().strip());
                }
            }
            return out;
        }

        private boolean isObject(JsonNode item, String where) {
            if (!item.isObject()) {
                errors.add(where + " must be an object, not " + kind(item));
                return false;
            }
            return true;
        }

        /** Calls {@code action} on each element of the array {@code root[key]} that is an object, noting the others. */
        private void forEachObject(JsonNode root, String key, BiConsumer<JsonNode, String> action) {
            JsonNode a = array(root, key);
            if (a == null) {
                return;
            }
            for (int i = 0; i < a.size(); i++) {
                String where = key + "[" + i + "]";
                if (isObject(a.get(i), where)) {
                    action.accept(a.get(i), where);
                }
            }
        }

        void edges(JsonNode root, String key, List<EdgeClaim> into) {
            forEachObject(root, key, (item, where) -> {
                String from = text(item, "from", where, true);
                String to = text(item, "to", where, true);
                String why = text(item, "rationale", where, false);
                if (from != null && to != null && why != null) {
                    into.add(new EdgeClaim(from, to, why));
                }
            });
        }

        void roles(JsonNode root, String key, CausalRole role, boolean withGiven) {
            forEachObject(root, key, (item, where) -> {
                String name = text(item, "name", where, true);
                String why = text(item, "rationale", where, false);
                List<String> given = withGiven ? texts(item, "given", where, false) : List.of();
                if (name != null && why != null) {
                    roles.add(new RoleClaim(name, role, given, why));
                }
            });
        }

        void verdicts(JsonNode root) {
            forEachObject(root, "verdicts", (item, where) -> {
                String from = text(item, "from", where, true);
                String to = text(item, "to", where, true);
                String action = text(item, "action", where, true);
                String why = text(item, "rationale", where, false);
                if (action != null) {
                    String act = action.toLowerCase(Locale.ROOT);
                    if (!act.equals("keep") && !act.equals("remove") && !act.equals("reverse")) {
                        errors.add(where + ": \"action\" must be keep, remove or reverse, not \"" + action + "\"");
                        action = null;
                    }
                }
                if (from != null && to != null && action != null && why != null) {
                    verdicts.add(new VerdictClaim(from, to, EdgeAction.fromId(action), why));
                }
            });
        }

        void latents(JsonNode root, String key) {
            forEachObject(root, key, (item, where) -> {
                String name = text(item, "name", where, true);
                if (name != null && name.isEmpty()) {
                    errors.add(where + ": \"name\" is empty");
                    name = null;
                }
                String description = text(item, "description", where, false);
                List<String> affects = texts(item, "affects", where, true);
                String strong = text(item, "as_strong_as", where, false);
                String why = text(item, "rationale", where, false);
                if (name != null && description != null && strong != null && why != null) {
                    latents.add(new LatentClaim(name, description, affects,
                            strong.isEmpty() ? Optional.empty() : Optional.of(strong), why));
                }
            });
        }
    }
}
