package io.github.causal4j.llm;

import java.util.Objects;

/**
 * One answer's verdict on one edge of a critiqued graph: keep, remove or reverse an edge of the
 * graph, or add an edge it lacks.
 *
 * @param from the edge's tail, as written
 * @param to the edge's head, as written
 * @param action the verdict
 * @param rationale why, in a sentence ({@code ""} if none given)
 */
public record VerdictClaim(String from, String to, EdgeAction action, String rationale) {

    /** Validates that no part is null. */
    public VerdictClaim {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(action, "action");
        rationale = Objects.requireNonNull(rationale, "rationale").strip();
    }
}
