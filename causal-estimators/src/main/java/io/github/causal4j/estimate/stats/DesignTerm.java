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
package io.github.causal4j.estimate.stats;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A term of a model and the design columns it contributes: one column named after a numeric or
 * binary term, or one 0/1 dummy per level of a categorical term other than its reference level,
 * named {@code "term=level"} (treatment coding, as R's {@code model.matrix} with
 * {@code contr.treatment}). Every source of rows names its columns through this class, so that a
 * categorical term gets the same columns in memory and on a cluster.
 *
 * @param name the term (a column of the data)
 * @param columns its design columns, in order
 */
public record DesignTerm(String name, List<String> columns) implements Serializable {

    /** Validates and copies. */
    public DesignTerm {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("term '" + name + "' has no design column");
        }
    }

    /**
     * @param name a numeric or binary column
     * @return the term with the one column {@code name}
     */
    public static DesignTerm numeric(String name) {
        return new DesignTerm(name, List.of(name));
    }

    /**
     * The dummies of a categorical term.
     *
     * @param name the categorical column
     * @param levels the levels that occur in the rows, in the column's order (code-point order)
     * @param reference the level left out, one of {@code levels}
     * @return the term with one column {@code "name=level"} per other level, in order
     * @throws IllegalArgumentException if fewer than two levels occur (the term is constant) or the
     *     reference is not among them
     */
    public static DesignTerm categorical(String name, List<String> levels, String reference) {
        Objects.requireNonNull(name, "name");
        if (!levels.contains(reference)) {
            throw new IllegalArgumentException("the reference level '" + reference + "' of categorical column '" + name
                    + "' does not occur in these rows");
        }
        if (levels.size() < 2) {
            throw new IllegalArgumentException("categorical column '" + name + "' has a single level ('" + reference
                    + "') in these rows: it is constant and cannot be a regressor");
        }
        List<String> columns = new ArrayList<>(levels.size() - 1);
        for (String level : levels) {
            if (!level.equals(reference)) {
                columns.add(name + "=" + level);
            }
        }
        return new DesignTerm(name, columns);
    }
}
