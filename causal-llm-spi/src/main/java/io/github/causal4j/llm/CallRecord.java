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
import java.util.Objects;

/**
 * Where one answer came from: provider, model, endpoint host (never a key or full URL with
 * credentials), prompt template and the digest of the exact prompt sent, how structured output was
 * obtained, how many requests and repairs it took, tokens and time.
 *
 * @param provider provider scheme, e.g. {@code "openai-compat"} or {@code "knowledge"}
 * @param model model name as the server reported it, or the knowledge file's name
 * @param endpointHost host (and port) of the endpoint, {@code ""} for local providers
 * @param templateId prompt template id, e.g. {@code "causal4j/edges"}; {@code "none"} without a prompt
 * @param templateVersion prompt template version
 * @param promptSha256 SHA-256 of the exact messages of the first request
 * @param outputMode how structured output was obtained: {@code json_schema}, {@code json_object}, {@code text}, {@code tool_call}, {@code knowledge}
 * @param requests requests sent, counting transport retries and repairs
 * @param repairs answers that failed validation and were sent back with the error
 * @param tokens tokens used by all requests
 * @param elapsed wall time of all requests, back-off waits included
 */
public record CallRecord(String provider, String model, String endpointHost, String templateId, String templateVersion,
        String promptSha256, String outputMode, int requests, int repairs, TokenUsage tokens, Duration elapsed) {

    /** Validates that no part is null and the counts are non-negative. */
    public CallRecord {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(endpointHost, "endpointHost");
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(templateVersion, "templateVersion");
        Objects.requireNonNull(promptSha256, "promptSha256");
        Objects.requireNonNull(outputMode, "outputMode");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(elapsed, "elapsed");
        if (requests < 0 || repairs < 0) {
            throw new IllegalArgumentException("request and repair counts must be non-negative");
        }
    }
}
