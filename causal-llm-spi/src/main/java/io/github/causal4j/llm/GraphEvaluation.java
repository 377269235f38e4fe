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

import java.util.Objects;

/**
 * A suggester's score on one ground-truth network, with the suggestion it was computed from.
 *
 * @param network the network's name
 * @param score the comparison with the truth
 * @param suggestion the suggestion scored (its provenance holds tokens and timings)
 */
public record GraphEvaluation(String network, GraphScore score, GraphSuggestion suggestion) {

    /** Validates that no part is null. */
    public GraphEvaluation {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(suggestion, "suggestion");
    }
}
