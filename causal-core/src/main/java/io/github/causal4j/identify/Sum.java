package io.github.causal4j.identify;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The sum of {@code body} over every combination of values of the variables {@code over}
 * (marginalisation). The summed names are bound inside {@code body}.
 *
 * @param over the summed variables (non-empty, no repeats)
 * @param body the summand
 */
public record Sum(List<String> over, Expression body) implements Expression {

    /** Validates and copies. */
    public Sum {
        over = List.copyOf(over);
        Objects.requireNonNull(body, "body");
        if (over.isEmpty()) {
            throw new IllegalArgumentException("a sum needs at least one summed variable");
        }
        if (new HashSet<>(over).size() != over.size()) {
            throw new IllegalArgumentException("a summed variable repeats in " + over);
        }
    }

    @Override
    public Set<String> freeVariables() {
        Set<String> out = new LinkedHashSet<>(body.freeVariables());
        over.forEach(out::remove);
        return out;
    }

    /** @return the sum as plain text */
    @Override
    public String toString() {
        return toText();
    }
}
