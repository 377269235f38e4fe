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
package io.github.causal4j.llm;

import io.github.causal4j.data.CategoricalColumn;
import io.github.causal4j.data.ColumnType;
import io.github.causal4j.data.CsvOptions;
import io.github.causal4j.data.Dataset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A variable shown to a suggester: its exact name (a data column or graph node) and a description
 * in words, which is what a language model reasons from.
 *
 * @param name the exact name; answers must use it verbatim
 * @param description one or two sentences: what was measured, in which unit or with which states ({@code ""} if none)
 */
public record Variable(String name, String description) {

    /** Validates the name (non-blank, no surrounding white space) and the description (non-null). */
    public Variable {
        Objects.requireNonNull(name, "variable name");
        Objects.requireNonNull(description, "description of variable '" + name + "'");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a variable name cannot be blank");
        }
        if (!name.strip().equals(name)) {
            throw new IllegalArgumentException("variable name '" + name + "' has leading or trailing white space");
        }
        if (name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0 || name.indexOf('\t') >= 0) {
            throw new IllegalArgumentException("variable name '" + name.replace("\n", "\\n").replace("\t", "\\t")
                    + "' contains a line break or tab");
        }
        description = description.strip();
    }

    /**
     * @param name the exact name
     * @return a variable without description
     */
    public static Variable of(String name) {
        return new Variable(name, "");
    }

    /**
     * @param name the exact name
     * @param description what it measures
     * @return the variable
     */
    public static Variable of(String name, String description) {
        return new Variable(name, description);
    }

    /**
     * Reads variables from a CSV file with a header and the columns {@code name} and (optionally)
     * {@code description}, one variable per row; other columns are ignored.
     *
     * @param csv the file (UTF-8)
     * @return the variables in file order
     * @throws IllegalArgumentException naming the file and row of a missing column, a blank or repeated name
     */
    public static List<Variable> readCsv(Path csv) {
        Dataset d = Dataset.readCsv(csv, CsvOptions.defaults().withMissingWords(Set.of())
                .withType("name", ColumnType.CATEGORICAL).withType("description", ColumnType.CATEGORICAL));
        if (!d.hasColumn("name")) {
            throw new IllegalArgumentException(csv + " has no column 'name' (expected a header name,description); it has "
                    + d.columnNames());
        }
        CategoricalColumn names = d.categorical("name");
        CategoricalColumn descriptions = d.hasColumn("description") ? d.categorical("description") : null;
        List<Variable> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int r = 0; r < d.rowCount(); r++) {
            String name = names.label(r).strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException(csv + ", line " + (r + 2) + ": the variable name is empty");
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException(csv + ", line " + (r + 2) + ": variable '" + name + "' is listed twice");
            }
            out.add(new Variable(name, descriptions == null ? "" : descriptions.label(r)));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(csv + " lists no variables");
        }
        return out;
    }
}
