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
package io.github.causal4j.spark;

import io.github.causal4j.estimate.stats.BlockStatistics;
import io.github.causal4j.estimate.stats.RowBlock;
import io.github.causal4j.estimate.stats.RowLayout;
import io.github.causal4j.estimate.stats.RowPasses;
import io.github.causal4j.estimate.stats.StatisticsFactory;
import io.github.causal4j.estimate.stats.VariableSummary;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@link RowPasses} over a Spark DataFrame: each pass is one Spark job in which every partition
 * fills fresh statistics from its rows, 256 rows per block, and the driver merges the partitions'
 * statistics in partition order (so repeating a pass on the same partitioning gives the same bits).
 * The DataFrame was checked by {@link SparkDataset} when these rows were made; the variable
 * summaries come from that check.
 */
final class SparkRows implements RowPasses {

    /** Rows per block handed to the statistics (the block size of passes in memory). */
    static final int BLOCK_ROWS = 256;

    private final Dataset<Row> projected;
    private final RowLayout layout;
    private final RowEncoder encoder;
    private final long count;
    private final Map<String, VariableSummary> summaries;

    SparkRows(Dataset<Row> projected, RowLayout layout, RowEncoder encoder, long count,
            Map<String, VariableSummary> summaries) {
        this.projected = projected;
        this.layout = layout;
        this.encoder = encoder;
        this.count = count;
        this.summaries = Map.copyOf(summaries);
    }

    @Override
    public RowLayout layout() {
        return layout;
    }

    @Override
    public long rowCount() {
        return count;
    }

    @Override
    public VariableSummary summary(String variable) {
        layout.variableColumn(variable);
        VariableSummary s = summaries.get(variable);
        if (s == null) {
            throw new IllegalArgumentException("'" + variable + "' holds the cluster keys of a categorical column; it has "
                    + "no numeric summary");
        }
        return s;
    }

    @Override
    public <S extends BlockStatistics<S>> S pass(StatisticsFactory<S> factory) {
        JavaRDD<Row> rdd = projected.toJavaRDD();
        RowEncoder enc = encoder;
        int width = layout.width();
        Function2<Integer, Iterator<Row>, Iterator<S>> partition = (index, rowsOfPartition) -> {
            S statistics = factory.create();
            RowBlock block = new RowBlock(width, BLOCK_ROWS);
            double[] values = block.values();
            long first = 0;
            int m = 0;
            while (rowsOfPartition.hasNext()) {
                enc.fill(rowsOfPartition.next(), values, m * width, index);
                if (++m == BLOCK_ROWS) {
                    block.setRows(m, first, index);
                    statistics.add(block);
                    first += m;
                    m = 0;
                }
            }
            if (m > 0) {
                block.setRows(m, first, index);
                statistics.add(block);
            }
            return Collections.singletonList(statistics).iterator();
        };
        List<S> partials;
        try {
            partials = rdd.mapPartitionsWithIndex(partition, false).collect();
        } catch (Exception e) { // Scala code throws the checked SparkException undeclared
            throw unwrap(e);
        }
        S total = partials.get(0);
        for (int k = 1; k < partials.size(); k++) {
            total = total.merge(partials.get(k));
        }
        return total;
    }

    /** The estimator's own exception (a bad row, a unit leverage) rather than Spark's wrapper, when there is one. */
    static RuntimeException unwrap(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RuntimeException r && !t.getClass().getName().startsWith("org.apache.spark")) {
                return r;
            }
        }
        if (e instanceof RuntimeException r && !(e instanceof SparkException)) {
            return r;
        }
        return new IllegalStateException("a Spark job of the analysis failed: " + e.getMessage(), e);
    }

    /** Spark does not compute a content digest of a DataFrame; provenance records get {@code ""}. */
    @Override
    public String digest() {
        return "";
    }

    /** @return e.g. {@code "SparkRows[10000 rows, RowLayout[...]]"} */
    @Override
    public String toString() {
        return "SparkRows[" + count + " rows, " + layout + "]";
    }
}
