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

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How to reach an OpenAI-compatible endpoint. Immutable; start from {@link #of(URI, String)} and
 * refine with the {@code with...} methods. Holds the <em>name</em> of the environment variable with
 * the API key, never the key.
 *
 * @param baseUrl the API base, e.g. {@code http://localhost:11434/v1}; requests go to {@code {base}/chat/completions}
 * @param model the model name, e.g. {@code qwen2.5:7b}
 * @param apiKeyVariable the environment variable holding the API key; empty for none (local servers)
 * @param requireApiKey whether a missing variable is an error (it was named explicitly)
 * @param requestTimeout how long one request may take before it is abandoned (and retried)
 * @param connectTimeout how long connecting may take
 * @param maxRetries transport retries after a timeout, HTTP 429 or 5xx, at least 0
 * @param maxRepairs answers sent back with their validation error before the sample fails, at least 0
 * @param initialBackoff the first wait before a retry; doubled each time, unless the server sends {@code Retry-After}
 * @param maxWait the longest single wait, for back-off and for {@code Retry-After}
 * @param output the strongest structured-output level to try first
 * @param maxTokens the completion token limit sent to the server, if any
 */
public record OpenAiSettings(URI baseUrl, String model, Optional<String> apiKeyVariable, boolean requireApiKey,
        Duration requestTimeout, Duration connectTimeout, int maxRetries, int maxRepairs, Duration initialBackoff,
        Duration maxWait, StructuredOutput output, OptionalInt maxTokens) {

    /** The variable read by default when the spec names none; missing is fine (local servers need no key). */
    public static final String DEFAULT_API_KEY_VARIABLE = "OPENAI_API_KEY";

    /** Validates the settings. */
    public OpenAiSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("base URL '" + baseUrl + "' must be an http or https URL with a host,"
                    + " e.g. http://localhost:11434/v1");
        }
        if (baseUrl.getUserInfo() != null) {
            throw new IllegalArgumentException("put no credentials in the base URL; name an environment variable with api-key-env");
        }
        Objects.requireNonNull(model, "model");
        if (model.isBlank()) {
            throw new IllegalArgumentException("a model name is required, e.g. model=qwen2.5:7b");
        }
        Objects.requireNonNull(apiKeyVariable, "apiKeyVariable");
        requirePositive(requestTimeout, "request timeout");
        requirePositive(connectTimeout, "connect timeout");
        requirePositive(initialBackoff, "initial back-off");
        requirePositive(maxWait, "maximum wait");
        if (maxRetries < 0 || maxRepairs < 0) {
            throw new IllegalArgumentException("retries and repairs must be non-negative, got " + maxRetries + " and "
                    + maxRepairs);
        }
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(maxTokens, "maxTokens");
        if (maxTokens.isPresent() && maxTokens.getAsInt() < 1) {
            throw new IllegalArgumentException("max tokens must be positive, got " + maxTokens.getAsInt());
        }
    }

    private static void requirePositive(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive, got " + d);
        }
    }

    /**
     * @param baseUrl the API base
     * @param model the model name
     * @return settings with the defaults: key from {@value #DEFAULT_API_KEY_VARIABLE} if set, 120 s per
     *         request, 10 s to connect, 3 retries, 2 repairs, back-off from 1 s, waits of at most 60 s,
     *         JSON schema first, no token limit
     */
    public static OpenAiSettings of(URI baseUrl, String model) {
        return new OpenAiSettings(baseUrl, model, Optional.of(DEFAULT_API_KEY_VARIABLE), false, Duration.ofSeconds(120),
                Duration.ofSeconds(10), 3, 2, Duration.ofSeconds(1), Duration.ofSeconds(60), StructuredOutput.JSON_SCHEMA,
                OptionalInt.empty());
    }

    /**
     * @param variable environment variable with the key; it must be set
     * @return settings with it
     */
    public OpenAiSettings withApiKeyVariable(String variable) {
        return new OpenAiSettings(baseUrl, model, Optional.of(variable), true, requestTimeout, connectTimeout, maxRetries,
                maxRepairs, initialBackoff, maxWait, output, maxTokens);
    }

    /** @return settings that send no API key */
    public OpenAiSettings withoutApiKey() {
        return new OpenAiSettings(baseUrl, model, Optional.empty(), false, requestTimeout, connectTimeout, maxRetries,
                maxRepairs, initialBackoff, maxWait, output, maxTokens);
    }

    /**
     * @param timeout per-request timeout
     * @return settings with it
     */
    public OpenAiSettings withRequestTimeout(Duration timeout) {
        return new OpenAiSettings(baseUrl, model, apiKeyVariable, requireApiKey, timeout, connectTimeout, maxRetries,
                maxRepairs, initialBackoff, maxWait, output, maxTokens);
    }

    /**
     * @param retries transport retries
     * @return settings with them
     */
    public OpenAiSettings withMaxRetries(int retries) {
        return new OpenAiSettings(baseUrl, model, apiKeyVariable, requireApiKey, requestTimeout, connectTimeout, retries,
                maxRepairs, initialBackoff, maxWait, output, maxTokens);
    }

    /**
     * @param repairs validation repairs
     * @return settings with them
     */
    public OpenAiSettings withMaxRepairs(int repairs) {
        return new OpenAiSettings(baseUrl, model, apiKeyVariable, requireApiKey, requestTimeout, connectTimeout, maxRetries,
                repairs, initialBackoff, maxWait, output, maxTokens);
    }

    /**
     * @param backoff first retry wait
     * @return settings with it
     */
    public OpenAiSettings withInitialBackoff(Duration backoff) {
        return new OpenAiSettings(baseUrl, model, apiKeyVariable, requireApiKey, requestTimeout, connectTimeout, maxRetries,
                maxRepairs, backoff, maxWait, output, maxTokens);
    }

    /**
     * @param wait longest single wait
     * @return settings with it
     */
    public OpenAiSettings withMaxWait(Duration wait) {
        return new OpenAiSettings(baseUrl, model, apiKeyVariable, requireApiKey, requestTimeout, connectTimeout, maxRetries,
                maxRepairs, initialBackoff, wait, output, maxTokens);
    }

    /**
     * @param level the level to try first
     * @return settings with it
     */
    public OpenAiSettings withOutput(StructuredOutput level) {
        return new OpenAiSettings(baseUrl, model, apiKeyVariable, requireApiKey, requestTimeout, connectTimeout, maxRetries,
                maxRepairs, initialBackoff, maxWait, level, maxTokens);
    }

    /**
     * @param tokens completion token limit
     * @return settings with it
     */
    public OpenAiSettings withMaxTokens(int tokens) {
        return new OpenAiSettings(baseUrl, model, apiKeyVariable, requireApiKey, requestTimeout, connectTimeout, maxRetries,
                maxRepairs, initialBackoff, maxWait, output, OptionalInt.of(tokens));
    }

    /** @return the chat-completions URL, {@code {base}/chat/completions} */
    public URI chatCompletionsUrl() {
        String s = baseUrl.toString();
        return URI.create((s.endsWith("/") ? s : s + "/") + "chat/completions");
    }

    /** @return the endpoint's host and port for provenance, e.g. {@code localhost:11434} */
    public String endpointHost() {
        return baseUrl.getHost() + (baseUrl.getPort() < 0 ? "" : ":" + baseUrl.getPort());
    }
}
