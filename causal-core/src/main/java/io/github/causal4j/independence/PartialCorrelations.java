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

import io.github.causal4j.data.Column;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.data.NumericColumn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Partial correlations and Fisher-z tests ({@link FisherZTest}) of many statements from one set of
 * centred cross-product sums: every pair of variables that some statement needs is summed once, in
 * one pass over the rows (in blocks, without copying the columns), and each statement then inverts
 * its small {@code (|Z| + 2)}-square correlation submatrix. Cost: {@code O(n P)} for the {@code P}
 * distinct pairs, plus {@code O(k³)} per statement, instead of {@code O(n k²)} per statement.
 *
 * <p>The sums are formed with the arithmetic of the one-at-a-time test (the two-pass mean, then
 * {@code sum_r (x_r - mean_x)(y_r - mean_y)} in row order), so every partial correlation, statistic
 * and p-value is identical to {@link FisherZTest#test(Dataset, ConditionalIndependence)}'s, and so is
 * every error (an unknown, categorical or incomplete column, a constant column, too few rows,
 * collinear variables), raised when the statement is tested.
 */
public final class PartialCorrelations {

    private static final int BLOCK = 4096;

    private final Dataset data;
    private final int n;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    /** Columns that the one-at-a-time test would refuse (unknown, categorical, incomplete): never summed. */
    private final List<Boolean> usable = new ArrayList<>();
    private final List<NumericColumn> columns = new ArrayList<>();
    private double[] means = new double[0];
    private double[][] sums = new double[0][];
    private boolean[][] done = new boolean[0][];

    private PartialCorrelations(Dataset data) {
        this.data = data;
        this.n = data.rowCount();
    }

    /**
     * Forms the sums every statement needs.
     *
     * @param data the data
     * @param statements the statements that will be tested
     * @return the sums, ready for {@link #test(ConditionalIndependence)}
     */
    public static PartialCorrelations of(Dataset data, List<ConditionalIndependence> statements) {
        Objects.requireNonNull(data, "data");
        PartialCorrelations pc = new PartialCorrelations(data);
        pc.prepare(statements);
        return pc;
    }

    /**
     * @param statement {@code x ⊥ y | Z}
     * @return the sample partial correlation, as {@link FisherZTest#partialCorrelation(Dataset, ConditionalIndependence)}
     */
    public double partialCorrelation(ConditionalIndependence statement) {
        List<String> names = names(statement);
        for (String name : names) {
            Integer i = index.get(name);
            if (i == null || !usable.get(i)) {
                // let the one-at-a-time test raise its own error for this column
                return FisherZTest.create().partialCorrelation(data, statement);
            }
        }
        prepare(List.of(statement));
        int k = names.size();
        double[][] cov = new double[k][k];
        for (int a = 0; a < k; a++) {
            int i = index.get(names.get(a));
            for (int b = 0; b < k; b++) {
                int j = index.get(names.get(b));
                cov[a][b] = sums[Math.max(i, j)][Math.min(i, j)];
            }
        }
        return FisherZTest.fromCovariances(cov, names);
    }

    /**
     * @param statement {@code x ⊥ y | Z}
     * @return Fisher's z test, as {@link FisherZTest#test(Dataset, ConditionalIndependence)}
     */
    public IndependenceTestResult test(ConditionalIndependence statement) {
        double dof = FisherZTest.degreesOfFreedom(n, statement);
        return FisherZTest.result(statement, partialCorrelation(statement), dof, n);
    }

    private static List<String> names(ConditionalIndependence statement) {
        List<String> names = new ArrayList<>(List.of(statement.x(), statement.y()));
        names.addAll(statement.given());
        return names;
    }

    /** Registers the statements' variables and sums the pairs not yet summed, in one pass. */
    private void prepare(List<ConditionalIndependence> statements) {
        List<Integer> added = new ArrayList<>();
        for (ConditionalIndependence st : statements) {
            for (String name : names(st)) {
                if (!index.containsKey(name)) {
                    index.put(name, columns.size());
                    Column c = data.hasColumn(name) ? data.column(name) : null;
                    boolean ok = c instanceof NumericColumn && c.firstMissing() < 0;
                    usable.add(ok);
                    columns.add(ok ? (NumericColumn) c : null);
                    added.add(columns.size() - 1);
                }
            }
        }
        if (!added.isEmpty()) {
            grow(added);
        }
        int p = columns.size();
        boolean[][] wanted = new boolean[p][];
        boolean any = false;
        for (int i = 0; i < p; i++) {
            wanted[i] = new boolean[i + 1];
        }
        for (ConditionalIndependence st : statements) {
            List<String> names = names(st);
            for (String a : names) {
                for (String b : names) {
                    int i = index.get(a);
                    int j = index.get(b);
                    if (j <= i && usable.get(i) && usable.get(j) && !done[i][j] && !wanted[i][j]) {
                        wanted[i][j] = true;
                        any = true;
                    }
                }
            }
        }
        if (any) {
            sum(wanted);
        }
    }

    /** Makes room for new columns and computes their means (the one-at-a-time test's first pass). */
    private void grow(List<Integer> added) {
        int p = columns.size();
        means = java.util.Arrays.copyOf(means, p);
        double[][] s = new double[p][];
        boolean[][] d = new boolean[p][];
        for (int i = 0; i < p; i++) {
            s[i] = i < sums.length ? sums[i] : new double[i + 1];
            d[i] = i < done.length ? done[i] : new boolean[i + 1];
        }
        sums = s;
        done = d;
        double[] block = new double[BLOCK];
        for (int i : added) {
            if (!usable.get(i)) {
                continue;
            }
            double mean = 0;
            for (int from = 0; from < n; from += BLOCK) {
                int to = Math.min(n, from + BLOCK);
                columns.get(i).copyTo(from, to, block, 0);
                for (int r = 0; r < to - from; r++) {
                    mean += block[r];
                }
            }
            means[i] = mean / n;
        }
    }

    /** One pass in row blocks: centre the needed columns' block, add its products to the wanted pairs. */
    private void sum(boolean[][] wanted) {
        int p = columns.size();
        List<int[]> pairs = new ArrayList<>();
        boolean[] needed = new boolean[p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                if (wanted[i][j]) {
                    pairs.add(new int[] {i, j});
                    needed[i] = true;
                    needed[j] = true;
                }
            }
        }
        double[][] centred = new double[p][];
        for (int i = 0; i < p; i++) {
            if (needed[i]) {
                centred[i] = new double[BLOCK];
            }
        }
        for (int from = 0; from < n; from += BLOCK) {
            int to = Math.min(n, from + BLOCK);
            int len = to - from;
            for (int i = 0; i < p; i++) {
                if (needed[i]) {
                    double[] c = centred[i];
                    columns.get(i).copyTo(from, to, c, 0);
                    double mean = means[i];
                    for (int r = 0; r < len; r++) {
                        c[r] -= mean;
                    }
                }
            }
            for (int[] pair : pairs) {
                double[] a = centred[pair[0]];
                double[] b = centred[pair[1]];
                double s = sums[pair[0]][pair[1]];
                for (int r = 0; r < len; r++) {
                    s += a[r] * b[r];
                }
                sums[pair[0]][pair[1]] = s;
            }
        }
        for (int[] pair : pairs) {
            done[pair[0]][pair[1]] = true;
        }
    }

    /** @return e.g. {@code "PartialCorrelations[20 variables, 210 pairs, n = 1000]"} */
    @Override
    public String toString() {
        int pairs = 0;
        for (boolean[] row : done) {
            for (boolean b : row) {
                pairs += b ? 1 : 0;
            }
        }
        return "PartialCorrelations[" + columns.size() + " variables, " + pairs + " pairs, n = " + n + "]";
    }
}
