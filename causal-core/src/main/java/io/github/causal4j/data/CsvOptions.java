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
package io.github.causal4j.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How a CSV file is read: delimiter, the words that mean "missing", what to do with missing
 * values, and explicit column types that override inference. Immutable; every {@code with...}
 * returns a new instance.
 *
 * <p>Defaults: comma delimiter, {@code ""} and {@code "NA"} mean missing, missing values are an
 * {@link MissingValues#ERROR}, types are inferred (numeric unless a non-numeric value occurs;
 * numeric columns whose values are all 0 or 1 are {@link ColumnType#BINARY}).
 */
public final class CsvOptions {

    private static final CsvOptions DEFAULTS = new CsvOptions(',', Set.of("", "NA"), MissingValues.ERROR, Map.of());

    private final char delimiter;
    private final Set<String> missingWords;
    private final MissingValues missing;
    private final Map<String, ColumnType> types;

    private CsvOptions(char delimiter, Set<String> missingWords, MissingValues missing, Map<String, ColumnType> types) {
        this.delimiter = delimiter;
        this.missingWords = missingWords;
        this.missing = missing;
        this.types = types;
    }

    /** @return the default options */
    public static CsvOptions defaults() {
        return DEFAULTS;
    }

    /**
     * @param newDelimiter the field separator (for example {@code ';'} or {@code '\t'})
     * @return options with that delimiter
     */
    public CsvOptions withDelimiter(char newDelimiter) {
        if (newDelimiter == '"' || newDelimiter == '\n' || newDelimiter == '\r') {
            throw new IllegalArgumentException("delimiter cannot be a quote or a line break: '" + newDelimiter + "'");
        }
        return new CsvOptions(newDelimiter, missingWords, missing, types);
    }

    /**
     * @param policy what to do with missing values
     * @return options with that policy
     */
    public CsvOptions withMissing(MissingValues policy) {
        return new CsvOptions(delimiter, missingWords, Objects.requireNonNull(policy, "policy"), types);
    }

    /**
     * @param words the exact field texts that mean "missing" (compared after no trimming)
     * @return options with those words
     */
    public CsvOptions withMissingWords(Set<String> words) {
        return new CsvOptions(delimiter, Set.copyOf(words), missing, types);
    }

    /**
     * Forces the type of one column instead of inferring it; a value that does not fit the type
     * is an error naming the column and line.
     *
     * @param column column name
     * @param type the type to read it as
     * @return options with that override
     */
    public CsvOptions withType(String column, ColumnType type) {
        Map<String, ColumnType> copy = new LinkedHashMap<>(types);
        copy.put(Objects.requireNonNull(column, "column"), Objects.requireNonNull(type, "type"));
        return new CsvOptions(delimiter, missingWords, missing, Collections.unmodifiableMap(copy));
    }

    /** @return the field separator */
    public char delimiter() {
        return delimiter;
    }

    /** @return the words that mean "missing" */
    public Set<String> missingWords() {
        return missingWords;
    }

    /** @return the missing-value policy */
    public MissingValues missing() {
        return missing;
    }

    /** @return the explicit column types */
    public Map<String, ColumnType> types() {
        return types;
    }

    @Override
    public String toString() {
        return "CsvOptions[delimiter='" + delimiter + "', missing=" + missing + ", missingWords=" + missingWords
                + ", types=" + types + "]";
    }
}
