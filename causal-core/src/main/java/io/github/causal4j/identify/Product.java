package io.github.causal4j.identify;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The product of factors; the empty product is the constant 1.
 *
 * @param factors the factors
 */
public record Product(List<Expression> factors) implements Expression {

    static final Product ONE = new Product(List.of());

    /** Copies the factors. */
    public Product {
        factors = List.copyOf(factors);
    }

    @Override
    public Set<String> freeVariables() {
        Set<String> out = new LinkedHashSet<>();
        for (Expression f : factors) {
            out.addAll(f.freeVariables());
        }
        return out;
    }

    /** @return the product as plain text */
    @Override
    public String toString() {
        return toText();
    }
}
