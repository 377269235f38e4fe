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
package io.github.causal4j.independence;

import io.github.causal4j.data.CategoricalColumn;
import io.github.causal4j.data.Column;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.data.NumericColumn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.numbers.gamma.RegularizedGamma;

/**
 * The likelihood-ratio G-test (default) or Pearson's chi-square test of {@code x ⊥ y | Z} for
 * discrete variables, stratified by the observed configurations of {@code Z}:
 *
 * <pre>
 *   G  = 2 Σ_z Σ_ij O_ijz ln(O_ijz / E_ijz),   X² = Σ_z Σ_ij (O_ijz - E_ijz)² / E_ijz,
 *   E_ijz = O_i+z O_+jz / O_++z
 * </pre>
 *
 * <p>Degrees of freedom, with empty cells handled by the usual convention for sparse tables (as
 * in bnlearn's "adjusted degrees of freedom" tests and Tetrad's G-square test): each stratum
 * {@code z} with data adds {@code (r_z - 1)(c_z - 1)}, where {@code r_z} and {@code c_z} count the
 * levels of {@code x} and {@code y} that occur in that stratum; levels absent from a stratum add
 * no parameter. With 0 degrees of freedom there is nothing to test and the p-value is 1. This is
 * also what scipy's {@code chi2_contingency} computes on each stratum's table once its empty rows
 * and columns are dropped. p-values use the regularized upper incomplete gamma function, accurate
 * in the far tail. Cost: {@code O(n)} plus the size of the tables.
 */
public final class GTest implements IndependenceTest {

    /** Which statistic to compute. */
    public enum Statistic {
        /** The likelihood-ratio statistic G (the G-test). */
        LIKELIHOOD_RATIO,
        /** Pearson's X². */
        PEARSON
    }

    private final Statistic statistic;
    private final String weightColumn;

    private GTest(Statistic statistic, String weightColumn) {
        this.statistic = statistic;
        this.weightColumn = weightColumn;
    }

    /** @return the G-test on unweighted rows */
    public static GTest create() {
        return new GTest(Statistic.LIKELIHOOD_RATIO, null);
    }

    /**
     * @param s the statistic
     * @return this test with that statistic
     */
    public GTest withStatistic(Statistic s) {
        return new GTest(Objects.requireNonNull(s, "statistic"), weightColumn);
    }

    /**
     * @param column a numeric column of non-negative counts (each row is a cell of a count table)
     * @return this test on weighted rows
     */
    public GTest withWeight(String column) {
        return new GTest(statistic, Objects.requireNonNull(column, "column"));
    }

    @Override
    public String name() {
        return statistic == Statistic.PEARSON ? "chi-square" : "g-test";
    }

    @Override
    public IndependenceTestResult test(Dataset data, ConditionalIndependence statement) {
        List<String> names = new ArrayList<>(List.of(statement.x(), statement.y()));
        names.addAll(statement.given());
        data.requireComplete(names);
        int n = data.rowCount();
        double[] w = weights(data, n);
        int[][] codes = new int[names.size()][];
        int[] levels = new int[names.size()];
        for (int i = 0; i < names.size(); i++) {
            codes[i] = new int[n];
            levels[i] = encode(data.column(names.get(i)), codes[i]);
        }
        int rx = levels[0];
        int cy = levels[1];
        Map<Long, double[]> strata = new HashMap<>();
        for (int r = 0; r < n; r++) {
            if (w[r] == 0) {
                continue;
            }
            long key = 0;
            for (int i = 2; i < names.size(); i++) {
                key = key * levels[i] + codes[i][r];
            }
            strata.computeIfAbsent(key, k -> new double[rx * cy])[codes[0][r] * cy + codes[1][r]] += w[r];
        }
        double stat = 0;
        double dof = 0;
        double total = 0;
        for (double[] table : strata.values()) {
            double[] rows = new double[rx];
            double[] cols = new double[cy];
            double nz = 0;
            for (int i = 0; i < rx; i++) {
                for (int j = 0; j < cy; j++) {
                    rows[i] += table[i * cy + j];
                    cols[j] += table[i * cy + j];
                    nz += table[i * cy + j];
                }
            }
            total += nz;
            int usedRows = 0;
            int usedCols = 0;
            for (double v : rows) {
                usedRows += v > 0 ? 1 : 0;
            }
            for (double v : cols) {
                usedCols += v > 0 ? 1 : 0;
            }
            dof += Math.max(0, (usedRows - 1) * (usedCols - 1));
            for (int i = 0; i < rx; i++) {
                for (int j = 0; j < cy; j++) {
                    double o = table[i * cy + j];
                    double e = rows[i] * cols[j] / nz;
                    if (statistic == Statistic.PEARSON) {
                        if (e > 0) {
                            stat += (o - e) * (o - e) / e;
                        }
                    } else if (o > 0) {
                        stat += 2 * o * Math.log(o / e);
                    }
                }
            }
        }
        stat = Math.max(0, stat);
        double p = dof > 0 ? RegularizedGamma.Q.value(dof / 2, stat / 2) : 1.0;
        return new IndependenceTestResult(statement, name(), stat, dof, p, total);
    }

    private double[] weights(Dataset data, int n) {
        double[] w = new double[n];
        if (weightColumn == null) {
            java.util.Arrays.fill(w, 1);
            return w;
        }
        data.requireComplete(List.of(weightColumn));
        NumericColumn c = data.numeric(weightColumn);
        for (int r = 0; r < n; r++) {
            w[r] = c.get(r);
            if (w[r] < 0) {
                throw new IllegalArgumentException("weight column '" + weightColumn + "' has the negative value " + w[r]
                        + " at row " + (r + 1));
            }
        }
        return w;
    }

    /** Codes each row's value by order of first appearance; @return the number of levels */
    private static int encode(Column column, int[] out) {
        Map<Object, Integer> index = new HashMap<>();
        for (int r = 0; r < out.length; r++) {
            Object key = column instanceof CategoricalColumn c ? c.label(r) : (Object) (((NumericColumn) column).get(r) + 0.0);
            Integer code = index.get(key);
            if (code == null) {
                code = index.size();
                index.put(key, code);
            }
            out[r] = code;
        }
        return Math.max(1, index.size());
    }

    @Override
    public String toString() {
        return "GTest[" + name() + (weightColumn == null ? "" : ", weight " + weightColumn) + "]";
    }
}
