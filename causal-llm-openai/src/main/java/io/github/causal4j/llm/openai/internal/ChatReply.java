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
import io.github.causal4j.llm.TokenUsage;
import java.util.Optional;

/**
 * The parts of a chat-completions response the provider uses: the first choice's text (its
 * {@code content}, or the {@code arguments} of its first tool call when the server answered in
 * tool-call style), a refusal, the finish reason, the model and the usage.
 *
 * @param text the answer text, empty if the choice carried none
 * @param fromToolCall whether the text came from a tool call's arguments
 * @param refusal the model's refusal message, if it refused
 * @param finishReason {@code stop}, {@code length}, {@code tool_calls}, {@code content_filter}, ... ({@code ""} if absent)
 * @param model the model the server reports, if any
 * @param usage the tokens reported
 */
public record ChatReply(String text, boolean fromToolCall, Optional<String> refusal, String finishReason,
        Optional<String> model, TokenUsage usage) {

    /**
     * @param body a response body
     * @return the reply
     * @throws IllegalArgumentException with a description if the body is not a chat completion
     */
    public static ChatReply parse(String body) {
        JsonNode root;
        try {
            root = AnswerSchema.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the response body is not JSON: " + e.getOriginalMessage());
        }
        JsonNode choices = root.path("choices");
        if (!choices.isArray() || choices.isEmpty()) {
            throw new IllegalArgumentException("the response has no choices");
        }
        JsonNode choice = choices.get(0);
        JsonNode message = choice.path("message");
        String finish = choice.path("finish_reason").asText("");
        Optional<String> refusal = Optional.ofNullable(message.path("refusal").textValue()).filter(s -> !s.isBlank());
        String content = message.path("content").isTextual() ? message.path("content").asText() : "";
        boolean tool = false;
        JsonNode calls = message.path("tool_calls");
        if (content.isBlank() && calls.isArray() && !calls.isEmpty()) {
            JsonNode args = calls.get(0).path("function").path("arguments");
            // OpenAI sends the arguments as a JSON string; some servers send the object itself.
            content = args.isTextual() ? args.asText() : args.isObject() ? args.toString() : "";
            tool = true;
        }
        JsonNode u = root.path("usage");
        TokenUsage usage = u.isObject() && u.has("prompt_tokens")
                ? new TokenUsage(u.path("prompt_tokens").asLong(0), u.path("completion_tokens").asLong(0), true)
                : TokenUsage.UNREPORTED;
        Optional<String> model = Optional.ofNullable(root.path("model").textValue()).filter(s -> !s.isBlank());
        return new ChatReply(content, tool, refusal, finish, model, usage);
    }
}
