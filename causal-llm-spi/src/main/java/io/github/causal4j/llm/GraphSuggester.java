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

import io.github.causal4j.graph.CausalGraph;
import java.util.List;

/**
 * Something that proposes causal structure: a language model behind an endpoint, an expert's
 * knowledge file, a recording of earlier answers. Implementations answer one {@link Question} at a
 * time ({@link #answer}); voting over samples, validation and conversion are the provider-independent
 * work of {@link SuggestionPipeline}, reached through {@link #suggest} and {@link #critique}.
 *
 * <p>Implementations must be safe for concurrent {@link #answer} calls (the pipeline may ask samples
 * in parallel) and must never put a secret in a {@link CallRecord}, an exception message or a log line.
 */
public interface GraphSuggester extends AutoCloseable {

    /** @return a short description for messages and provenance, e.g. {@code "openai-compat qwen2.5:7b at localhost:11434"}; never a secret */
    String name();

    /**
     * Answers one sample of a request.
     *
     * @param question the question
     * @return the answer, names as the provider wrote them
     * @throws InvalidAnswerException if this sample gave no usable answer (refusal, truncation, schema failure)
     * @throws SuggestionException if the provider failed (endpoint unreachable, authentication, ...)
     */
    Answer answer(Question question);

    /**
     * Asks {@code request.samples()} samples and aggregates them by vote, validated, with the
     * default {@link SuggestionPipeline} settings.
     *
     * @param request the request
     * @return the suggestion
     */
    default GraphSuggestion suggest(SuggestionRequest request) {
        return SuggestionPipeline.of(this).run(request);
    }

    /**
     * Critiques a graph with the default {@link SuggestionPipeline} settings.
     *
     * @param graph the graph
     * @param variables descriptions of its nodes (and of variables that could be added)
     * @return verdicts on every edge, additions and missing confounders, with the revised graph
     */
    default GraphSuggestion critique(CausalGraph graph, List<Variable> variables) {
        return SuggestionPipeline.of(this).run(SuggestionRequest.critique(graph, variables));
    }

    /** Releases resources (connections, files). The default does nothing. */
    @Override
    default void close() {
    }
}
