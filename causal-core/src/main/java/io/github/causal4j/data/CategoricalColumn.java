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

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A column of text labels from a finite set of levels. Levels are kept in code-point order, as
 * {@link String#compareTo} sorts them (so {@code "FuraWiya"} and {@code "Furawiya"} are two
 * levels); the reference level, the one left out of the dummy coding of a design matrix, is the
 * first level unless another is chosen with {@link #withReference(String)}.
 */
public final class CategoricalColumn extends Column {

    private final List<String> levels;
    private final int[] codes;
    private final int reference;

    CategoricalColumn(String name, List<String> levels, int[] codes, int[] rows, int reference) {
        super(name, rows, codes.length);
        this.levels = levels;
        this.codes = codes;
        this.reference = reference;
    }

    /**
     * Encodes labels into a column; {@code null} labels are missing values.
     *
     * @param name column name
     * @param labels one label per row
     * @return the column, levels sorted, first level as reference
     */
    static CategoricalColumn of(String name, String[] labels) {
        TreeMap<String, Integer> sorted = new TreeMap<>();
        for (String label : labels) {
            if (label != null) {
                sorted.putIfAbsent(label, 0);
            }
        }
        List<String> levels = new ArrayList<>(sorted.keySet());
        int k = 0;
        for (Map.Entry<String, Integer> e : sorted.entrySet()) {
            e.setValue(k++);
        }
        int[] codes = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            codes[i] = labels[i] == null ? -1 : sorted.get(labels[i]);
        }
        return new CategoricalColumn(name, Collections.unmodifiableList(levels), codes, null, 0);
    }

    @Override
    public ColumnType type() {
        return ColumnType.CATEGORICAL;
    }

    /** @return every level, in code-point order (including levels that no row of a row view uses) */
    public List<String> levels() {
        return levels;
    }

    /** @return the reference level */
    public String referenceLevel() {
        return levels.isEmpty() ? null : levels.get(reference);
    }

    /**
     * @param level one of {@link #levels()}
     * @return the same column with another reference level
     * @throws IllegalArgumentException if the level does not occur in the column
     */
    public CategoricalColumn withReference(String level) {
        int code = levels.indexOf(Objects.requireNonNull(level, "level"));
        if (code < 0) {
            throw new IllegalArgumentException("column '" + name() + "' has no level '" + level + "'");
        }
        return new CategoricalColumn(name(), levels, codes, rows, code);
    }

    /** @return the levels other than the reference, in order: the columns of the dummy coding */
    public List<String> dummyLevels() {
        List<String> out = new ArrayList<>(levels);
        if (!out.isEmpty()) {
            out.remove(reference);
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * @param row a 0-based row index
     * @return the level index of the row in {@link #levels()}, or -1 if missing
     */
    public int code(int row) {
        return codes[storeIndex(row)];
    }

    /** @return the index of the reference level in {@link #levels()} */
    public int referenceCode() {
        return reference;
    }

    /**
     * @param row a 0-based row index
     * @return the label of the row, or {@code null} if missing
     */
    public String label(int row) {
        int c = code(row);
        return c < 0 ? null : levels.get(c);
    }

    /**
     * The 0/1 indicator of one level, a column of the one-hot encoding.
     *
     * @param level a level of this column
     * @return 1 where the row has that level, else 0
     */
    public double[] indicator(String level) {
        int code = levels.indexOf(Objects.requireNonNull(level, "level"));
        if (code < 0) {
            throw new IllegalArgumentException("column '" + name() + "' has no level '" + level + "'");
        }
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = code(i) == code ? 1.0 : 0.0;
        }
        return out;
    }

    /** @return the number of rows of each level, indexed like {@link #levels()} */
    public int[] levelCounts() {
        int[] counts = new int[levels.size()];
        for (int i = 0; i < size(); i++) {
            int c = code(i);
            if (c >= 0) {
                counts[c]++;
            }
        }
        return counts;
    }

    @Override
    public boolean isMissing(int row) {
        return code(row) < 0;
    }

    @Override
    public String format(int row) {
        String label = label(row);
        return label == null ? "" : label;
    }

    @Override
    CategoricalColumn view(int[] selectedRows) {
        return new CategoricalColumn(name(), levels, codes, compose(selectedRows), reference);
    }

    @Override
    CategoricalColumn renamed(String newName) {
        return new CategoricalColumn(newName, levels, codes, rows, reference);
    }

    /** Equality of name, labels row by row and reference level. */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CategoricalColumn other) || other.size() != size() || !other.name().equals(name())
                || !Objects.equals(other.referenceLevel(), referenceLevel())) {
            return false;
        }
        for (int i = 0; i < size(); i++) {
            if (!Objects.equals(label(i), other.label(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = name().hashCode();
        for (int i = 0; i < size(); i++) {
            h = 31 * h + Objects.hashCode(label(i));
        }
        return h;
    }
}
