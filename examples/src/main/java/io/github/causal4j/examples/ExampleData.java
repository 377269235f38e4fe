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
package io.github.causal4j.examples;

import io.github.causal4j.data.CategoricalColumn;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.graph.CausalGraph;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/** What every example needs before its analysis: the data-set directory, a data set or graph in it, a table. */
final class ExampleData {

    private ExampleData() {
    }

    /** @return {@code args[0]}, or {@code datasets} (the repository's directory, from its root) */
    static Path directory(String[] args) {
        return Path.of(args.length > 0 ? args[0] : "datasets");
    }

    /** @return the CSV file {@code name} of the data-set directory */
    static Dataset read(Path datasets, String name) {
        return Dataset.readCsv(datasets.resolve(name));
    }

    /** @return the causal graph {@code name} (dagitty or DOT) of the data-set directory */
    static CausalGraph graph(Path datasets, String name) {
        return CausalGraph.read(datasets.resolve(name));
    }

    /**
     * One table of a file holding several count tables: the rows whose {@code column} is {@code table},
     * without that column.
     */
    static Dataset table(Dataset all, String column, String table) {
        CategoricalColumn names = all.categorical(column);
        int[] rows = IntStream.range(0, all.rowCount()).filter(i -> names.label(i).equals(table)).toArray();
        if (rows.length == 0) {
            throw new IllegalArgumentException("no table '" + table + "' in column '" + column + "', only "
                    + names.levels());
        }
        return all.rows(rows).without(List.of(column));
    }
}
