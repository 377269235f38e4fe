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

import io.github.causal4j.llm.GraphSuggester;
import io.github.causal4j.llm.GraphSuggesterProvider;
import io.github.causal4j.llm.ProviderSpec;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * The {@link GraphSuggesterProvider} for specs
 * {@code openai-compat:BASE_URL?model=NAME[&api-key-env=VAR][&timeout=SECONDS][&retries=N][&repairs=N]
 * [&backoff-ms=MS][&max-wait=SECONDS][&output=json_schema|json_object|text][&max-tokens=N]}, e.g.
 * {@code openai-compat:http://localhost:11434/v1?model=qwen2.5:7b} (Ollama) or
 * {@code openai-compat:https://api.openai.com/v1?model=gpt-4o-mini&api-key-env=OPENAI_API_KEY}.
 * The key is read from the environment variable, never from the spec.
 */
public final class OpenAiCompatibleProvider implements GraphSuggesterProvider {

    private static final Set<String> PARAMETERS = Set.of("model", "api-key-env", "timeout", "retries", "repairs",
            "backoff-ms", "max-wait", "output", "max-tokens");

    /** Creates the provider (for {@link java.util.ServiceLoader}). */
    public OpenAiCompatibleProvider() {
    }

    @Override
    public String scheme() {
        return OpenAiCompatibleSuggester.PROVIDER;
    }

    @Override
    public String usage() {
        return "openai-compat:BASE_URL?model=NAME[&api-key-env=VAR][&timeout=SECONDS][&retries=N][&repairs=N]"
                + "[&output=json_schema|json_object|text][&max-tokens=N]";
    }

    @Override
    public GraphSuggester create(ProviderSpec spec) {
        return OpenAiCompatibleSuggester.connect(settings(spec));
    }

    /**
     * @param spec a parsed spec
     * @return the settings it describes
     * @throws IllegalArgumentException naming the parameter at fault
     */
    public static OpenAiSettings settings(ProviderSpec spec) {
        for (String key : spec.parameters().keySet()) {
            if (!PARAMETERS.contains(key)) {
                throw new IllegalArgumentException("unknown parameter '" + key + "' in provider spec " + spec.scheme()
                        + ":...; known: " + String.join(", ", new java.util.TreeSet<>(PARAMETERS)));
            }
        }
        if (spec.target().isEmpty()) {
            throw new IllegalArgumentException("provider spec openai-compat: needs a base URL, e.g. "
                    + "openai-compat:http://localhost:11434/v1?model=qwen2.5:7b");
        }
        URI base;
        try {
            base = new URI(spec.target());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("base URL '" + spec.target() + "' is malformed: " + e.getReason(), e);
        }
        OpenAiSettings s = OpenAiSettings.of(base, spec.require("model"));
        Map<String, String> p = spec.parameters();
        if (p.containsKey("api-key-env")) {
            String var = p.get("api-key-env");
            s = var.isEmpty() || var.equalsIgnoreCase("none") ? s.withoutApiKey() : s.withApiKeyVariable(var);
        }
        if (p.containsKey("timeout")) {
            s = s.withRequestTimeout(Duration.ofMillis(Math.round(1000 * number(p, "timeout"))));
        }
        if (p.containsKey("retries")) {
            s = s.withMaxRetries((int) integer(p, "retries"));
        }
        if (p.containsKey("repairs")) {
            s = s.withMaxRepairs((int) integer(p, "repairs"));
        }
        if (p.containsKey("backoff-ms")) {
            s = s.withInitialBackoff(Duration.ofMillis(integer(p, "backoff-ms")));
        }
        if (p.containsKey("max-wait")) {
            s = s.withMaxWait(Duration.ofMillis(Math.round(1000 * number(p, "max-wait"))));
        }
        if (p.containsKey("output")) {
            s = s.withOutput(StructuredOutput.fromId(p.get("output")));
        }
        if (p.containsKey("max-tokens")) {
            s = s.withMaxTokens((int) integer(p, "max-tokens"));
        }
        return s;
    }

    private static double number(Map<String, String> p, String key) {
        try {
            return Double.parseDouble(p.get(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter " + key + " must be a number, got '" + p.get(key) + "'", e);
        }
    }

    private static long integer(Map<String, String> p, String key) {
        try {
            return Long.parseLong(p.get(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter " + key + " must be a whole number, got '" + p.get(key) + "'", e);
        }
    }
}
