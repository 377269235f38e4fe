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
