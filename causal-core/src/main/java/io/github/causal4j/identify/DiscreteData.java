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
package io.github.causal4j.identify;

import io.github.causal4j.data.CategoricalColumn;
import io.github.causal4j.data.Column;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.data.NumericColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A data set of discrete variables seen as an empirical distribution: each row has weight 1, or the
 * value of a weight column of counts or probabilities (only ratios matter, so both give the same
 * distribution). Plug-in probabilities are ratios of weighted frequencies,
 * {@code P(a | b) = W(a, b) / W(b)}.
 *
 * <p>A variable is a column that is categorical or numeric with at most {@link #maxLevels()}
 * distinct values; its values are the distinct values that occur, numeric ones matched by number
 * ({@code "1"} and {@code "1.0"} are the same value). Marginal frequency tables are built on first
 * use in one pass over the rows ({@code O(n)} per set of variables) and cached; the object is
 * immutable and safe to share between threads.
 */
public final class DiscreteData {

    /** The default largest number of distinct values of a discrete variable. */
    public static final int DEFAULT_MAX_LEVELS = 100;

    private final Dataset data;
    private final double[] weights;
    private final double total;
    private final int maxLevels;
    private final Map<String, Variable> variables = new ConcurrentHashMap<>();
    private final Map<List<String>, Map<Long, Double>> tables = new ConcurrentHashMap<>();

    /** One discrete variable: its value labels and each row's value code. */
    record Variable(String name, List<String> labels, double[] numericValues, int[] codes) {

        int levelCount() {
            return labels.size();
        }
    }

    private DiscreteData(Dataset data, double[] weights, int maxLevels) {
        this.data = data;
        this.weights = weights;
        this.maxLevels = maxLevels;
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("the weights sum to " + sum + "; at least one row needs a positive weight");
        }
        this.total = sum;
    }

    /**
     * @param data the rows, each with weight 1
     * @return the empirical distribution
     */
    public static DiscreteData of(Dataset data) {
        Objects.requireNonNull(data, "data");
        if (data.rowCount() == 0) {
            throw new IllegalArgumentException("the data have no rows");
        }
        double[] w = new double[data.rowCount()];
        Arrays.fill(w, 1.0);
        return new DiscreteData(data, w, DEFAULT_MAX_LEVELS);
    }

    /**
     * @param data the rows
     * @param weightColumn a numeric column of non-negative counts or probabilities
     * @return the weighted empirical distribution
     * @throws IllegalArgumentException for an unknown or categorical weight column, a negative weight (naming its row), or all-zero weights
     */
    public static DiscreteData weighted(Dataset data, String weightColumn) {
        Objects.requireNonNull(data, "data");
        NumericColumn column = data.numeric(Objects.requireNonNull(weightColumn, "weightColumn"));
        data.requireComplete(List.of(weightColumn));
        double[] w = column.toArray();
        for (int r = 0; r < w.length; r++) {
            if (w[r] < 0) {
                throw new IllegalArgumentException("weight column '" + weightColumn + "' has the negative value " + w[r]
                        + " at row " + (r + 1));
            }
        }
        return new DiscreteData(data.without(List.of(weightColumn)), w, DEFAULT_MAX_LEVELS);
    }

    /**
     * @param levels the largest number of distinct values a discrete variable may have
     * @return the same data with that limit
     */
    public DiscreteData withMaxLevels(int levels) {
        if (levels < 1) {
            throw new IllegalArgumentException("maxLevels must be at least 1, got " + levels);
        }
        return new DiscreteData(data, weights, levels);
    }

    /** @return the largest number of distinct values a discrete variable may have */
    public int maxLevels() {
        return maxLevels;
    }

    /** @return the number of rows */
    public int rowCount() {
        return weights.length;
    }

    /** @return the data (without the weight column) */
    public Dataset data() {
        return data;
    }

    /**
     * @param name a column
     * @return the values that occur in it, in increasing order (numbers) or code-point order (labels)
     */
    public List<String> values(String name) {
        return variable(name).labels();
    }

    /**
     * The plug-in probability {@code P(event | given)} as a ratio of weighted frequencies.
     *
     * @param event values of one or more variables
     * @param given values of the conditioning variables (may be empty)
     * @return the conditional relative frequency
     * @throws ZeroProbabilityException if the conditioning event has weight 0
     * @throws IllegalArgumentException for an unknown column or a value that does not occur
     */
    public double probability(Map<String, String> event, Map<String, String> given) {
        Map<String, Integer> codes = new HashMap<>();
        List<String> vars = new ArrayList<>();
        for (Map.Entry<String, String> e : event.entrySet()) {
            codes.put(e.getKey(), code(e.getKey(), e.getValue()));
            vars.add(e.getKey());
        }
        List<String> cond = new ArrayList<>();
        for (Map.Entry<String, String> e : given.entrySet()) {
            if (codes.put(e.getKey(), code(e.getKey(), e.getValue())) != null) {
                throw new IllegalArgumentException("'" + e.getKey() + "' is both in the event and in the condition");
            }
            cond.add(e.getKey());
        }
        return new PluginEvaluator(this).probability(new Probability(vars, cond), codes);
    }

    /**
     * Evaluates an identification formula by plug-in frequencies. Every free variable of the
     * formula needs a value; a sum ranges over the values that occur with positive weight. A
     * product with a factor equal to 0 is 0 even where another factor is undefined (the usual
     * convention {@code 0 · P(a | b) = 0} for {@code P(b) = 0}).
     *
     * @param formula the formula
     * @param values a value for each free variable of the formula (more are ignored)
     * @return its value
     * @throws ZeroProbabilityException if the formula divides by a zero probability
     * @throws IllegalArgumentException if a free variable has no value, or a value does not occur in its column
     */
    public double evaluate(Expression formula, Map<String, String> values) {
        Objects.requireNonNull(formula, "formula");
        Map<String, Integer> codes = new HashMap<>();
        for (String v : formula.freeVariables()) {
            String value = values.get(v);
            if (value == null) {
                throw new IllegalArgumentException("the formula " + formula.toText() + " needs a value for '" + v + "'");
            }
            codes.put(v, code(v, value));
        }
        return new PluginEvaluator(this).evaluate(formula, codes);
    }

    // ------------------------------------------------------------------ internals for the evaluator

    /** @return the value code of {@code value} in column {@code name} */
    int code(String name, String value) {
        Variable v = variable(name);
        if (v.numericValues() != null) {
            double x;
            try {
                x = Double.parseDouble(value.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + value + "' is not a number, but column '" + name
                        + "' is numeric; its values are " + v.labels());
            }
            int k = Arrays.binarySearch(v.numericValues(), x == 0.0 ? 0.0 : x);
            if (k >= 0) {
                return k;
            }
        } else {
            int k = v.labels().indexOf(value);
            if (k >= 0) {
                return k;
            }
        }
        throw new IllegalArgumentException("value '" + value + "' does not occur in column '" + name + "'; its values are "
                + v.labels());
    }

    Variable variable(String name) {
        Variable v = variables.get(name);
        if (v == null) {
            v = encode(name);
            variables.putIfAbsent(name, v);
        }
        return v;
    }

    double total() {
        return total;
    }

    /** @return the weighted frequency table of the variables (sorted by name), keyed by mixed-radix codes */
    Map<Long, Double> table(List<String> sortedNames) {
        Map<Long, Double> t = tables.get(sortedNames);
        if (t == null) {
            t = buildTable(sortedNames);
            tables.putIfAbsent(sortedNames, t);
        }
        return t;
    }

    /** @return the mixed-radix multipliers of the variables, in the order given */
    long[] radices(List<String> sortedNames) {
        long[] out = new long[sortedNames.size()];
        long m = 1;
        for (int i = 0; i < out.length; i++) {
            out[i] = m;
            try {
                m = Math.multiplyExact(m, (long) variable(sortedNames.get(i)).levelCount());
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("too many value combinations of " + sortedNames
                        + " for a frequency table");
            }
        }
        return out;
    }

    /** @return the values (by code) that occur with positive weight */
    int[] support(String name) {
        Map<Long, Double> t = table(List.of(name));
        return t.keySet().stream().mapToInt(Long::intValue).sorted().toArray();
    }

    private Map<Long, Double> buildTable(List<String> sortedNames) {
        int k = sortedNames.size();
        int[][] codes = new int[k][];
        for (int i = 0; i < k; i++) {
            codes[i] = variable(sortedNames.get(i)).codes();
        }
        long[] radix = radices(sortedNames);
        Map<Long, Double> t = new HashMap<>();
        for (int r = 0; r < weights.length; r++) {
            if (weights[r] == 0) {
                continue;
            }
            long key = 0;
            for (int i = 0; i < k; i++) {
                key += codes[i][r] * radix[i];
            }
            t.merge(key, weights[r], Double::sum);
        }
        return Collections.unmodifiableMap(t);
    }

    private Variable encode(String name) {
        Column column = data.column(name);
        data.requireComplete(List.of(name));
        int n = column.size();
        int[] codes = new int[n];
        if (column instanceof CategoricalColumn c) {
            TreeMap<String, Integer> used = new TreeMap<>();
            for (int r = 0; r < n; r++) {
                used.putIfAbsent(c.label(r), 0);
            }
            requireFewLevels(name, used.size());
            List<String> labels = new ArrayList<>(used.keySet());
            for (int i = 0; i < labels.size(); i++) {
                used.put(labels.get(i), i);
            }
            for (int r = 0; r < n; r++) {
                codes[r] = used.get(c.label(r));
            }
            return new Variable(name, List.copyOf(labels), null, codes);
        }
        NumericColumn c = (NumericColumn) column;
        TreeMap<Double, Integer> used = new TreeMap<>();
        for (int r = 0; r < n; r++) {
            double x = c.get(r);
            used.putIfAbsent(x == 0.0 ? 0.0 : x, 0);
            if (used.size() > maxLevels) {
                requireFewLevels(name, used.size());
            }
        }
        double[] values = new double[used.size()];
        List<String> labels = new ArrayList<>(used.size());
        int i = 0;
        for (Map.Entry<Double, Integer> e : used.entrySet()) {
            values[i] = e.getKey();
            e.setValue(i++);
            labels.add(label(e.getKey()));
        }
        for (int r = 0; r < n; r++) {
            double x = c.get(r);
            codes[r] = used.get(x == 0.0 ? 0.0 : x);
        }
        return new Variable(name, List.copyOf(labels), values, codes);
    }

    private void requireFewLevels(String name, int count) {
        if (count > maxLevels) {
            throw new IllegalArgumentException("column '" + name + "' has more than " + maxLevels
                    + " distinct values; plug-in evaluation needs discrete variables (coarsen it, or raise maxLevels)");
        }
    }

    private static String label(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return Double.toString(x);
    }

    /**
     * @param names variables
     * @return the names sorted, as table keys
     */
    static List<String> sorted(Collection<String> names) {
        List<String> out = new ArrayList<>(names);
        Collections.sort(out);
        return List.copyOf(out);
    }

    /** @return e.g. {@code DiscreteData[1000 rows, total weight 1000]} */
    @Override
    public String toString() {
        return "DiscreteData[" + weights.length + " rows, total weight " + total + "]";
    }
}
