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

import io.github.causal4j.data.DataFormatException;
import io.github.causal4j.estimate.stats.DesignTerm;
import io.github.causal4j.estimate.stats.RowLayout;
import io.github.causal4j.estimate.stats.RowPasses;
import io.github.causal4j.estimate.stats.VariableSummary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;

/**
 * A Spark DataFrame as data for causal4j's estimators. Columns of any Spark numeric type (and
 * booleans, as 0/1) are numeric; string columns are categorical, with their levels sorted as the
 * local {@link io.github.causal4j.data.CategoricalColumn} sorts them ({@link String#compareTo}) and
 * the first level as the reference unless {@link #withReference(String, String)} names another,
 * so a categorical term gets the same 0/1 dummies, named {@code "term=level"}, as in memory. Other
 * types (dates, arrays, maps, structs, binary) are rejected naming the column.
 *
 * <p>The data stay where they are. {@link #rows(List, boolean, List, List)} checks the columns of an
 * analysis in one Spark job (missing values, i.e. nulls and NaNs, and infinite values are errors naming
 * the column and their count; the levels of categorical columns are collected in the same job) and
 * returns the {@link RowPasses} the estimators read: every later pass is one more job over the
 * DataFrame. Cache or checkpoint a DataFrame that is expensive to recompute or not deterministic.
 *
 * <pre>{@code
 * SparkDataset data = SparkDataset.of(spark.read().parquet("s3://lake/survey")).withReference("village", "Abu Gamra");
 * Estimate e = SparkEstimators.estimate(RegressionAdjustment.ols().withCovariance(CovarianceType.HC1), data,
 *         "directlyharmed", "peacefactor", List.of("age", "female", "village"));
 * }</pre>
 */
public final class SparkDataset {

    private final Dataset<Row> frame;
    private final Map<String, String> references;

    private SparkDataset(Dataset<Row> frame, Map<String, String> references) {
        this.frame = frame;
        this.references = Collections.unmodifiableMap(new LinkedHashMap<>(references));
    }

    /**
     * @param frame a DataFrame
     * @return the data (nothing is read yet)
     */
    public static SparkDataset of(Dataset<Row> frame) {
        return new SparkDataset(Objects.requireNonNull(frame, "frame"), Map.of());
    }

    /**
     * @param column a string column
     * @param level the level its dummy coding leaves out (checked when an analysis reads the column)
     * @return the data with that reference level
     * @throws IllegalArgumentException if the column is unknown or not a string column
     */
    public SparkDataset withReference(String column, String level) {
        Objects.requireNonNull(level, "level");
        if (!isCategorical(field(column))) {
            throw new IllegalArgumentException("column '" + column + "' is not a string (categorical) column");
        }
        Map<String, String> more = new LinkedHashMap<>(references);
        more.put(column, level);
        return new SparkDataset(frame, more);
    }

    /** @return the DataFrame */
    public Dataset<Row> frame() {
        return frame;
    }

    /** @return the column names, in order */
    public List<String> columnNames() {
        return List.of(frame.columns());
    }

    /**
     * @param column a column
     * @return whether it is categorical (a string column)
     * @throws IllegalArgumentException if there is no such column or its type is not supported
     */
    public boolean isCategorical(String column) {
        return isCategorical(field(column));
    }

