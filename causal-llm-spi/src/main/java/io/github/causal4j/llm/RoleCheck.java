package io.github.causal4j.llm;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking a suggested instrument or negative control against its graphical
 * criteria on the suggestion's graph.
 *
 * @param satisfied whether every condition holds
 * @param findings one sentence per condition checked, saying whether it holds
 */
public record RoleCheck(boolean satisfied, List<String> findings) {

    /** Validates and copies. */
    public RoleCheck {
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
    }
}
