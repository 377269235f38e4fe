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

import java.util.Objects;

/**
 * One named, immutable column of a {@link Dataset}. A column may be a view on the rows of another
 * column (see {@link Dataset#rows(int[])}): the values are then read through an index array and
 * are not copied.
 */
public abstract sealed class Column permits NumericColumn, CategoricalColumn {

    private final String name;
    /** Row {@code i} of this column is entry {@code rows[i]} of the backing store; {@code null} is the identity. */
    final int[] rows;
    private final int size;

    Column(String name, int[] rows, int storeSize) {
        this.name = Objects.requireNonNull(name, "name");
        this.rows = rows;
        this.size = rows == null ? storeSize : rows.length;
    }

    /** @return the column name (the CSV header) */
    public final String name() {
        return name;
    }

    /** @return the number of rows */
    public final int size() {
        return size;
    }

    /** @return what kind of values the column holds */
    public abstract ColumnType type();

    /**
     * @param row a 0-based row index
     * @return whether the value in that row is missing (only possible when missing values were kept on reading)
     */
    public abstract boolean isMissing(int row);

    /** @return the number of missing values */
    public int missingCount() {
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (isMissing(i)) {
                count++;
            }
        }
        return count;
    }

    /** @return the 0-based index of the first missing value, or -1 when there is none */
    public int firstMissing() {
        for (int i = 0; i < size; i++) {
            if (isMissing(i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Text of the value in a row as it would be written to CSV; missing values give an empty string.
     *
     * @param row a 0-based row index
     * @return the value as text
     */
    public abstract String format(int row);

    /** A view of this column on the given rows (indices into this column). */
    abstract Column view(int[] selectedRows);

    /** A copy of the column under another name. */
    abstract Column renamed(String newName);

    /** Maps a row of this column to the index in the backing store. */
    final int storeIndex(int row) {
        Objects.checkIndex(row, size);
        return rows == null ? row : rows[row];
    }

    /** Composes a row selection with this column's own view. */
    final int[] compose(int[] selectedRows) {
        int[] composed = new int[selectedRows.length];
        for (int i = 0; i < selectedRows.length; i++) {
            int r = Objects.checkIndex(selectedRows[i], size);
            composed[i] = rows == null ? r : rows[r];
        }
        return composed;
    }

    @Override
    public String toString() {
        return name + " (" + type().name().toLowerCase(java.util.Locale.ROOT) + ", " + size + " rows)";
    }
}
