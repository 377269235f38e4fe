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
