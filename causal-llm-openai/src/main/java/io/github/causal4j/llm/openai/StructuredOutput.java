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

import java.util.Locale;
import java.util.Optional;

/**
 * How the provider asks the model for a structured answer, strongest first. The provider starts at
 * the configured level and steps down when the server rejects the request's
 * {@code response_format} with HTTP 400, remembering the level that worked for later questions.
 */
public enum StructuredOutput {
    /**
     * {@code response_format: {type: json_schema, json_schema: {strict: true, schema}}}: the server
     * constrains decoding to the answer schema (OpenAI structured outputs; Ollama, llama.cpp and vLLM
     * turn the schema into a grammar), including enums of the variable names.
     */
    JSON_SCHEMA,
    /** {@code response_format: {type: json_object}} with the schema written into the prompt. */
    JSON_OBJECT,
    /** No {@code response_format}: the model answers in tagged lines ({@code EDGE: a -> b | why}). */
    TEXT;

    /** @return the name recorded in provenance, e.g. {@code "json_schema"} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the next weaker level, if any */
    public Optional<StructuredOutput> weaker() {
        return this == TEXT ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    /**
     * @param id a level as {@link #id()} spells it (case-insensitive; {@code -} and {@code _} alike)
     * @return the level
     * @throws IllegalArgumentException naming the levels if none matches
     */
    public static StructuredOutput fromId(String id) {
        String key = id.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (StructuredOutput s : values()) {
            if (s.name().equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown structured-output level '" + id + "'; known: json_schema, json_object, text");
    }
}
