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
