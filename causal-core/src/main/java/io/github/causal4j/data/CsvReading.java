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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a CSV source into a {@link Dataset} in one pass with type inference. Tokenisation is
 * Apache Commons CSV (RFC 4180 quoting); this class adds strict number parsing, missing-value
 * policy and error messages that carry the 1-based line of the file.
 *
 * <p>A column is numeric until a non-numeric value appears. The values before that point were
 * parsed and their text discarded, so such a column is filled in by a second pass over the
 * source, reading only that column's earlier rows; files whose text columns are text from the
 * first row (the usual case) are read once.
 */
final class CsvReading {

    private static final Logger LOG = LoggerFactory.getLogger(CsvReading.class);
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** A source that can be opened again (for the rare second pass). */
    interface Source {
        Reader open() throws IOException;
    }

    private final Source source;
    private final String sourceName;
    private final CsvOptions options;
    /** Fields longer than every missing word cannot be missing: skips hashing most fields. */
    private final int longestMissingWord;

    CsvReading(Source source, String sourceName, CsvOptions options) {
        this.source = source;
        this.sourceName = sourceName;
        this.options = options;
        this.longestMissingWord = options.missingWords().stream().mapToInt(String::length).max().orElse(-1);
    }

    private boolean isMissing(String field) {
        return field.length() <= longestMissingWord && options.missingWords().contains(field);
    }

