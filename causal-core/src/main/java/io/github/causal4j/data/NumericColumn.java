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

import java.util.Arrays;

/**
 * A column of real numbers ({@link ColumnType#NUMERIC}) or of 0/1 values ({@link ColumnType#BINARY}).
 * A missing value, possible only when a file was read with {@link MissingValues#KEEP}, is stored
 * as {@code NaN}; every other value is finite.
 */
public final class NumericColumn extends Column {

    private final double[] store;
    private final boolean binary;

    NumericColumn(String name, double[] store, int[] rows, boolean binary) {
        super(name, rows, store.length);
        this.store = store;
        this.binary = binary;
    }

    @Override
    public ColumnType type() {
        return binary ? ColumnType.BINARY : ColumnType.NUMERIC;
    }

    /** @return whether every value is 0 or 1 */
    public boolean isBinary() {
        return binary;
    }

    /**
     * @param row a 0-based row index
     * @return the value in that row ({@code NaN} if missing)
     */
    public double get(int row) {
        return store[storeIndex(row)];
    }

    @Override
    public boolean isMissing(int row) {
        return Double.isNaN(get(row));
    }

    /** A direct scan of the values (no per-row bounds checks): estimators check whole columns often. */
    @Override
    public int firstMissing() {
        int n = size();
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(store[rows == null ? i : rows[i]])) {
                return i;
            }
        }
        return -1;
    }

    /** @return a fresh copy of the values in row order */
    public double[] toArray() {
        double[] out = new double[size()];
        copyTo(0, size(), out, 0);
        return out;
    }

    /**
     * Copies rows {@code [from, to)} into {@code target} starting at {@code offset}; the
     * allocation-free way to read a column in row blocks.
     *
     * @param from first row, inclusive
     * @param to last row, exclusive
     * @param target destination array
     * @param offset first index written in {@code target}
     */
    public void copyTo(int from, int to, double[] target, int offset) {
        java.util.Objects.checkFromToIndex(from, to, size());
        if (rows == null) {
            System.arraycopy(store, from, target, offset, to - from);
        } else {
            for (int i = from; i < to; i++) {
                target[offset + i - from] = store[rows[i]];
            }
        }
    }

    /** @return the mean of the values (missing values propagate as {@code NaN}) */
    public double mean() {
        double sum = 0;
        for (int i = 0; i < size(); i++) {
            sum += get(i);
        }
        return sum / size();
    }

    @Override
    public String format(int row) {
        return DecimalFormatting.format(get(row));
    }

    @Override
    NumericColumn view(int[] selectedRows) {
        return new NumericColumn(name(), store, compose(selectedRows), binary);
    }

    @Override
    NumericColumn renamed(String newName) {
        return new NumericColumn(newName, store, rows, binary);
    }

    /** Equality of name, type and values; {@code NaN} (missing) equals {@code NaN}. */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof NumericColumn other) || other.binary != binary || other.size() != size()
                || !other.name().equals(name())) {
            return false;
        }
        for (int i = 0; i < size(); i++) {
            if (Double.doubleToLongBits(get(i)) != Double.doubleToLongBits(other.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return 31 * name().hashCode() + Arrays.hashCode(toArray());
    }
}
