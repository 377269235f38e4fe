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

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A term {@code P(variables | given)} of the observational distribution: the joint probability of
 * {@code variables} conditional on {@code given}, both evaluated at the values the names stand for.
 *
 * @param variables the variables of the distribution (non-empty, no repeats)
 * @param given the conditioning variables (no repeats, disjoint from {@code variables}); empty for a marginal
 */
public record Probability(List<String> variables, List<String> given) implements Expression {

    /** Validates and copies the lists. */
    public Probability {
        variables = List.copyOf(variables);
        given = List.copyOf(given);
        if (variables.isEmpty()) {
            throw new IllegalArgumentException("a probability term needs at least one variable");
        }
        Set<String> seen = new HashSet<>();
        for (String v : variables) {
            if (!seen.add(Objects.requireNonNull(v, "variable"))) {
                throw new IllegalArgumentException("variable '" + v + "' repeats in P(" + String.join(", ", variables) + ")");
            }
        }
        for (String g : given) {
            if (!seen.add(Objects.requireNonNull(g, "given"))) {
                throw new IllegalArgumentException("variable '" + g + "' is both a variable and a condition, or repeats, in P("
                        + String.join(", ", variables) + " | " + String.join(", ", given) + ")");
            }
        }
    }

    @Override
    public Set<String> freeVariables() {
        Set<String> out = new LinkedHashSet<>(variables);
        out.addAll(given);
        return out;
    }

    /** @return the term as plain text */
    @Override
    public String toString() {
        return toText();
    }
}
