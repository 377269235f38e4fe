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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReadingTest {

    private static Dataset read(String csv) {
        return Dataset.readCsv(new StringReader(csv), CsvOptions.defaults());
    }

    private static Dataset read(String csv, CsvOptions options) {
        return Dataset.readCsv(new StringReader(csv), options);
    }

    private static String messageOf(String csv) {
        return assertThrows(DataFormatException.class, () -> read(csv)).getMessage();
    }

    @Test
    void infersNumericBinaryAndCategoricalColumns() {
        Dataset d = read("x,d,g\n1.5,0,a\n2,1,b\n-3e2,1,a\n");
        assertEquals(3, d.rowCount());
        assertEquals(ColumnType.NUMERIC, d.column("x").type());
        assertEquals(ColumnType.BINARY, d.column("d").type());
        assertEquals(ColumnType.CATEGORICAL, d.column("g").type());
        assertEquals(-300.0, d.numeric("x").get(2));
        assertEquals(List.of("a", "b"), d.categorical("g").levels());
        assertEquals("a", d.categorical("g").referenceLevel());
    }

    @Test
    void aColumnTurnsCategoricalWhenALaterValueIsText() {
        // The first rows are read as numbers; the second pass must recover their exact text.
        Dataset d = read("id,code\n1,007\n2,1.50\n3,x9\n");
        CategoricalColumn code = d.categorical("code");
        assertEquals("007", code.label(0));
        assertEquals("1.50", code.label(1));
        assertEquals("x9", code.label(2));
        assertEquals(ColumnType.NUMERIC, d.column("id").type());
    }

    @Test
    void quotedFieldsDelimitersAndNewlines() {
        Dataset d = read("name,v\n\"Smith, John\",1\n\"line\nbreak\",2\n\"say \"\"hi\"\"\",3\n");
        assertEquals("Smith, John", d.categorical("name").label(0));
        assertEquals("line\nbreak", d.categorical("name").label(1));
        assertEquals("say \"hi\"", d.categorical("name").label(2));
        assertEquals(3.0, d.numeric("v").get(2));
    }

    @Test
    void byteOrderMarkIsSkipped() {
        Dataset d = read("\uFEFFa,b\n1,2\n");
        assertEquals(List.of("a", "b"), d.columnNames());
    }

    @Test
    void otherDelimiters() {
        Dataset d = read("a;b\n1,5;2\n", CsvOptions.defaults().withDelimiter(';'));
        assertEquals(ColumnType.CATEGORICAL, d.column("a").type());
        assertEquals("1,5", d.categorical("a").label(0));
    }

    @Test
    void missingValueIsAnErrorNamingColumnAndLine() {
        String message = messageOf("a,b\n1,2\n3,\n5,6\n");
        assertTrue(message.contains("line 3"), message);
        assertTrue(message.contains("'b'"), message);
    }

    @Test
    void missingValueLineCountsEmbeddedNewlines() {
        String message = messageOf("a,b\n\"x\ny\",2\nz,NA\n");
        assertTrue(message.contains("line 4"), message);
    }

    @Test
    void missingValuesCanBeDroppedOrKept() {
        String csv = "a,b\n1,2\n3,\nNA,6\n7,8\n";
        Dataset dropped = read(csv, CsvOptions.defaults().withMissing(MissingValues.DROP_ROWS));
        assertEquals(2, dropped.rowCount());
        assertEquals(7.0, dropped.numeric("a").get(1));
        Dataset kept = read(csv, CsvOptions.defaults().withMissing(MissingValues.KEEP));
        assertEquals(4, kept.rowCount());
        assertTrue(kept.column("b").isMissing(1));
        assertEquals(1, kept.column("a").missingCount());
        DataFormatException e = assertThrows(DataFormatException.class, () -> kept.requireComplete(List.of("a", "b")));
        assertTrue(e.getMessage().contains("column 'a' at row 3"), e.getMessage());
        assertEquals(2, kept.dropMissing().rowCount());
    }

    @Test
    void missingTextInACategoricalColumnIsKeptAsNull() {
        Dataset d = read("g,v\na,1\n,2\nb,3\n", CsvOptions.defaults().withMissing(MissingValues.KEEP));
        assertNull(d.categorical("g").label(1));
        assertEquals(-1, d.categorical("g").code(1));
    }

    @Test
    void nonFiniteNumbersAreErrors() {
        String message = messageOf("a,b\n1,2\n3,Inf\n");
        assertTrue(message.contains("non-finite") && message.contains("line 3") && message.contains("'b'"), message);
        assertTrue(messageOf("a\nNaN\n").contains("non-finite"));
        assertTrue(messageOf("a\n1e999\n").contains("non-finite"));
    }

    @Test
    void raggedRowsAreErrorsWithLineNumbers() {
        String message = messageOf("a,b\n1,2\n3,4,5\n");
        assertTrue(message.contains("line 3") && message.contains("3 fields") && message.contains("has 2"), message);
    }

    @Test
    void headerProblemsAreErrors() {
        assertTrue(messageOf("").contains("empty"));
        assertTrue(messageOf("a,,c\n1,2,3\n").contains("column 2 has an empty name"));
        String duplicate = messageOf("a,b,a\n1,2,3\n");
        assertTrue(duplicate.contains("duplicate column name 'a'") && duplicate.contains("columns 1 and 3"), duplicate);
    }

    @Test
    void blankLinesAreSkipped() {
        Dataset d = read("a,b\n1,2\n\n3,4\n\n");
        assertEquals(2, d.rowCount());
    }

    @Test
    void headerOnlyGivesZeroRows() {
        Dataset d = read("a,b\n");
        assertEquals(0, d.rowCount());
        assertEquals(2, d.columnCount());
    }

    @Test
    void typeOverrides() {
        Dataset d = read("zip,flag\n01234,1\n99999,0\n", CsvOptions.defaults()
                .withType("zip", ColumnType.CATEGORICAL).withType("flag", ColumnType.NUMERIC));
        assertEquals("01234", d.categorical("zip").label(0));
        assertEquals(ColumnType.NUMERIC, d.column("flag").type());
        String message = assertThrows(DataFormatException.class, () -> read("a\n1\nx\n",
                CsvOptions.defaults().withType("a", ColumnType.NUMERIC))).getMessage();
        assertTrue(message.contains("line 3") && message.contains("declared NUMERIC"), message);
        assertThrows(DataFormatException.class, () -> read("a\n1\n2\n",
                CsvOptions.defaults().withType("a", ColumnType.BINARY)));
        assertThrows(IllegalArgumentException.class, () -> read("a\n1\n",
                CsvOptions.defaults().withType("nope", ColumnType.BINARY)));
    }

    @Test
    void strictNumbersDoNotCoerceSilently() {
        // "1d" would be 1.0 to Double.parseDouble; here it makes the column text.
        Dataset d = read("a\n1d\n2\n");
        assertEquals(ColumnType.CATEGORICAL, d.column("a").type());
    }

    @Test
    void missingFileIsAnIoError(@TempDir Path dir) {
        assertThrows(UncheckedIOException.class, () -> Dataset.readCsv(dir.resolve("nope.csv")));
    }

    @Test
    void writeThenReadRoundTrips(@TempDir Path dir) throws Exception {
        Dataset d = Dataset.builder()
                .numeric("x", new double[] {0.1, -2.5e-7, 1e300, 3, -0.0})
                .binary("d", new double[] {0, 1, 1, 0, 1})
                .categorical("g", new String[] {"a, b", "q\"uote", "plain", "line\nbreak", "plain"})
                .build();
        Path file = dir.resolve("out.csv");
        d.writeCsv(file);
        Dataset back = Dataset.readCsv(file);
        assertEquals(d, back);
        assertEquals(d.sha256(), back.sha256());
        assertTrue(Files.readString(file).startsWith("x,d,g\n0.1,0,\"a, b\"\n"));
    }
}
