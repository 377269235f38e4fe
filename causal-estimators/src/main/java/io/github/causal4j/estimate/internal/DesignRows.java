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
package io.github.causal4j.estimate.internal;

import io.github.causal4j.data.CategoricalColumn;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.DesignMatrix;
import io.github.causal4j.estimate.Parallelism;
import io.github.causal4j.estimate.stats.BlockStatistics;
import io.github.causal4j.estimate.stats.RowBlock;
import io.github.causal4j.estimate.stats.RowLayout;
import io.github.causal4j.estimate.stats.RowPasses;
import io.github.causal4j.estimate.stats.StatisticsFactory;
import io.github.causal4j.estimate.stats.VariableSummary;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * {@link RowPasses} over data in memory: the columns of a {@link DesignMatrix} followed by per-row
 * variables given as arrays. A pass cuts the rows into the fixed chunks of {@link RowChunks} (one
 * fresh statistics per chunk, blocks of {@link RowChunks#BLOCK_ROWS} rows) and merges the chunks'
 * statistics in chunk order, so any thread count gives the same bits. The caller has checked that
 * every variable value is finite.
 */
public final class DesignRows implements RowPasses {

    private final DesignMatrix design;
    private final RowLayout layout;
    private final double[][] variables;
    private final Parallelism parallelism;
    private final Supplier<String> digest;
    private final Map<String, VariableSummary> summaries = new ConcurrentHashMap<>();

    private DesignRows(DesignMatrix design, List<String> names, List<double[]> values, Parallelism parallelism,
            Supplier<String> digest) {
        this.design = design;
        this.layout = design.layout(names);
        if (values.size() != names.size()) {
            throw new IllegalArgumentException(names.size() + " variable names for " + values.size() + " arrays");
        }
        this.variables = values.toArray(new double[0][]);
        for (int j = 0; j < variables.length; j++) {
            if (variables[j].length != design.rowCount()) {
                throw new IllegalArgumentException("variable '" + names.get(j) + "' has " + variables[j].length
                        + " values for " + design.rowCount() + " rows");
            }
        }
        this.parallelism = parallelism;
        this.digest = digest;
    }

    /**
     * @param design the design columns
     * @param names names of the per-row variables
     * @param values their values, one finite value per row each
     * @param parallelism threads for the passes
     * @param digest the content digest of the data, computed on request (for provenance)
     * @return the rows
     */
    public static DesignRows of(DesignMatrix design, List<String> names, List<double[]> values, Parallelism parallelism,
            Supplier<String> digest) {
        return new DesignRows(Objects.requireNonNull(design, "design"), names, values, parallelism, digest);
    }

    /** @return the design */
    public DesignMatrix design() {
        return design;
    }

    /**
     * @param name a variable
     * @return its values (the caller's array)
     */
    public double[] variable(String name) {
        return variables[layout.variableColumn(name) - layout.designWidth()];
    }

    @Override
    public RowLayout layout() {
        return layout;
    }

    @Override
    public long rowCount() {
        return design.rowCount();
    }

    @Override
    public VariableSummary summary(String variable) {
        return summaries.computeIfAbsent(variable, v -> VariableSummary.of(v, variable(v)));
    }

    @Override
    public <S extends BlockStatistics<S>> S pass(StatisticsFactory<S> factory) {
        int n = design.rowCount();
        int p = layout.designWidth();
        int width = layout.width();
        return RowChunks.reduce(n, parallelism, (from, to) -> {
            S statistics = factory.create();
            RowBlock block = new RowBlock(width, RowChunks.BLOCK_ROWS);
            double[] values = block.values();
            for (int start = from; start < to; start += RowChunks.BLOCK_ROWS) {
                int end = Math.min(to, start + RowChunks.BLOCK_ROWS);
                int m = end - start;
                design.fill(start, end, values, width);
                for (int j = 0; j < variables.length; j++) {
                    double[] v = variables[j];
                    for (int i = 0, k = p + j; i < m; i++, k += width) {
                        values[k] = v[start + i];
                    }
                }
                block.setRows(m, start, -1);
                statistics.add(block);
            }
            return statistics;
        }, BlockStatistics::merge);
    }

    /** Names the level of a categorical column of the design's data; otherwise as {@link RowPasses}. */
    @Override
    public String describe(String variable, double value) {
        Dataset data = design.data();
        if (data.hasColumn(variable) && data.column(variable) instanceof CategoricalColumn categorical
                && value >= 0 && value < categorical.levels().size() && value == Math.rint(value)) {
            return "'" + categorical.levels().get((int) value) + "'";
        }
        return RowPasses.super.describe(variable, value);
    }

    @Override
    public String digest() {
        return digest.get();
    }

    /** @return e.g. {@code "DesignRows[1276 rows, RowLayout[...]]"} */
    @Override
    public String toString() {
        return "DesignRows[" + design.rowCount() + " rows, " + layout + "]";
    }
}
