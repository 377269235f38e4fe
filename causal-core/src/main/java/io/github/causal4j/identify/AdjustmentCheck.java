package io.github.causal4j.identify;

import io.github.causal4j.result.Report;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The verdict of the generalized adjustment criterion on one set: valid, or the violation that
 * makes it invalid.
 *
 * @param query the adjustment question
 * @param set the set tested, in node order
 * @param violation empty when the set is valid
 */
public record AdjustmentCheck(AdjustmentQuery query, Set<String> set, Optional<AdjustmentViolation> violation) {

    /** Copies the set. */
    public AdjustmentCheck {
        Objects.requireNonNull(query, "query");
        set = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(set));
        Objects.requireNonNull(violation, "violation");
    }

    /** @return whether the set is a valid adjustment set */
    public boolean valid() {
        return violation.isEmpty();
    }

    /** @return why the set is valid or invalid, in one sentence */
    public String reason() {
        return violation.map(AdjustmentViolation::describe)
                .orElse("it contains no forbidden node and blocks every non-causal path");
    }

    /** @return e.g. {@code {a, b} is a valid adjustment set for x -> y} */
    @Override
    public String toString() {
        return "{" + String.join(", ", set) + "} is " + (valid() ? "a valid" : "not a valid") + " adjustment set for "
                + String.join(",", query.treatments()) + " -> " + String.join(",", query.outcomes()) + ": " + reason();
    }

    /** @return the verdict as text and Markdown */
    public Report report() {
        String text = toString();
        return new Report(text, "**" + (valid() ? "Valid" : "Invalid") + "** adjustment set `{" + String.join(", ", set)
                + "}` for `" + String.join(",", query.treatments()) + " -> " + String.join(",", query.outcomes()) + "`: "
                + reason());
    }
}
