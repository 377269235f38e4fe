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

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.causal4j.llm.Answer;
import io.github.causal4j.llm.CallRecord;
import io.github.causal4j.llm.GraphSuggester;
import io.github.causal4j.llm.InvalidAnswerException;
import io.github.causal4j.llm.Prompt;
import io.github.causal4j.llm.PromptTemplates;
import io.github.causal4j.llm.Question;
import io.github.causal4j.llm.SuggestionException;
import io.github.causal4j.llm.SuggestionRequest;
import io.github.causal4j.llm.SuggestionTask;
import io.github.causal4j.llm.TokenUsage;
import io.github.causal4j.llm.openai.internal.AnswerSchema;
import io.github.causal4j.llm.openai.internal.ChatReply;
import io.github.causal4j.llm.openai.internal.ChatTransport;
import io.github.causal4j.llm.openai.internal.JsonAnswers;
import io.github.causal4j.llm.openai.internal.Reading;
import io.github.causal4j.llm.openai.internal.TaggedAnswers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link GraphSuggester} for an OpenAI-compatible {@code POST {base}/chat/completions} endpoint
 * (Ollama, llama.cpp server, vLLM, OpenAI), built on the JDK {@code HttpClient} and Jackson.
 *
 * <p>Per question: the provider-independent prompt ({@link PromptTemplates}) plus output
 * instructions for the current {@link StructuredOutput} level; the answer (message content, or the
 * arguments of a tool call) is read against the task's JSON schema and the variable list. An answer
 * that fails is sent back with the error, at most {@link OpenAiSettings#maxRepairs()} times; one
 * that still names unknown variables is returned anyway (the pipeline drops those names and
 * records them). A refusal, an answer still cut off by the token limit, or one still off-schema
 * fails the sample with an {@link InvalidAnswerException}. An HTTP 400 on a request carrying
 * {@code response_format} moves to the next weaker level, for this and all later questions.
 *
 * <p>The API key comes from the environment variable named in the settings; it is sent in the
 * {@code Authorization} header only, never logged, never put in a {@link CallRecord} or message.
 */
public final class OpenAiCompatibleSuggester implements GraphSuggester {

    /** The provider scheme. */
    public static final String PROVIDER = "openai-compat";

    private static final Logger LOG = LoggerFactory.getLogger(OpenAiCompatibleSuggester.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final OpenAiSettings settings;
    private final ChatTransport transport;
    private final AtomicReference<StructuredOutput> level;

    /**
     * @param settings where and how to connect
     * @param environment how to read environment variables (normally {@code System::getenv})
     * @throws IllegalArgumentException naming the variable if the settings require an API key that is not set
     */
    OpenAiCompatibleSuggester(OpenAiSettings settings, UnaryOperator<String> environment) {
        this.settings = Objects.requireNonNull(settings, "settings");
        Optional<String> key = settings.apiKeyVariable().map(environment).filter(k -> !k.isBlank());
        if (settings.requireApiKey() && key.isEmpty()) {
            throw new IllegalArgumentException("the environment variable " + settings.apiKeyVariable().orElseThrow()
                    + " named for the API key is not set");
        }
        this.transport = new ChatTransport(settings.chatCompletionsUrl(), settings.endpointHost(), key,
                settings.connectTimeout(), settings.requestTimeout(), settings.maxRetries(), settings.initialBackoff(),
                settings.maxWait());
        this.level = new AtomicReference<>(settings.output());
    }

    /**
     * @param settings where and how to connect
     * @return a suggester reading its API key from the process environment
     * @throws IllegalArgumentException naming the variable if the settings require an API key that is not set
     */
    public static OpenAiCompatibleSuggester connect(OpenAiSettings settings) {
        return new OpenAiCompatibleSuggester(settings, System::getenv);
    }

    /** @return the settings (which hold no secret) */
    public OpenAiSettings settings() {
        return settings;
    }

    /** @return the structured-output level the next question will start with */
    public StructuredOutput currentLevel() {
        return level.get();
    }

    @Override
    public String name() {
        return PROVIDER + " " + settings.model() + " at " + settings.endpointHost();
    }

    @Override
    public Answer answer(Question question) {
        long start = System.nanoTime();
        SuggestionRequest r = question.request();
        SuggestionTask task = r.task();
        List<String> names = r.variableNames();
        Set<String> known = new LinkedHashSet<>(names);
        List<String> pair = r.treatment().isPresent() ? List.of(r.treatment().get(), r.outcome().get()) : List.of();
        ObjectNode schema = AnswerSchema.of(task, names, pair);
        Prompt base = PromptTemplates.render(question);
        Call call = new Call(base.templateId());
        StructuredOutput mode = level.get();
        List<ObjectNode> messages = messages(base, mode, schema, task);
        String promptHash = hash(messages);
        OptionalInt maxTokens = settings.maxTokens();
        String lastError = "";
        InvalidAnswerException.Reason lastReason = InvalidAnswerException.Reason.SCHEMA;
        while (true) {
            ObjectNode body = body(question, messages, mode, schema, task, maxTokens);
            ChatTransport.Outcome out = transport.post(body.toString());
            call.requests += out.requests();
            if (out.status() == 400 && mode != StructuredOutput.TEXT) {
                StructuredOutput weaker = mode.weaker().orElseThrow();
                LOG.info("{} rejected response_format {} (HTTP 400{}); falling back to {}", settings.endpointHost(), mode.id(),
                        transport.serverMessage(out.body()), weaker.id());
                level.compareAndSet(mode, weaker);
                mode = weaker;
                messages = messages(base, mode, schema, task);
                promptHash = hash(messages);
                continue;
            }
            if (out.status() < 200 || out.status() >= 300) {
                throw new SuggestionException("the endpoint " + settings.endpointHost() + " answered HTTP " + out.status()
                        + transport.serverMessage(out.body()) + " (model " + settings.model() + ")");
            }
            ChatReply reply;
            try {
                reply = ChatReply.parse(out.body());
            } catch (IllegalArgumentException e) {
                throw new SuggestionException("the endpoint " + settings.endpointHost()
                        + " did not answer in the chat-completions format: " + e.getMessage());
            }
            call.tokens = call.tokens.plus(reply.usage());
            reply.model().ifPresent(m -> call.model = m);
            call.toolCall |= reply.fromToolCall();
            if (reply.refusal().isPresent() || reply.finishReason().equals("content_filter")) {
                throw new InvalidAnswerException(InvalidAnswerException.Reason.REFUSAL, "the model declined to answer: "
                        + reply.refusal().orElse("finish_reason content_filter"), call.record(promptHash, mode, start));
            }
            String feedback;
            if (reply.finishReason().equals("length")) {
                lastReason = InvalidAnswerException.Reason.TRUNCATED;
                lastError = "the answer was cut off by the token limit (finish_reason: length)";
                feedback = "Your answer was cut off by the length limit. Answer again, more briefly: at most one short"
                        + " sentence of rationale per item.";
                if (maxTokens.isPresent()) {
                    maxTokens = OptionalInt.of(maxTokens.getAsInt() * 2);
                }
            } else {
                Reading reading = mode == StructuredOutput.TEXT && !reply.fromToolCall()
                        ? TaggedAnswers.read(reply.text(), task) : JsonAnswers.read(reply.text(), task);
                List<String> unknown = reading.unknownNames(known);
                if (reading.errors().isEmpty() && (unknown.isEmpty() || call.repairs >= settings.maxRepairs())) {
                    return new Answer(reading.edges(), reading.roles(), reading.verdicts(), reading.latents(),
                            call.record(promptHash, mode, start));
                }
                lastReason = InvalidAnswerException.Reason.SCHEMA;
                if (!reading.errors().isEmpty()) {
                    lastError = String.join("; ", reading.errors());
                    feedback = "Your answer could not be used: " + lastError + ". " + reminder(mode, task);
                } else {
                    lastError = "unknown names " + unknown;
                    feedback = "These names are not among the variables: " + String.join(", ", unknown)
                            + ". Use only these names, exactly as written: " + String.join(", ", names) + ". "
                            + reminder(mode, task);
                }
            }
            if (call.repairs >= settings.maxRepairs()) {
                throw new InvalidAnswerException(lastReason, lastError + " (after " + call.repairs + " repair"
                        + (call.repairs == 1 ? "" : "s") + ")", call.record(promptHash, mode, start));
            }
            call.repairs++;
            messages = new ArrayList<>(messages);
            messages.add(message("assistant", reply.text()));
            messages.add(message("user", feedback));
        }
    }

    /** Request counts and what the server reported, for the call record. */
    private final class Call {
        int requests;
        int repairs;
        TokenUsage tokens = TokenUsage.ZERO;
        String model = settings.model();
        boolean toolCall;

        final String templateId;

        Call(String templateId) {
            this.templateId = templateId;
        }

        CallRecord record(String promptHash, StructuredOutput mode, long start) {
            return new CallRecord(PROVIDER, model, settings.endpointHost(), templateId, PromptTemplates.VERSION, promptHash,
                    toolCall ? "tool_call" : mode.id(), requests, repairs, tokens, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static String reminder(StructuredOutput mode, SuggestionTask task) {
        return mode == StructuredOutput.TEXT ? TaggedAnswers.instructions(task)
                : "Reply with only the JSON object that matches the schema.";
    }

    private static List<ObjectNode> messages(Prompt p, StructuredOutput mode, ObjectNode schema, SuggestionTask task) {
        String format = switch (mode) {
            case JSON_SCHEMA -> "Reply with a JSON object that matches the required schema.";
            case JSON_OBJECT -> "Reply with only a JSON object, no other text, that matches this JSON schema:\n"
                    + schema.toString();
            case TEXT -> TaggedAnswers.instructions(task);
        };
        Prompt full = p.withUserSuffix(format);
        List<ObjectNode> out = new ArrayList<>();
        out.add(message("system", full.system()));
        out.add(message("user", full.user()));
        return out;
    }

    private static ObjectNode message(String role, String content) {
        ObjectNode m = MAPPER.createObjectNode();
        m.put("role", role);
        m.put("content", content);
        return m;
    }

    private static String hash(List<ObjectNode> messages) {
        return new Prompt("", "", messages.get(0).path("content").asText(), messages.get(1).path("content").asText()).sha256();
    }

    private ObjectNode body(Question q, List<ObjectNode> messages, StructuredOutput mode, ObjectNode schema,
            SuggestionTask task, OptionalInt maxTokens) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("model", settings.model());
        ArrayNode m = body.putArray("messages");
        messages.forEach(m::add);
        body.put("temperature", q.request().temperature());
        body.put("seed", q.seed());
        body.put("stream", false);
        maxTokens.ifPresent(t -> body.put("max_tokens", t));
        switch (mode) {
            case JSON_SCHEMA -> {
                ObjectNode rf = body.putObject("response_format");
                rf.put("type", "json_schema");
                ObjectNode js = rf.putObject("json_schema");
                js.put("name", AnswerSchema.name(task));
                js.put("strict", true);
                js.set("schema", schema);
            }
            case JSON_OBJECT -> body.putObject("response_format").put("type", "json_object");
            case TEXT -> {
            }
        }
        return body;
    }

    /** @return e.g. {@code OpenAiCompatibleSuggester[qwen2.5:7b at localhost:11434, json_schema]} (no secret) */
    @Override
    public String toString() {
        return "OpenAiCompatibleSuggester[" + settings.model() + " at " + settings.endpointHost() + ", " + level.get().id() + "]";
    }
}
