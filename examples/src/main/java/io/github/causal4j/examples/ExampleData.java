package io.github.causal4j.examples;

import io.github.causal4j.data.CategoricalColumn;
import io.github.causal4j.data.Column;
import io.github.causal4j.data.ColumnType;
import io.github.causal4j.data.Dataset;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/** What every example needs before its analysis: the data-set directory, a bundled file, a count table as rows. */
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

    /**
     * One table of a file holding several count tables: the rows whose {@code column} is {@code table},
     * without that column.
     */
    static Dataset table(Dataset all, String column, String table) {
        CategoricalColumn names = all.categorical(column);
        int[] rows = IntStream.range(0, all.rowCount()).filter(i -> names.label(i).equals(table)).toArray();
        if (rows.length == 0) {
            throw new IllegalArgumentException("no table '" + table + "' in column '" + column + "', only " + names.levels());
        }
        return all.rows(rows).without(List.of(column));
    }

    /**
     * A count table expanded to one row per unit: each row repeated {@code count} times (a whole
     * number), the count column dropped, the other (numeric or binary) columns kept with their types.
     */
    static Dataset expandCounts(Dataset table, String count) {
        double[] counts = table.numeric(count).toArray();
        int[] repeat = new int[counts.length];
        int n = 0;
        for (int i = 0; i < counts.length; i++) {
            if (!(counts[i] >= 0 && counts[i] == Math.rint(counts[i]))) {
                throw new IllegalArgumentException("column '" + count + "', row " + (i + 1)
                        + ": a count must be a whole number >= 0, got " + counts[i]);
            }
            repeat[i] = (int) counts[i];
            n = Math.addExact(n, repeat[i]);
        }
        Dataset.Builder rows = Dataset.builder();
        for (Column c : table.columns()) {
            if (c.name().equals(count)) {
                continue;
            }
            double[] values = table.numeric(c.name()).toArray();
            double[] expanded = new double[n];
            for (int i = 0, k = 0; i < values.length; i++) {
                for (int j = 0; j < repeat[i]; j++) {
                    expanded[k++] = values[i];
                }
            }
            if (c.type() == ColumnType.BINARY) {
                rows.binary(c.name(), expanded);
            } else {
                rows.numeric(c.name(), expanded);
            }
        }
        return rows.build();
    }
}
