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

/**
 * Tokens a model call consumed, as the server reported them.
 *
 * @param prompt prompt (input) tokens
 * @param completion completion (output) tokens
 * @param reported whether every call summed here reported its usage; when not, the counts are a lower bound
 */
public record TokenUsage(long prompt, long completion, boolean reported) {

    /** No call, nothing used; counts as reported. */
    public static final TokenUsage ZERO = new TokenUsage(0, 0, true);
    /** A call whose server reported no usage. */
    public static final TokenUsage UNREPORTED = new TokenUsage(0, 0, false);

    /** Validates that the counts are non-negative. */
    public TokenUsage {
        if (prompt < 0 || completion < 0) {
            throw new IllegalArgumentException("token counts must be non-negative, got " + prompt + " and " + completion);
        }
    }

    /** @return prompt plus completion tokens */
    public long total() {
        return prompt + completion;
    }

    /**
     * @param other more usage
     * @return the sum; reported only if both were
     */
    public TokenUsage plus(TokenUsage other) {
        return new TokenUsage(prompt + other.prompt, completion + other.completion, reported && other.reported);
    }

    /** @return e.g. {@code 1200+340 tokens} */
    @Override
    public String toString() {
        return prompt + "+" + completion + " tokens" + (reported ? "" : " (not all reported)");
    }
}