    Dataset read() {
        try {
            return readOnce();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourceName + ": " + e.getMessage(), e);
        }
    }

    private CSVParser open() throws IOException {
        BufferedReader reader = new BufferedReader(source.open(), 1 << 16);
        reader.mark(1);
        int first = reader.read();
        if (first != BYTE_ORDER_MARK && first != -1) {
            reader.reset();
        }
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(options.delimiter())
                .setIgnoreEmptyLines(false)
                .get();
        return CSVParser.parse(reader, format);
    }

    private Dataset readOnce() throws IOException {
        List<String> header;
        ColumnBuffer[] buffers;
        boolean needsSecondPass = false;
        BooleanList dropped = new BooleanList();
        try (CSVParser parser = open()) {
            Iterator<CSVRecord> records = parser.iterator();
            long before = parser.getCurrentLineNumber();
            if (!records.hasNext()) {
                throw new DataFormatException(sourceName + " is empty: a header line is required");
            }
            CSVRecord headerRecord = records.next();
            header = validateHeader(headerRecord.toList(), before + 1);
            for (String column : options.types().keySet()) {
                if (!header.contains(column)) {
                    throw new IllegalArgumentException("a type is given for column '" + column
                            + "', which is not in the header of " + sourceName + ": " + header);
                }
            }
            buffers = new ColumnBuffer[header.size()];
            for (int c = 0; c < buffers.length; c++) {
                buffers[c] = new ColumnBuffer(header.get(c), c, options.types().get(header.get(c)));
            }
            int row = 0;
            while (true) {
                before = parser.getCurrentLineNumber();
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord record = records.next();
                long line = before + 1;
                if (isBlankLine(record)) {
                    continue;
                }
                if (record.size() != buffers.length) {
                    throw new DataFormatException(sourceName + " line " + line + ": " + record.size()
                            + " fields where the header has " + buffers.length);
                }
                boolean rowHasMissing = false;
                for (int c = 0; c < buffers.length; c++) {
                    String field = record.get(c);
                    if (isMissing(field)) {
                        rowHasMissing = true;
                        if (options.missing() == MissingValues.ERROR) {
                            throw new DataFormatException(sourceName + " line " + line + ": missing value in column '"
                                    + header.get(c) + "' (read with MissingValues.DROP_ROWS or KEEP to allow it)");
                        }
                        buffers[c].addMissing();
                    } else {
                        needsSecondPass |= buffers[c].add(field, row, line, sourceName);
                    }
                }
                dropped.add(rowHasMissing && options.missing() == MissingValues.DROP_ROWS);
                row++;
            }
        }
        if (needsSecondPass) {
            fillEarlierText(buffers);
        }
        Dataset.Builder builder = Dataset.builder();
        for (ColumnBuffer buffer : buffers) {
            builder.add(buffer.toColumn());
        }
        Dataset all = builder.build();
        if (dropped.count() > 0) {
            LOG.info("{}: dropped {} of {} rows with missing values", sourceName, dropped.count(), all.rowCount());
            return all.rows(dropped.indicesOfFalse());
        }
        return all;
    }

    private static boolean isBlankLine(CSVRecord record) {
        return record.size() == 1 && record.get(0).isEmpty();
    }

    private List<String> validateHeader(List<String> names, long line) {
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 0; c < names.size(); c++) {
            String name = names.get(c);
            if (name.isBlank()) {
                throw new DataFormatException(sourceName + " line " + line + ": column " + (c + 1)
                        + " has an empty name in the header");
            }
            Integer previous = seen.put(name, c);
            if (previous != null) {
                throw new DataFormatException(sourceName + " line " + line + ": duplicate column name '" + name
                        + "' (columns " + (previous + 1) + " and " + (c + 1) + ")");
            }
        }
        return names;
    }

    /** Second pass: the text of the rows read as numbers before each column turned out to be text. */
    private void fillEarlierText(ColumnBuffer[] buffers) throws IOException {
        try (CSVParser parser = open()) {
            Iterator<CSVRecord> records = parser.iterator();
            records.next();
            int row = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (isBlankLine(record)) {
                    continue;
                }
                for (ColumnBuffer buffer : buffers) {
                    buffer.fillText(row, record);
                }
                row++;
            }
        }
    }

    /** Growable storage of one column while reading. */
    private final class ColumnBuffer {
        private final String name;
        private final ColumnType forced;
        private double[] numbers = new double[1024];
        private String[] texts;
        private int size;
        /** Rows before this index were read as numbers and need their text from a second pass. */
        private int textFrom = -1;
        private final int columnIndex;

        ColumnBuffer(String name, int columnIndex, ColumnType forced) {
            this.name = name;
            this.columnIndex = columnIndex;
            this.forced = forced;
            if (forced == ColumnType.CATEGORICAL) {
                texts = new String[1024];
                textFrom = 0;
            }
        }

        void addMissing() {
            if (texts != null) {
                ensureTexts();
                texts[size] = null;
            } else {
                ensureNumbers();
                numbers[size] = Double.NaN;
            }
            size++;
        }

        /** @return whether this value turned the column from numbers into text (second pass needed) */
        boolean add(String field, int row, long line, String where) {
            if (texts != null) {
                ensureTexts();
                texts[size++] = field;
                return false;
            }
            double value = DecimalParser.parse(field);
            if (Double.isNaN(value) && !DecimalParser.isNonFiniteWord(field)) {
                if (forced != null) {
                    throw new DataFormatException(where + " line " + line + ": column '" + name + "' is declared "
                            + forced + " but has the value '" + field + "'");
                }
                if (row > 0) {
                    LOG.warn("{}: column '{}' read as categorical: line {} has the non-numeric value '{}'",
                            where, name, line, field);
                }
                texts = new String[numbers.length + 1024];
                textFrom = size;
                texts[size++] = field;
                return row > 0;
            }
            if (!Double.isFinite(value)) {
                throw new DataFormatException(where + " line " + line + ": non-finite number '" + field
                        + "' in column '" + name + "'");
            }
            ensureNumbers();
            numbers[size++] = value;
            return false;
        }

        void fillText(int row, CSVRecord record) {
            if (texts == null || row >= textFrom) {
                return;
            }
            String field = record.get(columnIndex);
            texts[row] = isMissing(field) ? null : field;
        }

        private void ensureNumbers() {
            if (size == numbers.length) {
                numbers = Arrays.copyOf(numbers, numbers.length * 2);
            }
        }

        private void ensureTexts() {
            if (size == texts.length) {
                texts = Arrays.copyOf(texts, texts.length * 2);
            }
        }

        Column toColumn() {
            if (texts != null) {
                return CategoricalColumn.of(name, Arrays.copyOf(texts, size));
            }
            double[] values = Arrays.copyOf(numbers, size);
            boolean binary = forced == ColumnType.BINARY || (forced == null && Dataset.isZeroOne(values));
            if (forced == ColumnType.BINARY && !Dataset.isZeroOne(values)) {
                throw new DataFormatException(sourceName + ": column '" + name + "' is declared BINARY but has values"
                        + " other than 0 and 1");
            }
            return new NumericColumn(name, values, null, binary);
        }
    }

    /** A growable list of booleans that remembers how many are true. */
    private static final class BooleanList {
        private boolean[] values = new boolean[1024];
        private int size;
        private int trues;

        void add(boolean v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
            if (v) {
                trues++;
            }
        }

        int count() {
            return trues;
        }

        int[] indicesOfFalse() {
            int[] out = new int[size - trues];
            int k = 0;
            for (int i = 0; i < size; i++) {
                if (!values[i]) {
                    out[k++] = i;
                }
            }
            return out;
        }
    }
}
