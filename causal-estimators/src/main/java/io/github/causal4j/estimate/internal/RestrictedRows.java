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

import io.github.causal4j.estimate.stats.BlockStatistics;
import io.github.causal4j.estimate.stats.DesignTerm;
import io.github.causal4j.estimate.stats.RowBlock;
import io.github.causal4j.estimate.stats.RowLayout;
import io.github.causal4j.estimate.stats.RowPasses;
import io.github.causal4j.estimate.stats.StatisticsFactory;
import io.github.causal4j.estimate.stats.VariableSummary;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of another source that pass a filter (e.g. the units a trimmed estimator keeps), with
 * the design re-derived for them as {@link io.github.causal4j.estimate.DesignMatrix} derives it for a
 * subset of data: the dummy of a level no kept row has is left out, and when the reference level
 * has no kept row the first present level becomes the reference. Building the view costs one pass
 * (the kept rows' count, variable summaries and present levels); each pass over the view is one
 * pass over the source.
 */
public final class RestrictedRows implements RowPasses {

    /** Which rows to keep; serializable, as it runs wherever the source's rows are. */
    @FunctionalInterface
    public interface RowFilter extends Serializable {
        /**
         * @param values a block's values
         * @param offset the start of the row in {@code values}
         * @return whether to keep the row
         */
        boolean keep(double[] values, int offset);
    }

    private final RowPasses source;
    private final RowFilter filter;
    private final RowLayout layout;
    private final int[] columnMap;
    private final long count;
    private final Map<String, VariableSummary> summaries;

    private RestrictedRows(RowPasses source, RowFilter filter, RowLayout layout, int[] columnMap, long count,
            Map<String, VariableSummary> summaries) {
        this.source = source;
        this.filter = filter;
        this.layout = layout;
        this.columnMap = columnMap;
        this.count = count;
        this.summaries = summaries;
    }

    /**
     * @param source the rows
     * @param filter the rows to keep
     * @return the kept rows (one pass over the source)
     * @throws IllegalArgumentException if a categorical term has fewer than two levels in the kept rows
     */
    public static RestrictedRows of(RowPasses source, RowFilter filter) {
        RowLayout full = source.layout();
        int p = full.designWidth();
        int width = full.width();
        List<DesignTerm> terms = full.terms();
        // per categorical term: its first and last column, to see whether a kept row has its reference level
        List<int[]> categorical = new ArrayList<>();
        int from = full.hasIntercept() ? 1 : 0;
        for (DesignTerm t : terms) {
            int size = t.columns().size();
            if (isCategorical(t)) {
                categorical.add(new int[] {from, from + size});
            }
            from += size;
        }
        int[][] ranges = categorical.toArray(new int[0][]);
        Presence presence = source.pass(() -> new Presence(filter, p, width, ranges));
        if (presence.count == 0) {
            throw new IllegalArgumentException("no row is kept");
        }
        List<DesignTerm> kept = new ArrayList<>();
        List<Integer> map = new ArrayList<>();
        if (full.hasIntercept()) {
            map.add(0);
        }
        from = full.hasIntercept() ? 1 : 0;
        int c = 0;
        for (DesignTerm t : terms) {
            int size = t.columns().size();
            if (!isCategorical(t)) {
                kept.add(t);
                map.add(from);
            } else {
                List<Integer> present = new ArrayList<>();
                for (int j = 0; j < size; j++) {
                    if (presence.nonZero[from + j]) {
                        present.add(from + j);
                    }
                }
                if (!presence.referencePresent[c] && !present.isEmpty()) {
                    present.remove(0); // the first present level becomes the reference
                }
                if (present.isEmpty()) {
                    throw new IllegalArgumentException("categorical column '" + t.name() + "' has a single level in "
                            + "these rows: it is constant and cannot be a regressor");
                }
                List<String> columns = new ArrayList<>();
                for (int j : present) {
                    columns.add(full.designColumns().get(j));
                    map.add(j);
                }
                kept.add(new DesignTerm(t.name(), columns));
                c++;
            }
            from += size;
        }
        for (int v = 0; v < full.variables().size(); v++) {
            map.add(p + v);
        }
        RowLayout layout = RowLayout.of(full.hasIntercept(), kept, full.variables());
        Map<String, VariableSummary> summaries = new HashMap<>();
        for (int v = 0; v < full.variables().size(); v++) {
            String name = full.variables().get(v);
            summaries.put(name, new VariableSummary(name, presence.count, presence.sum[v], presence.min[v],
                    presence.max[v], presence.binary[v]));
        }
        return new RestrictedRows(source, filter, layout, map.stream().mapToInt(Integer::intValue).toArray(),
                presence.count, summaries);
    }

    /** A term is categorical when its columns are dummies rather than the term itself. */
    private static boolean isCategorical(DesignTerm t) {
        return !t.columns().equals(List.of(t.name()));
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
        return summaries.get(variable);
    }

    @Override
    public <S extends BlockStatistics<S>> S pass(StatisticsFactory<S> factory) {
        RowFilter f = filter;
        int[] map = columnMap;
        return source.pass(() -> new Restricted<>(factory.create(), f, map)).inner;
    }

    @Override
    public String digest() {
        return source.digest();
    }

    /** Feeds the kept rows, in the restricted layout, to the statistics of a pass. */
    private static final class Restricted<S extends BlockStatistics<S>> implements BlockStatistics<Restricted<S>> {
        private static final long serialVersionUID = 1L;

        private S inner;
        private final RowFilter filter;
        private final int[] map;
        private transient RowBlock kept;

        Restricted(S inner, RowFilter filter, int[] map) {
            this.inner = inner;
            this.filter = filter;
            this.map = map;
        }

        @Override
        public void add(RowBlock block) {
            int width = map.length;
            if (kept == null || kept.capacity() < block.rows()) {
                kept = new RowBlock(width, Math.max(block.rows(), RowChunks.BLOCK_ROWS));
            }
            double[] in = block.values();
            double[] out = kept.values();
            int m = 0;
            for (int i = 0; i < block.rows(); i++) {
                int base = i * block.width();
                if (filter.keep(in, base)) {
                    int to = m * width;
                    for (int j = 0; j < width; j++) {
                        out[to + j] = in[base + map[j]];
                    }
                    m++;
                }
            }
            if (m > 0) {
                kept.setRows(m, -1, -1);
                inner.add(kept);
            }
        }

        @Override
        public Restricted<S> merge(Restricted<S> other) {
            inner = inner.merge(other.inner);
            return this;
        }
    }

    /** The view-building pass: count, variable summaries, non-zero design columns, reference levels present. */
    private static final class Presence implements BlockStatistics<Presence> {
        private static final long serialVersionUID = 1L;

        private final RowFilter filter;
        private final int p;
        private final int[][] categorical;
        long count;
        final boolean[] nonZero;
        final boolean[] referencePresent;
        final double[] sum;
        final double[] min;
        final double[] max;
        final boolean[] binary;

        Presence(RowFilter filter, int p, int width, int[][] categorical) {
            this.filter = filter;
            this.p = p;
            this.categorical = categorical;
            this.nonZero = new boolean[p];
            this.referencePresent = new boolean[categorical.length];
            int v = width - p;
            this.sum = new double[v];
            this.min = new double[v];
            this.max = new double[v];
            this.binary = new boolean[v];
            java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
            java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
            java.util.Arrays.fill(binary, true);
        }

        @Override
        public void add(RowBlock block) {
            double[] values = block.values();
            int width = block.width();
            for (int i = 0; i < block.rows(); i++) {
                int base = i * width;
                if (!filter.keep(values, base)) {
                    continue;
                }
                count++;
                for (int j = 0; j < p; j++) {
                    nonZero[j] |= values[base + j] != 0.0;
                }
                for (int c = 0; c < categorical.length; c++) {
                    boolean allZero = true;
                    for (int j = categorical[c][0]; j < categorical[c][1]; j++) {
                        allZero &= values[base + j] == 0.0;
                    }
                    referencePresent[c] |= allZero;
                }
                for (int v = 0; v < sum.length; v++) {
                    double x = values[base + p + v];
                    sum[v] += x;
                    min[v] = Math.min(min[v], x);
                    max[v] = Math.max(max[v], x);
                    binary[v] &= x == 0.0 || x == 1.0;
                }
            }
        }

        @Override
        public Presence merge(Presence o) {
            count += o.count;
            for (int j = 0; j < p; j++) {
                nonZero[j] |= o.nonZero[j];
            }
            for (int c = 0; c < referencePresent.length; c++) {
                referencePresent[c] |= o.referencePresent[c];
            }
            for (int v = 0; v < sum.length; v++) {
                sum[v] += o.sum[v];
                min[v] = Math.min(min[v], o.min[v]);
                max[v] = Math.max(max[v], o.max[v]);
                binary[v] &= o.binary[v];
            }
            return this;
        }
    }
}
