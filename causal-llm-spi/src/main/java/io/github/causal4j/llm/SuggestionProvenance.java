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
package io.github.causal4j.llm;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a {@link GraphSuggestion} came from, enough to reproduce or audit it: provider, model(s),
 * endpoint host(s), prompt template id and version, the digest of every distinct prompt sent, the
 * parameters, token use and timings. It never holds an API key, a full URL with credentials or a
 * request header.
 *
 * @param provider the suggester's {@link GraphSuggester#name()}
 * @param models the model names the calls reported, distinct, in order
 * @param endpointHosts the endpoint hosts called, distinct ({@code ""} for local providers)
 * @param templateId the prompt template id
 * @param templateVersion the prompt template version
 * @param promptSha256 SHA-256 of each distinct prompt sent, in sample order
 * @param outputModes how structured output was obtained, distinct, in order
 * @param parameters task, samples, temperature, seed, personas, thresholds, in a stable order
 * @param tokens tokens of all calls, failed samples included
 * @param requests requests sent (retries and repairs included)
 * @param repairs answers sent back with a validation error
 * @param samples samples asked
 * @param failedSamples samples that produced no usable answer
 * @param wallTime wall time of the whole run
 * @param modelTime summed time of the calls (exceeds the wall time when samples run in parallel)
 * @param libraryVersion the causal4j version
 */
public record SuggestionProvenance(String provider, List<String> models, List<String> endpointHosts, String templateId,
        String templateVersion, List<String> promptSha256, List<String> outputModes, Map<String, String> parameters,
        TokenUsage tokens, int requests, int repairs, int samples, int failedSamples, Duration wallTime,
        Duration modelTime, String libraryVersion) {

    /** Validates and copies. */
    public SuggestionProvenance {
        Objects.requireNonNull(provider, "provider");
        models = List.copyOf(models);
        endpointHosts = List.copyOf(endpointHosts);
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(templateVersion, "templateVersion");
        promptSha256 = List.copyOf(promptSha256);
        outputModes = List.copyOf(outputModes);
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(wallTime, "wallTime");
        Objects.requireNonNull(modelTime, "modelTime");
        Objects.requireNonNull(libraryVersion, "libraryVersion");
    }

    /** @return the share of samples that produced no usable answer */
    public double failureRate() {
        return samples == 0 ? 0 : (double) failedSamples / samples;
    }

    /** @return e.g. {@code openai-compat qwen2.5:7b at localhost:11434, causal4j/edges v1, 5 samples (0 failed), 5120+900 tokens, 12.3 s} */
    @Override
    public String toString() {
        return provider + ", " + templateId + " v" + templateVersion + ", " + samples + " samples (" + failedSamples
                + " failed), " + tokens + ", " + String.format(java.util.Locale.ROOT, "%.1f s", wallTime.toMillis() / 1000.0);
    }
}
