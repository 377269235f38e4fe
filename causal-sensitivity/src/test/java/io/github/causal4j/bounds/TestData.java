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
package io.github.causal4j.bounds;

import io.github.causal4j.data.CsvOptions;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.data.MissingValues;
import java.nio.file.Path;

/** The reference data sets of datasets/ (see datasets/README.md). */
final class TestData {

    private TestData() {
    }

    static Path path(String file) {
        return Path.of(System.getProperty("causal4j.datasets", "../datasets"), file);
    }

    static Dataset read(String file) {
        return Dataset.readCsv(path(file));
    }

    /** The Lee files have an empty outcome where s = 0. */
    static Dataset readKeepingMissing(String file) {
        return Dataset.readCsv(path(file), CsvOptions.defaults().withMissing(MissingValues.KEEP));
    }

    /** The rows of balke_pearl_tables.csv for one table. */
    static Dataset balkePearlTable(String table) {
        Dataset all = read("balke_pearl_tables.csv");
        io.github.causal4j.data.CategoricalColumn names = all.categorical("table");
        int[] rows = java.util.stream.IntStream.range(0, all.rowCount()).filter(i -> names.label(i).equals(table))
                .toArray();
        if (rows.length == 0) {
            throw new IllegalArgumentException("no table " + table);
        }
        return all.rows(rows).without(java.util.List.of("table"));
    }
}
