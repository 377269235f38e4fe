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
