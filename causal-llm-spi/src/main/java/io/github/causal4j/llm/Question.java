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

import io.github.causal4j.llm.internal.Sha256;
import java.util.Objects;

/**
 * One sample of a {@link SuggestionRequest}: what a {@link GraphSuggester} answers in one call.
 *
 * @param request the request
 * @param sample the sample index, in {@code [0, request.samples())}
 * @param persona the expert persona of this sample
 * @param seed the seed of this sample ({@link SuggestionRequest#sampleSeed(int)})
 */
public record Question(SuggestionRequest request, int sample, Persona persona, long seed) {

    /** Validates the sample index. */
    public Question {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(persona, "persona");
        if (sample < 0 || sample >= request.samples()) {
            throw new IllegalArgumentException("sample " + sample + " is outside [0, " + request.samples() + ")");
        }
    }

    /**
     * @param request a request
     * @param sample a sample index
     * @return the question of that sample, with the request's persona and seed for it
     */
    public static Question of(SuggestionRequest request, int sample) {
        return new Question(request, sample, request.persona(sample), request.sampleSeed(sample));
    }

    /** @return the task asked */
    public SuggestionTask task() {
        return request.task();
    }

    /**
     * A digest of everything that determines the answer: task, context, variables and descriptions,
     * treatment, outcome, graph, persona, temperature, seed and sample index. Two questions with the
     * same fingerprint are the same question; {@link RecordingSuggester} keys its recordings by it.
     *
     * @return 64 hex digits of SHA-256
     */
    public String fingerprint() {
        StringBuilder sb = new StringBuilder("causal4j-question-v1\n");
        Sha256.field(sb, "task", request.task().id());
        Sha256.field(sb, "context", request.context());
        Sha256.field(sb, "treatment", request.treatment().orElse(""));
        Sha256.field(sb, "outcome", request.outcome().orElse(""));
        for (Variable v : request.variables()) {
            Sha256.field(sb, "variable", v.name());
            Sha256.field(sb, "description", v.description());
        }
        Sha256.field(sb, "graph", request.graph().map(g -> g.toDagitty()).orElse(""));
        Sha256.field(sb, "persona", persona.name() + "\n" + persona.instruction());
        Sha256.field(sb, "temperature", Double.toString(request.temperature()));
        Sha256.field(sb, "seed", Long.toString(seed));
        Sha256.field(sb, "sample", Integer.toString(sample));
        return Sha256.hex(sb.toString());
    }

    /** @return e.g. {@code Question[edges, sample 2/5, persona epidemiologist]} */
    @Override
    public String toString() {
        return "Question[" + request.task().id() + ", sample " + (sample + 1) + "/" + request.samples() + ", persona "
                + persona.name() + "]";
    }
}
