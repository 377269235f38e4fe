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
package io.github.causal4j.estimate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.data.DataFormatException;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.data.CsvOptions;
import io.github.causal4j.data.MissingValues;
import java.io.StringReader;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DesignMatrixTest {

    private static Dataset small() {
        return Dataset.builder()
                .numeric("y", new double[] {1, 2, 3, 4, 5, 6})
                .numeric("x", new double[] {0.5, 1.5, -2, 3, 4, 7})
                .categorical("g", new String[] {"b", "a", "c", "b", "a", "c"})
                .build();
    }

    @Test
    void namesInterceptNumericAndDummiesWithoutTheReferenceLevel() {
        DesignMatrix x = DesignMatrix.of(small(), List.of("x", "g"));
        // reference level "a" (first in code-point order) is left out, as R's contr.treatment
        assertEquals(List.of("(Intercept)", "x", "g=b", "g=c"), x.columnNames());
        assertArrayEquals(new int[] {2, 3}, x.columnsOfTerm("g"));
        assertEquals("g", x.termOf(3));
        assertEquals(null, x.termOf(0));
        assertEquals(3, x.columnIndex("g=c"));
        double[] block = new double[6 * 5];
        x.fill(0, 6, block, 5);
        double[][] expected = {
            {1, 0.5, 1, 0}, {1, 1.5, 0, 0}, {1, -2, 0, 1}, {1, 3, 1, 0}, {1, 4, 0, 0}, {1, 7, 0, 1}};
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(expected[i][j], block[i * 5 + j], "row " + i + " column " + j);
            }
        }
    }

    @Test
    void anotherReferenceLevelAndNoIntercept() {
        Dataset d = small().withReference("g", "c");
        DesignMatrix x = DesignMatrix.of(d, List.of("g"), false);
        assertEquals(List.of("g=a", "g=b"), x.columnNames());
        assertArrayEquals(new double[] {0, 1, 0, 0, 1, 0}, x.column(0));
    }

    @Test
    void levelsAbsentFromTheRowsGetNoColumnAndAnAbsentReferenceIsReplaced() {
        Dataset d = small().rows(new int[] {0, 2, 3, 5});   // levels b, c only: "a" (reference) absent
        DesignMatrix x = DesignMatrix.of(d, List.of("g"));
        assertEquals(List.of("(Intercept)", "g=c"), x.columnNames());
    }

    @Test
    void onRowsKeepsTheColumnsOfTheFullDesign() {
        DesignMatrix x = DesignMatrix.of(small(), List.of("x", "g"));
        DesignMatrix sub = x.onRows(new int[] {0, 3});    // both rows are "b"
        assertEquals(x.columnNames(), sub.columnNames());
        assertArrayEquals(new double[] {0, 0}, sub.column(3));
        assertArrayEquals(new double[] {1, 1}, sub.column(2));
    }

    @Test
    void singleLevelCategoricalIsAConstantError() {
        Dataset d = small().rows(new int[] {0, 3});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DesignMatrix.of(d, List.of("g")));
        assertTrue(e.getMessage().contains("'g'") && e.getMessage().contains("constant"), e.getMessage());
    }

    @Test
    void missingValueIsAnErrorNamingColumnAndRow() {
        Dataset d = Dataset.readCsv(new StringReader("y,x\n1,2\n2,\n3,4\n"),
                CsvOptions.defaults().withMissing(MissingValues.KEEP));
        DataFormatException e = assertThrows(DataFormatException.class, () -> DesignMatrix.of(d, List.of("x")));
        assertTrue(e.getMessage().contains("'x'") && e.getMessage().contains("row 2"), e.getMessage());
    }

    @Test
    void unknownAndRepeatedTermsAreErrors() {
        assertThrows(IllegalArgumentException.class, () -> DesignMatrix.of(small(), List.of("nope")));
        assertThrows(IllegalArgumentException.class, () -> DesignMatrix.of(small(), List.of("x", "x")));
        assertThrows(IllegalArgumentException.class, () -> DesignMatrix.of(small(), List.of(), false));
    }

    @Test
    void darfurVillageDummiesAreNamedTermEqualsLevel() {
        DesignMatrix x = DesignMatrix.of(TestData.read("darfur.csv"), List.of("directlyharmed", "village"));
        assertEquals(2 + 485, x.columnCount());
        // R: names(coef(lm(...)))[9:10] = "villageAbdi Dar", "villageAbu Dejaj" (estimation_ols.R)
        assertTrue(x.hasColumn("village=Abdi Dar") && x.hasColumn("village=Abu Dejaj"));
    }

    /** Every block decomposition of the rows reads the same values as one column at a time. */
    @Property(tries = 50)
    void blocksAgreeWithColumns(@ForAll @IntRange(min = 0, max = 5) int from, @ForAll @IntRange(min = 0, max = 6) int len,
            @ForAll @IntRange(min = 4, max = 7) int stride) {
        int to = Math.min(6, from + len);
        DesignMatrix x = DesignMatrix.of(small(), List.of("g", "x"));
        double[] block = new double[Math.max(1, (to - from) * stride)];
        java.util.Arrays.fill(block, Double.NaN);
        x.fill(from, to, block, stride);
        for (int j = 0; j < x.columnCount(); j++) {
            double[] column = x.column(j);
            for (int i = from; i < to; i++) {
                assertEquals(column[i], block[(i - from) * stride + j]);
            }
            for (int i = from; i < to && x.columnCount() < stride; i++) {
                assertTrue(Double.isNaN(block[(i - from) * stride + x.columnCount()]), "padding untouched");
            }
        }
    }
}