    private StructField field(String column) {
        Objects.requireNonNull(column, "column");
        for (StructField f : frame.schema().fields()) {
            if (f.name().equals(column)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no column '" + column + "'; the columns are " + columnNames());
    }

    private static boolean isCategorical(StructField f) {
        DataType t = f.dataType();
        if (t instanceof StringType) {
            return true;
        }
        if (t instanceof NumericType || t instanceof BooleanType) {
            return false;
        }
        throw new IllegalArgumentException("column '" + f.name() + "' has the Spark type " + t.simpleString()
                + "; causal4j reads numeric and boolean columns (as numbers) and string columns (as categories)");
    }

    /**
     * The rows of one analysis: checks the columns it uses (one Spark job) and lays them out for the
     * estimators ({@link RowLayout}): an optional intercept, the design columns of the terms, then the
     * numeric variables and the cluster-key variables.
     *
     * @param terms the model's terms, numeric or categorical columns, in order
     * @param intercept whether the design starts with an intercept
     * @param variables numeric columns each row carries after the design (outcome, treatment, weights)
     * @param keys columns whose values identify clusters (numeric, or categorical: a level's code);
     *     one already among {@code variables} is not repeated
     * @return the rows
     * @throws IllegalArgumentException naming an unknown column, a column of an unsupported type, a
     *     categorical variable, a categorical term with a single level, or an unknown reference level
     * @throws DataFormatException naming a column with missing or infinite values
     */
    public RowPasses rows(List<String> terms, boolean intercept, List<String> variables, List<String> keys) {
        List<String> termList = List.copyOf(terms);
        List<String> variableList = List.copyOf(variables);
        List<String> keyList = new ArrayList<>();
        for (String k : keys) {
            if (!variableList.contains(k) && !keyList.contains(k)) {
                keyList.add(k);
            }
        }
        for (String v : variableList) {
            if (isCategorical(field(v))) {
                throw new IllegalArgumentException("'" + v + "' is categorical (a string column); it must be numeric");
            }
        }
        Set<String> used = new LinkedHashSet<>(termList);
        used.addAll(variableList);
        used.addAll(keyList);
        List<String> columns = new ArrayList<>(used);
        Map<String, Boolean> categorical = new HashMap<>();
        for (String c : columns) {
            categorical.put(c, isCategorical(field(c)));
        }
        // the projection: numeric columns cast to double, string columns as they are, each once
        Column[] projection = new Column[columns.size()];
        Map<String, Integer> fieldOf = new HashMap<>();
        for (int j = 0; j < columns.size(); j++) {
            String c = columns.get(j);
            Column col = frame.col(quoted(c));
            projection[j] = (categorical.get(c) ? col : col.cast("double")).alias(c);
            fieldOf.put(c, j);
        }
        Dataset<Row> projected = frame.select(projection);
        Checked checked = check(projected, columns, categorical);
        Map<String, ColumnProfile> profiles = checked.profiles();
        long count = checked.rows();
        List<DesignTerm> designTerms = new ArrayList<>();
        List<RowEncoder.Slot> slots = new ArrayList<>();
        for (String t : termList) {
            ColumnProfile p = profiles.get(t);
            if (!p.categorical()) {
                designTerms.add(DesignTerm.numeric(t));
                slots.add(RowEncoder.Slot.numeric(t, fieldOf.get(t)));
                continue;
            }
            String reference = references.getOrDefault(t, p.levels().isEmpty() ? "" : p.levels().get(0));
            if (!p.levels().contains(reference)) {
                throw new IllegalArgumentException("column '" + t + "' has no level '" + reference + "'");
            }
            DesignTerm term = DesignTerm.categorical(t, p.levels(), reference);
            Map<String, Integer> offset = new HashMap<>();
            int j = 0;
            for (String level : p.levels()) {
                offset.put(level, level.equals(reference) ? -1 : j++);
            }
            designTerms.add(term);
            slots.add(RowEncoder.Slot.dummies(t, fieldOf.get(t), offset, term.columns().size()));
        }
        Map<String, VariableSummary> summaries = new HashMap<>();
        for (String v : variableList) {
            ColumnProfile p = profiles.get(v);
            slots.add(RowEncoder.Slot.numeric(v, fieldOf.get(v)));
            summaries.put(v, new VariableSummary(v, count, p.sum(), p.min(), p.max(), p.nonBinary() == 0));
        }
        for (String k : keyList) {
            ColumnProfile p = profiles.get(k);
            if (p.categorical()) {
                Map<String, Integer> codes = new HashMap<>();
                for (int j = 0; j < p.levels().size(); j++) {
                    codes.put(p.levels().get(j), j);
                }
                slots.add(RowEncoder.Slot.code(k, fieldOf.get(k), codes));
            } else {
                slots.add(RowEncoder.Slot.numeric(k, fieldOf.get(k)));
                summaries.put(k, new VariableSummary(k, count, p.sum(), p.min(), p.max(), p.nonBinary() == 0));
            }
        }
        List<String> rowVariables = new ArrayList<>(variableList);
        rowVariables.addAll(keyList);
        RowLayout layout = RowLayout.of(intercept, designTerms, rowVariables);
        RowEncoder encoder = new RowEncoder(intercept, slots.toArray(new RowEncoder.Slot[0]));
        return new SparkRows(projected, layout, encoder, count, summaries);
    }

    /** The result of the checking job: the row count and a profile per column. */
    private record Checked(long rows, Map<String, ColumnProfile> profiles) {
    }

    /** The checking job: one pass over the projected columns. */
    private static Checked check(Dataset<Row> projected, List<String> columns, Map<String, Boolean> categorical) {
        String[] names = columns.toArray(new String[0]);
        boolean[] kinds = new boolean[names.length];
        for (int j = 0; j < names.length; j++) {
            kinds[j] = categorical.get(names[j]);
        }
        List<ColumnChecks> partials;
        try {
            partials = projected.toJavaRDD().mapPartitions(rowsOfPartition -> {
                ColumnChecks checks = new ColumnChecks(names, kinds);
                while (rowsOfPartition.hasNext()) {
                    checks.add(rowsOfPartition.next());
                }
                return Collections.singletonList(checks).iterator();
            }).collect();
        } catch (Exception e) { // Scala code throws the checked SparkException undeclared
            throw SparkRows.unwrap(e);
        }
        ColumnChecks total = partials.get(0);
        for (int k = 1; k < partials.size(); k++) {
            total = total.merge(partials.get(k));
        }
        long rowCount = total.rows;
        if (rowCount == 0) {
            throw new IllegalArgumentException("the DataFrame has no rows");
        }
        Map<String, ColumnProfile> out = new LinkedHashMap<>();
        for (int j = 0; j < names.length; j++) {
            ColumnProfile p = total.profile(j);
            if (p.missing() > 0) {
                throw new DataFormatException("missing value in column '" + p.name() + "': " + p.missing() + " of "
                        + rowCount + " rows are null" + (p.categorical() ? "" : " or NaN")
                        + "; drop or impute missing values first");
            }
            if (p.infinite() > 0) {
                throw new DataFormatException("column '" + p.name() + "' has " + p.infinite() + " infinite values; every "
                        + "value must be finite");
            }
            out.put(p.name(), p);
        }
        return new Checked(rowCount, out);
    }

    /** A column name as Spark's resolver reads it literally (dots and spaces included). */
    static String quoted(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    /** @return e.g. {@code "SparkDataset[age: double, village: string, ...]"} */
    @Override
    public String toString() {
        return "SparkDataset[" + frame.schema().simpleString() + (references.isEmpty() ? "" : ", references " + references)
                + "]";
    }
}
