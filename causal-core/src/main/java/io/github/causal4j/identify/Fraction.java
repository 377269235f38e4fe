package io.github.causal4j.identify;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The ratio {@code numerator / denominator}, as in a conditional computed from a joint:
 * {@code P(a | b) = Σ P(a, b, ...) / Σ P(b, ...)}.
 *
 * @param numerator the numerator
 * @param denominator the denominator
 */
public record Fraction(Expression numerator, Expression denominator) implements Expression {

    /** Validates. */
    public Fraction {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
    }

    @Override
    public Set<String> freeVariables() {
        Set<String> out = new LinkedHashSet<>(numerator.freeVariables());
        out.addAll(denominator.freeVariables());
        return out;
    }

    /** @return the fraction as plain text */
    @Override
    public String toString() {
        return toText();
    }
}
