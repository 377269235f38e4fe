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
package io.github.causal4j.estimate.analysis;

import io.github.causal4j.data.CategoricalColumn;
import io.github.causal4j.data.Column;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.data.NumericColumn;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A short description of the data an analysis used: rows, the digest, and for each variable of the
 * analysis its type, missing values and either its mean, standard deviation and range (numeric) or
 * its number of levels (categorical).
 *
 * @param rows the number of rows
 * @param columns the number of columns in the data
 * @param sha256 the data's content digest
 * @param variables one line per variable used, in the order given
 */
public record DataSummary(int rows, int columns, String sha256, List<Variable> variables) {

    /**
     * One variable.
     *
     * @param name its column
     * @param type {@code numeric}, {@code binary} or {@code categorical}
     * @param missing missing values
     * @param mean the mean of the observed values (NaN for categorical: not written to JSON)
     * @param sd their sample standard deviation (NaN for categorical or a single value)
     * @param min the smallest value (NaN for categorical)
     * @param max the largest value (NaN for categorical)
     * @param levels the number of levels (0 for numeric)
     */
    public record Variable(String name, String type, int missing, double mean, double sd, double min, double max,
            int levels) {

        /** Validates. */
        public Variable {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }

    /** Validates and copies. */
    public DataSummary {
        Objects.requireNonNull(sha256, "sha256");
        variables = List.copyOf(variables);
    }

    /**
     * @param data the data
     * @param names the variables to describe (columns of the data; duplicates dropped)
     * @return the summary; cost {@code O(n)} per variable
     */
    public static DataSummary of(Dataset data, Collection<String> names) {
        List<Variable> out = new ArrayList<>();
        for (String name : new LinkedHashSet<>(names)) {
            Column c = data.column(name);
            if (c instanceof CategoricalColumn k) {
                out.add(new Variable(name, "categorical", c.missingCount(), Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                        k.levels().size()));
                continue;
            }
            NumericColumn n = (NumericColumn) c;
            double sum = 0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            int count = 0;
            for (int i = 0; i < n.size(); i++) {
                if (!n.isMissing(i)) {
                    double v = n.get(i);
                    sum += v;
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                    count++;
                }
            }
            double mean = count == 0 ? Double.NaN : sum / count;
            double ss = 0;
            for (int i = 0; i < n.size(); i++) {
                if (!n.isMissing(i)) {
                    ss += (n.get(i) - mean) * (n.get(i) - mean);
                }
            }
            out.add(new Variable(name, n.isBinary() ? "binary" : "numeric", c.missingCount(), mean,
                    count > 1 ? Math.sqrt(ss / (count - 1)) : Double.NaN, count == 0 ? Double.NaN : min,
                    count == 0 ? Double.NaN : max, 0));
        }
        return new DataSummary(data.rowCount(), data.columnCount(), data.sha256(), out);
    }
}
