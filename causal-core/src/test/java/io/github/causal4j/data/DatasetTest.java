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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetTest {

    static Path dataset(String name) {
        return Path.of(System.getProperty("causal4j.datasets"), name);
    }

    @Test
    void readsTheDarfurSurvey() {
        // datasets/README.md: 1276 rows, 14 columns, 486 village labels (case-sensitive),
        // 529 directly harmed, 1051 farmers, 190 herders, 821 past voters, 582 women.
        Dataset darfur = Dataset.readCsv(dataset("darfur.csv"));
        assertEquals(1276, darfur.rowCount());
        assertEquals(14, darfur.columnCount());
        CategoricalColumn village = darfur.categorical("village");
        assertEquals(486, village.levels().size());
        assertTrue(village.levels().contains("Furawiya") && village.levels().contains("FuraWiya"));
        assertEquals(529.0, sum(darfur.numeric("directlyharmed")));
        assertEquals(1051.0, sum(darfur.numeric("farmer_dar")));
        assertEquals(190.0, sum(darfur.numeric("herder_dar")));
        assertEquals(821.0, sum(darfur.numeric("pastvoted")));
        assertEquals(582.0, sum(darfur.numeric("female")));
        assertEquals(ColumnType.BINARY, darfur.column("directlyharmed").type());
        assertEquals(ColumnType.NUMERIC, darfur.column("peacefactor").type());
        // Row 2 of the file: peacefactor has 16 significant digits and must be read exactly.
        assertEquals(0.7068307207217581, darfur.numeric("peacefactor").get(1));
    }

    @Test
    void darfurRoundTripsThroughCsv(@TempDir Path dir) {
        Dataset darfur = Dataset.readCsv(dataset("darfur.csv"));
        Path copy = dir.resolve("darfur.csv");
        darfur.writeCsv(copy);
        Dataset back = Dataset.readCsv(copy);
        assertEquals(darfur, back);
        assertEquals(darfur.sha256(), back.sha256());
        assertEquals(486, back.categorical("village").levels().size());
    }

    @Test
    void readsEveryReferenceDataSet() {
        for (String name : List.of("lalonde_psid.csv", "cigarettes_1995.csv", "card1995.csv", "petersen_cl.csv",
                "proximal_linear.csv", "proximal_binary.csv", "manski_synthetic.csv", "balke_pearl_tables.csv",
                "grunfeld.csv")) {
            Dataset d = Dataset.readCsv(dataset(name));
            assertTrue(d.rowCount() > 0, name);
        }
        Dataset lee = Dataset.readCsv(dataset("lee_trim_exact.csv"), CsvOptions.defaults().withMissing(MissingValues.KEEP));
        assertEquals(1000, lee.rowCount());
        assertTrue(lee.column("y").missingCount() > 0);
    }

    @Test
    void rowViewsShareStorageAndCompose() {
        Dataset d = Dataset.builder()
                .numeric("x", new double[] {10, 11, 12, 13, 14})
                .categorical("g", new String[] {"a", "b", "c", "a", "b"})
                .build();
        Dataset view = d.rows(new int[] {4, 4, 0});
        assertArrayEquals(new double[] {14, 14, 10}, view.numeric("x").toArray());
        assertEquals("b", view.categorical("g").label(0));
        Dataset nested = view.rows(new int[] {2, 0});
        assertArrayEquals(new double[] {10, 14}, nested.numeric("x").toArray());
        assertEquals(List.of("a", "b", "c"), nested.categorical("g").levels());
        double[] block = new double[5];
        view.numeric("x").copyTo(1, 3, block, 2);
        assertArrayEquals(new double[] {0, 0, 14, 10, 0}, block);
        assertThrows(IndexOutOfBoundsException.class, () -> d.rows(new int[] {5}));
    }

    @Test
    void countTablesExpandToOneRowPerUnit() {
        Dataset table = Dataset.builder()
                .binary("z", new double[] {0, 0, 1, 1})
                .categorical("g", new String[] {"a", "b", "a", "b"})
                .numeric("count", new double[] {2, 0, 1, 3})
                .build();
        Dataset units = table.expandCounts("count");
        assertEquals(List.of("z", "g"), units.columnNames());
        assertArrayEquals(new double[] {0, 0, 1, 1, 1, 1}, units.numeric("z").toArray());
        assertEquals("a", units.categorical("g").label(1));
        assertEquals("b", units.categorical("g").label(5));
        assertTrue(units.numeric("z").isBinary(), "types survive the expansion");
        // Balke & Pearl (1997) lipid research clinics table: 337 participants (datasets/README.md)
        Dataset tables = Dataset.readCsv(dataset("balke_pearl_tables.csv"));
        int[] lipidRows = java.util.stream.IntStream.range(0, tables.rowCount())
                .filter(i -> tables.categorical("table").label(i).equals("lipid_research_clinics")).toArray();
        assertEquals(337, tables.rows(lipidRows).expandCounts("count").rowCount());
        IllegalArgumentException fractional = assertThrows(IllegalArgumentException.class, () -> Dataset.builder()
                .numeric("n", new double[] {1, 2.5}).build().expandCounts("n"));
        assertEquals("count column 'n' must hold non-negative whole numbers; row 2 has 2.5", fractional.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Dataset.builder().numeric("n", new double[] {-1}).build()
                .expandCounts("n"));
    }

    @Test
    void digestDependsOnContentNotOnViews() {
        Dataset d = Dataset.builder().numeric("x", new double[] {1, 2, 3}).build();
        Dataset same = d.rows(new int[] {0, 1, 2});
        assertEquals(d.sha256(), same.sha256());
        assertNotEquals(d.sha256(), d.rows(new int[] {2, 1, 0}).sha256());
        assertNotEquals(d.sha256(), Dataset.builder().numeric("y", new double[] {1, 2, 3}).build().sha256());
        assertEquals(64, d.sha256().length());
    }

    @Test
    void categoricalReferenceAndIndicators() {
        Dataset d = Dataset.builder().categorical("g", new String[] {"b", "a", "c", "b"}, "b").build();
        CategoricalColumn g = d.categorical("g");
        assertEquals("b", g.referenceLevel());
        assertEquals(List.of("a", "c"), g.dummyLevels());
        assertArrayEquals(new double[] {0, 1, 0, 0}, g.indicator("a"));
        assertArrayEquals(new int[] {1, 2, 1}, g.levelCounts());
        assertEquals("c", d.withReference("g", "c").categorical("g").referenceLevel());
        assertThrows(IllegalArgumentException.class, () -> g.withReference("z"));
    }

    @Test
    void builderRejectsBadArrays() {
        String nan = assertThrows(IllegalArgumentException.class,
                () -> Dataset.builder().numeric("x", new double[] {1, Double.NaN})).getMessage();
        assertTrue(nan.contains("'x'") && nan.contains("row 1"), nan);
        assertThrows(IllegalArgumentException.class, () -> Dataset.builder().binary("d", new double[] {0, 2}));
        String lengths = assertThrows(IllegalArgumentException.class, () -> Dataset.builder()
                .numeric("x", new double[] {1, 2}).numeric("y", new double[] {1}).build()).getMessage();
        assertTrue(lengths.contains("'y' has 1 rows"), lengths);
        assertThrows(IllegalArgumentException.class, () -> Dataset.builder()
                .numeric("x", new double[] {1}).numeric("x", new double[] {1}).build());
        assertThrows(IllegalArgumentException.class, () -> Dataset.builder().categorical("g", new String[] {null}));
    }

    @Test
    void unknownColumnNamesTheColumns() {
        Dataset d = Dataset.builder().numeric("x", new double[] {1}).build();
        String message = assertThrows(IllegalArgumentException.class, () -> d.column("y")).getMessage();
        assertTrue(message.contains("'y'") && message.contains("[x]"), message);
        assertThrows(IllegalArgumentException.class, () -> d.categorical("x"));
    }

    @Test
    void selectWithAndWithout() {
        Dataset d = Dataset.builder().numeric("x", new double[] {1, 2}).numeric("y", new double[] {3, 4}).build();
        assertEquals(List.of("y"), d.select(List.of("y")).columnNames());
        assertEquals(List.of("x"), d.without(Set.of("y")).columnNames());
        Dataset more = d.withNumeric("z", new double[] {5, 6});
        assertEquals(List.of("x", "y", "z"), more.columnNames());
        assertEquals(6.0, more.numeric("z").get(1));
        assertEquals(3, new HashSet<>(more.columnNames()).size());
        assertTrue(d.toString().contains("2 rows x 2 columns"));
    }

    private static double sum(NumericColumn c) {
        double s = 0;
        for (double v : c.toArray()) {
            s += v;
        }
        return s;
    }
}
