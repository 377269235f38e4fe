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

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * An immutable, columnar table of named {@link Column}s of equal length: numeric, binary (0/1) and
 * categorical columns.
 *
 * <p>Build one from arrays with {@link #builder()} or read a CSV file with {@link #readCsv(Path)}.
 * Row subsets ({@link #rows(int[])}, for the bootstrap and cross-fitting) are views that share the
 * column storage, so they cost one index array, not a copy of every column. Missing values are an
 * error unless a file is read with {@link MissingValues#KEEP} or {@link MissingValues#DROP_ROWS};
 * non-finite numbers are always an error.
 *
 * <pre>{@code
 * Dataset darfur = Dataset.readCsv(Path.of("darfur.csv"));
 * double[] harmed = darfur.numeric("directlyharmed").toArray();
 * CategoricalColumn village = darfur.categorical("village");
 * }</pre>
 */
public final class Dataset {

    private final List<Column> columns;
    private final Map<String, Column> byName;
    private final int rowCount;
    /** The content digest, computed on first use (the dataset is immutable, so it never changes). */
    private volatile String digest;

    private Dataset(List<Column> columns) {
        this.columns = List.copyOf(columns);
        Map<String, Column> map = new LinkedHashMap<>();
        for (Column c : this.columns) {
            if (map.put(c.name(), c) != null) {
                throw new IllegalArgumentException("duplicate column name '" + c.name() + "'");
            }
        }
        this.byName = Collections.unmodifiableMap(map);
        this.rowCount = this.columns.isEmpty() ? 0 : this.columns.get(0).size();
        for (Column c : this.columns) {
            if (c.size() != rowCount) {
                throw new IllegalArgumentException("column '" + c.name() + "' has " + c.size() + " rows, but column '"
                        + this.columns.get(0).name() + "' has " + rowCount);
            }
        }
    }

    /** @return a builder for a dataset made from arrays */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a CSV file with the {@linkplain CsvOptions#defaults() default options}.
     *
     * @param path a UTF-8 CSV file with a header line
     * @return the dataset
     * @throws DataFormatException if the file is malformed, naming the line and column
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Dataset readCsv(Path path) {
        return readCsv(path, CsvOptions.defaults());
    }

    /**
     * Reads a CSV file.
     *
     * @param path a UTF-8 CSV file with a header line (a byte-order mark is skipped)
     * @param options delimiter, missing values, type overrides
     * @return the dataset
     * @throws DataFormatException if the file is malformed, naming the line and column
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Dataset readCsv(Path path, CsvOptions options) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(options, "options");
        if (!Files.isRegularFile(path)) {
            throw new UncheckedIOException(new IOException("no such file: " + path));
        }
        return new CsvReading(() -> Files.newBufferedReader(path, StandardCharsets.UTF_8), path.toString(), options)
                .read();
    }

    /**
     * Reads CSV text from a reader (read to the end, not closed).
     *
     * @param reader CSV text with a header line
     * @param options delimiter, missing values, type overrides
     * @return the dataset
     * @throws DataFormatException if the text is malformed, naming the line and column
     */
    public static Dataset readCsv(Reader reader, CsvOptions options) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(options, "options");
        String text;
        try {
            StringBuilder sb = new StringBuilder();
            char[] buffer = new char[1 << 14];
            for (int n; (n = reader.read(buffer)) != -1; ) {
                sb.append(buffer, 0, n);
            }
            text = sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CsvReading(() -> new StringReader(text), "CSV input", options).read();
    }

    /**
     * Writes the dataset as UTF-8 CSV: a header, numbers that read back to the identical double,
     * integers without a fraction, text quoted where needed, missing values as empty fields.
     *
     * @param path the file to write (replaced if it exists)
     */
    public void writeCsv(Path path) {
        try (Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            writeCsv(writer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the dataset as CSV text (see {@link #writeCsv(Path)}); the writer is flushed, not closed.
     *
     * @param out where to write
     */
    public void writeCsv(Appendable out) {
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
        try {
            CSVPrinter printer = new CSVPrinter(out, format);
            printer.printRecord(columnNames());
            String[] fields = new String[columns.size()];
            for (int r = 0; r < rowCount; r++) {
                for (int c = 0; c < fields.length; c++) {
                    fields[c] = columns.get(c).format(r);
                }
                printer.printRecord((Object[]) fields);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the number of rows */
    public int rowCount() {
        return rowCount;
    }

    /** @return the number of columns */
    public int columnCount() {
        return columns.size();
    }

    /** @return the column names in order */
    public List<String> columnNames() {
        return List.copyOf(byName.keySet());
    }

    /** @return the columns in order */
    public List<Column> columns() {
        return columns;
    }

    /**
     * @param name a column name
     * @return whether the dataset has that column
     */
    public boolean hasColumn(String name) {
        return byName.containsKey(name);
    }

    /**
     * @param name a column name
     * @return the column
     * @throws IllegalArgumentException if there is no such column (the message lists the columns)
     */
    public Column column(String name) {
        Objects.requireNonNull(name, "name");
        Column c = byName.get(name);
        if (c == null) {
            throw new IllegalArgumentException("unknown column '" + name + "'; the columns are " + byName.keySet());
        }
        return c;
    }

    /**
     * @param name the name of a numeric or binary column
     * @return the column
     * @throws IllegalArgumentException if there is no such column or it is categorical
     */
    public NumericColumn numeric(String name) {
        Column c = column(name);
        if (c instanceof NumericColumn n) {
            return n;
        }
        throw new IllegalArgumentException("column '" + name + "' is categorical, not numeric");
    }

    /**
     * @param name the name of a categorical column
     * @return the column
     * @throws IllegalArgumentException if there is no such column or it is numeric
     */
    public CategoricalColumn categorical(String name) {
        Column c = column(name);
        if (c instanceof CategoricalColumn k) {
            return k;
        }
        throw new IllegalArgumentException("column '" + name + "' is " + c.type().name().toLowerCase(java.util.Locale.ROOT)
                + ", not categorical");
    }

    /**
     * A view on some rows, in the given order, repeats allowed (a bootstrap sample). The columns
     * are not copied.
     *
     * @param indices 0-based row indices
     * @return the dataset of those rows
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public Dataset rows(int[] indices) {
        Objects.requireNonNull(indices, "indices");
        int[] copy = indices.clone();
        List<Column> out = new ArrayList<>(columns.size());
        for (Column c : columns) {
            out.add(c.view(copy));
        }
        if (columns.isEmpty()) {
            return this;
        }
        return new Dataset(out);
    }

    /**
     * A table of counts as one row per unit: each row repeated as many times as its count says,
     * in row order, without the count column (how a published contingency table, such as those of
     * Balke &amp; Pearl 1997, becomes data an estimator can use). The columns are views, not copies.
     *
     * @param countColumn a numeric column of non-negative whole numbers
     * @return the expanded dataset
     * @throws IllegalArgumentException naming the row whose count is missing, negative or not whole,
     *         or if the total exceeds {@code Integer.MAX_VALUE} rows
     */
    public Dataset expandCounts(String countColumn) {
        NumericColumn counts = numeric(countColumn);
        long total = 0;
        for (int i = 0; i < rowCount; i++) {
            double c = counts.get(i);
            if (counts.isMissing(i) || c < 0 || c != Math.rint(c)) {
                throw new IllegalArgumentException("count column '" + countColumn + "' must hold non-negative whole "
                        + "numbers; row " + (i + 1) + " has " + counts.format(i));
            }
            total += (long) c;
        }
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("count column '" + countColumn + "' sums to " + total
                    + " rows, more than a dataset holds (" + Integer.MAX_VALUE + ")");
        }
        int[] indices = new int[(int) total];
        int k = 0;
        for (int i = 0; i < rowCount; i++) {
            for (int j = (int) counts.get(i); j > 0; j--) {
                indices[k++] = i;
            }
        }
        return rows(indices).without(List.of(countColumn));
    }

    /**
     * @param names column names, in the order wanted
     * @return a dataset of just those columns (sharing their storage)
     */
    public Dataset select(Collection<String> names) {
        List<Column> out = new ArrayList<>();
        for (String n : names) {
            out.add(column(n));
        }
        return new Dataset(out);
    }

    /**
     * @param column a categorical column
     * @param level the new reference level of its dummy coding
     * @return the same data with that reference level
     */
    public Dataset withReference(String column, String level) {
        CategoricalColumn updated = categorical(column).withReference(level);
        return replace(updated);
    }

    /**
     * @param column a column to add or replace (it must have {@link #rowCount()} rows)
     * @return a dataset with that column
     */
    public Dataset with(Column column) {
        Objects.requireNonNull(column, "column");
        if (!byName.containsKey(column.name())) {
            List<Column> out = new ArrayList<>(columns);
            out.add(column);
            return new Dataset(out);
        }
        return replace(column);
    }

    /**
     * @param name name of the new (or replaced) numeric column
     * @param values one finite value per row
     * @return a dataset with that column
     */
    public Dataset withNumeric(String name, double[] values) {
        return with(Builder.numericColumn(name, values, false));
    }

    /**
     * @param names columns to remove
     * @return a dataset without them
     */
    public Dataset without(Collection<String> names) {
        for (String n : names) {
            column(n);
        }
        return new Dataset(columns.stream().filter(c -> !names.contains(c.name())).collect(Collectors.toList()));
    }

    private Dataset replace(Column updated) {
        List<Column> out = new ArrayList<>(columns);
        out.replaceAll(c -> c.name().equals(updated.name()) ? updated : c);
        return new Dataset(out);
    }

    /** @return a view without the rows that have a missing value in any column */
    public Dataset dropMissing() {
        int[] keep = new int[rowCount];
        int k = 0;
        for (int r = 0; r < rowCount; r++) {
            boolean complete = true;
            for (Column c : columns) {
                if (c.isMissing(r)) {
                    complete = false;
                    break;
                }
            }
            if (complete) {
                keep[k++] = r;
            }
        }
        return k == rowCount ? this : rows(java.util.Arrays.copyOf(keep, k));
    }

    /**
     * Checks that the named columns exist and have no missing values.
     *
     * @param names the columns an analysis uses
     * @throws IllegalArgumentException if a column is unknown
     * @throws DataFormatException naming the first column and 1-based row with a missing value
     */
    public void requireComplete(Collection<String> names) {
        for (String n : names) {
            Column c = column(n);
            int first = c.firstMissing();
            if (first >= 0) {
                throw new DataFormatException("missing value in column '" + n + "' at row " + (first + 1) + " ("
                        + c.missingCount() + " missing in all); drop or impute missing values first");
            }
        }
    }

    /**
     * A SHA-256 digest of the content (column names, types, reference levels and values in row
     * order), for provenance. Two datasets with equal content have the same digest whether or not
     * they are views.
     *
     * @return 64 lower-case hex digits
     */
    public String sha256() {
        String cached = digest;
        if (cached == null) {
            cached = computeSha256();
            digest = cached;
        }
        return cached;
    }

    private String computeSha256() {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(8 * 1024);
        for (Column c : columns) {
            digest.update((c.name() + "\u0000" + c.type() + "\u0000").getBytes(StandardCharsets.UTF_8));
            if (c instanceof NumericColumn n) {
                // the same bytes as one putLong(doubleToLongBits(value)) per row, read in blocks of 1024 rows
                double[] chunk = new double[1024];
                for (int from = 0; from < rowCount; from += chunk.length) {
                    int to = Math.min(rowCount, from + chunk.length);
                    n.copyTo(from, to, chunk, 0);
                    for (int r = 0; r < to - from; r++) {
                        buffer.putLong(Double.doubleToLongBits(chunk[r]));
                    }
                    digest.update(buffer.array(), 0, buffer.position());
                    buffer.clear();
                }
            } else {
                CategoricalColumn k = (CategoricalColumn) c;
                digest.update(("ref=" + k.referenceLevel() + "\u0000").getBytes(StandardCharsets.UTF_8));
                for (int r = 0; r < rowCount; r++) {
                    String label = k.label(r);
                    digest.update((label == null ? "\u0001" : label + "\u0000").getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static boolean isZeroOne(double[] values) {
        boolean any = false;
        for (double v : values) {
            if (Double.isNaN(v)) {
                continue;
            }
            if (v != 0.0 && v != 1.0) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Equal content: the same columns, in the same order, with equal values. */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Dataset other && other.columns.equals(columns));
    }

    @Override
    public int hashCode() {
        return columns.hashCode();
    }

    /** @return a one-line summary: rows, columns and their types */
    @Override
    public String toString() {
        return "Dataset[" + rowCount + " rows x " + columns.size() + " columns: "
                + columns.stream().map(c -> c.name() + " " + c.type().name().toLowerCase(java.util.Locale.ROOT))
                        .collect(Collectors.joining(", ")) + "]";
    }

    /**
     * Builds a dataset from arrays. Every column must have the same length; values must be finite
     * (the message names the column and the 0-based row of the first bad value).
     */
    public static final class Builder {

        private final List<Column> columns = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a numeric column; a column whose values are all 0 or 1 is still {@link ColumnType#NUMERIC}
         * here (use {@link #binary} to declare it binary).
         *
         * @param name column name
         * @param values finite values (copied)
         * @return this builder
         */
        public Builder numeric(String name, double[] values) {
            columns.add(numericColumn(name, values, false));
            return this;
        }

        /**
         * @param name column name
         * @param values values that are each 0 or 1 (copied)
         * @return this builder
         */
        public Builder binary(String name, double[] values) {
            columns.add(numericColumn(name, values, true));
            return this;
        }

        /**
         * @param name column name
         * @param labels non-null labels, one per row; the first level in code-point order is the reference
         * @return this builder
         */
        public Builder categorical(String name, String[] labels) {
            Objects.requireNonNull(labels, "labels");
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == null) {
                    throw new IllegalArgumentException("column '" + name + "': label at row " + i + " is null");
                }
            }
            columns.add(CategoricalColumn.of(Objects.requireNonNull(name, "name"), labels.clone()));
            return this;
        }

        /**
         * @param name column name
         * @param labels non-null labels, one per row
         * @param reference the reference level of the dummy coding
         * @return this builder
         */
        public Builder categorical(String name, String[] labels, String reference) {
            categorical(name, labels);
            CategoricalColumn last = (CategoricalColumn) columns.remove(columns.size() - 1);
            columns.add(last.withReference(reference));
            return this;
        }

        Builder add(Column column) {
            columns.add(column);
            return this;
        }

        /**
         * @return the dataset
         * @throws IllegalArgumentException if column lengths differ or names repeat
         */
        public Dataset build() {
            return new Dataset(columns);
        }

        static NumericColumn numericColumn(String name, double[] values, boolean binary) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(values, "values for column " + name);
            for (int i = 0; i < values.length; i++) {
                if (!Double.isFinite(values[i])) {
                    throw new IllegalArgumentException("column '" + name + "': value at row " + i + " is " + values[i]
                            + "; values must be finite");
                }
                if (binary && values[i] != 0.0 && values[i] != 1.0) {
                    throw new IllegalArgumentException("column '" + name + "' is binary but has the value " + values[i]
                            + " at row " + i);
                }
            }
            return new NumericColumn(name, values.clone(), null, binary);
        }
    }
}
