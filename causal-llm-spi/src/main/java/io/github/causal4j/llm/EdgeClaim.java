package io.github.causal4j.llm;

import java.util.Objects;

/**
 * One directed edge as one answer (or an expert) states it, names as written: they may be
 * unknown until {@link SuggestionPipeline} checks them against the variables.
 *
 * @param from the cause, as written
 * @param to the effect, as written
 * @param rationale why, in a sentence ({@code ""} if none given)
 */
public record EdgeClaim(String from, String to, String rationale) {

    /** Validates that no part is null. */
    public EdgeClaim {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        rationale = Objects.requireNonNull(rationale, "rationale").strip();
    }

    /** @return {@code from -> to} */
    @Override
    public String toString() {
        return from + " -> " + to;
    }
}
