package io.github.causal4j.llm;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A variable's role after the vote, checked against its criterion where one applies.
 *
 * @param variable the variable
 * @param role the role
 * @param votes samples that proposed it in this role
 * @param samples samples that answered
 * @param given the conditioning set proposed most often with it (empty if none)
 * @param rationales the distinct reasons given
 * @param accepted whether its vote share reached the pipeline's minimum confidence
 * @param check the graphical check of an instrument or negative control on the suggestion's graph; empty for other roles
 */
public record SuggestedRole(String variable, CausalRole role, int votes, int samples, List<String> given,
        List<String> rationales, boolean accepted, Optional<RoleCheck> check) {

    /** Validates and copies. */
    public SuggestedRole {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(role, "role");
        given = List.copyOf(given);
        rationales = List.copyOf(rationales);
        Objects.requireNonNull(check, "check");
        if (samples < 1 || votes < 0 || votes > samples) {
            throw new IllegalArgumentException("votes " + votes + " out of " + samples + " samples for " + variable);
        }
    }

    /** @return the vote share */
    public double confidence() {
        return (double) votes / samples;
    }

    SuggestedRole withCheck(RoleCheck newCheck) {
        return new SuggestedRole(variable, role, votes, samples, given, rationales, accepted, Optional.of(newCheck));
    }

    /** @return e.g. {@code age: confounder (5/5)} */
    @Override
    public String toString() {
        return variable + ": " + role.id() + " (" + votes + "/" + samples + (accepted ? "" : ", below threshold")
                + check.map(c -> c.satisfied() ? ", criterion holds" : ", criterion fails").orElse("") + ")";
    }
}
