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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What each row of a {@link RowPasses} source holds, in order: the design columns (an optional
 * intercept named {@value #INTERCEPT}, then the columns of each {@link DesignTerm}), then named
 * per-row variables (an outcome, a treatment, weights, cluster keys). A row of a block is
 * {@code [x_1 .. x_p, v_1 .. v_r]}, {@code p = designWidth()}, {@code p + r = width()}.
 *
 * <pre>{@code
 * RowLayout layout = RowLayout.of(true, List.of(DesignTerm.numeric("age"),
 *         DesignTerm.categorical("village", List.of("a", "b", "c"), "a")), List.of("y"));
 * layout.designColumns();          // [(Intercept), age, village=b, village=c]
 * layout.variableColumn("y");      // 4
 * }</pre>
 */
public final class RowLayout implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The name R gives the intercept column. */
    public static final String INTERCEPT = "(Intercept)";

    private final boolean intercept;
    private final List<DesignTerm> terms;
    private final List<String> designColumns;
    private final List<String> variables;
    private final Map<String, Integer> variableIndex;

    private RowLayout(boolean intercept, List<DesignTerm> terms, List<String> variables) {
        this.intercept = intercept;
        this.terms = List.copyOf(terms);
        this.variables = List.copyOf(variables);
        List<String> columns = new ArrayList<>();
        if (intercept) {
            columns.add(INTERCEPT);
        }
        Set<String> termNames = new HashSet<>();
        for (DesignTerm t : this.terms) {
            if (!termNames.add(t.name())) {
                throw new IllegalArgumentException("term '" + t.name() + "' is listed twice");
            }
            columns.addAll(t.columns());
        }
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("the design has no column: give a term or an intercept");
        }
        Set<String> unique = new HashSet<>();
        for (String c : columns) {
            if (!unique.add(c)) {
                throw new IllegalArgumentException("two design columns are named '" + c + "'; rename a column or a level");
            }
        }
        this.designColumns = List.copyOf(columns);
        Map<String, Integer> index = new HashMap<>();
        for (int j = 0; j < this.variables.size(); j++) {
            if (index.put(this.variables.get(j), columns.size() + j) != null) {
                throw new IllegalArgumentException("variable '" + this.variables.get(j) + "' is listed twice");
            }
        }
        this.variableIndex = Map.copyOf(index);
    }

    /**
     * @param intercept whether the first design column is the intercept
     * @param terms the model's terms, in order
     * @param variables the per-row variables after the design columns, in order
     * @return the layout
     * @throws IllegalArgumentException for repeated terms, columns or variables, or an empty design
     */
    public static RowLayout of(boolean intercept, List<DesignTerm> terms, List<String> variables) {
        return new RowLayout(intercept, Objects.requireNonNull(terms, "terms"), Objects.requireNonNull(variables,
                "variables"));
    }

    /** @return whether the first design column is the intercept */
    public boolean hasIntercept() {
        return intercept;
    }

    /** @return the terms, in order */
    public List<DesignTerm> terms() {
        return terms;
    }

    /** @return the names of the terms, in order */
    public List<String> termNames() {
        return terms.stream().map(DesignTerm::name).toList();
    }

    /** @return the design column names, in order */
    public List<String> designColumns() {
        return designColumns;
    }

    /** @return the number p of design columns */
    public int designWidth() {
        return designColumns.size();
    }

    /** @return the per-row variables, in order */
    public List<String> variables() {
        return variables;
    }

    /** @return the number of values per row, design columns and variables */
    public int width() {
        return designColumns.size() + variables.size();
    }

    /**
     * @param name a variable
     * @return whether the rows hold it
     */
    public boolean hasVariable(String name) {
        return variableIndex.containsKey(name);
    }

    /**
     * @param name one of {@link #variables()}
     * @return its position in a row (at least {@link #designWidth()})
     * @throws IllegalArgumentException if the rows do not hold it
     */
    public int variableColumn(String name) {
        Integer j = variableIndex.get(Objects.requireNonNull(name, "name"));
        if (j == null) {
            throw new IllegalArgumentException("the rows hold no variable '" + name + "'; they hold " + variables);
        }
        return j;
    }

    /**
     * @param term one of the terms
     * @return the positions of its design columns
     * @throws IllegalArgumentException if it is not a term of the layout
     */
    public int[] columnsOfTerm(String term) {
        int from = intercept ? 1 : 0;
        for (DesignTerm t : terms) {
            if (t.name().equals(term)) {
                int[] out = new int[t.columns().size()];
                for (int j = 0; j < out.length; j++) {
                    out[j] = from + j;
                }
                return out;
            }
            from += t.columns().size();
        }
        throw new IllegalArgumentException("'" + term + "' is not a term of the design; the terms are " + termNames());
    }

    /**
     * @param variablesAfter the per-row variables of the new layout
     * @return the same design with other variables
     */
    public RowLayout withVariables(List<String> variablesAfter) {
        return new RowLayout(intercept, terms, variablesAfter);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RowLayout other && intercept == other.intercept && terms.equals(other.terms)
                && variables.equals(other.variables);
    }

    @Override
    public int hashCode() {
        return Objects.hash(intercept, terms, variables);
    }

    /** @return e.g. {@code "RowLayout[(Intercept), age, village=b | y]"} */
    @Override
    public String toString() {
        List<String> shown = designColumns.size() <= 12 ? designColumns : designColumns.subList(0, 10);
        return "RowLayout[" + String.join(", ", shown) + (shown.size() < designColumns.size() ? ", ... ("
                + designColumns.size() + " design columns)" : "") + " | " + String.join(", ", variables) + "]";
    }
}
