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

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;

/**
 * The checking pass of {@link SparkDataset}, accumulated per partition and merged on the driver: for
 * each projected column, the missing and infinite values and the summary of a numeric column, or the
 * levels of a categorical one.
 */
final class ColumnChecks implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String[] names;
    private final boolean[] categorical;
    long rows;
    private final long[] missing;
    private final long[] infinite;
    private final double[] min;
    private final double[] max;
    private final double[] sum;
    private final long[] nonBinary;
    private final List<Set<String>> levels = new ArrayList<>();

    ColumnChecks(String[] names, boolean[] categorical) {
        int c = names.length;
        this.names = names.clone();
        this.categorical = categorical.clone();
        missing = new long[c];
        infinite = new long[c];
        min = new double[c];
        max = new double[c];
        sum = new double[c];
        nonBinary = new long[c];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (int j = 0; j < c; j++) {
            levels.add(categorical[j] ? new HashSet<>() : null);
        }
    }

    void add(Row row) {
        rows++;
        for (int j = 0; j < names.length; j++) {
            if (row.isNullAt(j)) {
                missing[j]++;
            } else if (categorical[j]) {
                levels.get(j).add(row.getString(j));
            } else {
                double v = row.getDouble(j);
                if (Double.isNaN(v)) {
                    missing[j]++;
                } else if (Double.isInfinite(v)) {
                    infinite[j]++;
                } else {
                    min[j] = Math.min(min[j], v);
                    max[j] = Math.max(max[j], v);
                    sum[j] += v;
                    if (v != 0.0 && v != 1.0) {
                        nonBinary[j]++;
                    }
                }
            }
        }
    }

    ColumnChecks merge(ColumnChecks o) {
        rows += o.rows;
        for (int j = 0; j < names.length; j++) {
            missing[j] += o.missing[j];
            infinite[j] += o.infinite[j];
            min[j] = Math.min(min[j], o.min[j]);
            max[j] = Math.max(max[j], o.max[j]);
            sum[j] += o.sum[j];
            nonBinary[j] += o.nonBinary[j];
            if (categorical[j]) {
                levels.get(j).addAll(o.levels.get(j));
            }
        }
        return this;
    }

    /** @return the profile of column j, levels sorted by {@link String#compareTo} */
    ColumnProfile profile(int j) {
        List<String> sorted = categorical[j] ? List.copyOf(new TreeSet<>(levels.get(j))) : List.of();
        return new ColumnProfile(names[j], categorical[j], missing[j], infinite[j], min[j], max[j], sum[j], nonBinary[j],
                sorted);
    }
}
