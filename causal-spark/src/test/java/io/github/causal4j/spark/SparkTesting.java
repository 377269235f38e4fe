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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.data.CategoricalColumn;
import io.github.causal4j.data.Column;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.data.NumericColumn;
import io.github.causal4j.estimate.Coefficient;
import io.github.causal4j.estimate.CovariateBalance;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.RegressionFit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * What the Spark tests share: one local[2] session for the whole test JVM (starting Spark costs
 * seconds), reference data sets read by the library itself, the same data as a DataFrame cut into
 * uneven partitions, and comparisons of results at the 1e-9 relative tolerance the issue sets for
 * "Spark equals local".
 */
final class SparkTesting {

    /** Spark result vs local result: 1e-9 relative (the two differ only in summation order). */
    static final double TOLERANCE = 1e-9;

    private static SparkSession session;

    private SparkTesting() {
    }

    static synchronized SparkSession spark() {
        if (session == null) {
            session = SparkSession.builder().master("local[2]").appName("causal4j-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.driver.host", "127.0.0.1")
                    .getOrCreate();
            session.sparkContext().setLogLevel("WARN");
        }
        return session;
    }

    static Dataset read(String file) {
        return Dataset.readCsv(Path.of(System.getProperty("causal4j.datasets"), file));
    }

    /**
     * The same data as a DataFrame: numeric columns as doubles, categorical ones as strings, in
     * {@code partitions} partitions of uneven sizes (rows hashed on a skewed key, so some partitions
     * hold many rows, some few or none, and rows leave their file order).
     */
    static org.apache.spark.sql.Dataset<Row> frame(Dataset data, int partitions) {
        List<StructField> fields = new ArrayList<>();
        for (Column c : data.columns()) {
            fields.add(DataTypes.createStructField(c.name(), c instanceof CategoricalColumn ? DataTypes.StringType
                    : DataTypes.DoubleType, false));
        }
        fields.add(DataTypes.createStructField("__part", DataTypes.IntegerType, false));
        StructType schema = DataTypes.createStructType(fields);
        List<Row> rows = new ArrayList<>(data.rowCount());
        int columns = data.columnCount();
        for (int i = 0; i < data.rowCount(); i++) {
            Object[] values = new Object[columns + 1];
            for (int j = 0; j < columns; j++) {
                Column c = data.columns().get(j);
                values[j] = c instanceof CategoricalColumn cat ? cat.label(i) : (Object) ((NumericColumn) c).get(i);
            }
            values[columns] = (int) ((long) i * i % 97);
            rows.add(RowFactory.create(values));
        }
        org.apache.spark.sql.Dataset<Row> frame = spark().createDataFrame(rows, schema);
        // cached, as an analysis of a DataFrame that is costly to recompute should be: each pass is one job over it
        org.apache.spark.sql.Dataset<Row> cut = frame.repartition(partitions, functions.col("__part")).drop("__part")
                .cache();
        cut.count();
        return cut;
    }

    static void same(double local, double spark, String what) {
        if (local == spark) {
            return;
        }
        double scale = Math.max(Math.abs(local), Math.abs(spark));
        assertTrue(Math.abs(local - spark) <= TOLERANCE * scale, what + ": local " + local + ", Spark " + spark
                + " (relative difference " + Math.abs(local - spark) / scale + ")");
    }

    /**
     * p-values on the log scale: far in a tail a p-value multiplies the relative difference of its
     * statistic t by about t^2 (at t = 20, a 5e-12 difference in t moves p = 1e-84 by 2e-9), so its
     * logarithm is the quantity held to the tolerance; for moderate p-values the two scales agree.
     */
    static void sameProbability(double local, double spark, String what) {
        if (local == spark) {
            return;
        }
        double a = Math.log(local);
        double b = Math.log(spark);
        assertTrue(Math.abs(a - b) <= TOLERANCE * Math.max(1.0, Math.abs(a)), what + ": local " + local + ", Spark "
                + spark);
    }

    /**
     * A confidence limit {@code b +- q se} on the scale of its terms, {@code |b| + q se}: a limit near
     * zero is the difference of two nearly equal numbers and has no relative accuracy of its own.
     */
    static void sameLimit(double local, double spark, double estimate, String what) {
        double scale = Math.abs(estimate) + Math.abs(local - estimate);
        assertTrue(Math.abs(local - spark) <= TOLERANCE * scale, what + ": local " + local + ", Spark " + spark
                + " (scale " + scale + ")");
    }

    static void same(Coefficient local, Coefficient spark) {
        assertEquals(local.name(), spark.name());
        same(local.estimate(), spark.estimate(), local.name() + " estimate");
        same(local.stdError(), spark.stdError(), local.name() + " std. error");
        same(local.statistic(), spark.statistic(), local.name() + " statistic");
        sameProbability(local.pValue(), spark.pValue(), local.name() + " p-value");
        sameLimit(local.ciLower(), spark.ciLower(), local.estimate(), local.name() + " lower");
        sameLimit(local.ciUpper(), spark.ciUpper(), local.estimate(), local.name() + " upper");
    }

    static void same(List<Coefficient> local, List<Coefficient> spark) {
        assertEquals(local.size(), spark.size(), "coefficients");
        for (int a = 0; a < local.size(); a++) {
            same(local.get(a), spark.get(a));
        }
    }

    static void same(RegressionFit local, RegressionFit spark) {
        assertEquals(local.designColumns(), spark.designColumns(), "design columns");
        same(local.coefficients(), spark.coefficients());
        assertEquals(local.n(), spark.n());
        assertEquals(local.dof(), spark.dof());
        assertEquals(local.clusterCounts(), spark.clusterCounts(), "clusters");
        same(local.residualSumOfSquares(), spark.residualSumOfSquares(), "RSS");
        same(local.rSquared(), spark.rSquared(), "R2");
        same(local.adjustedRSquared(), spark.adjustedRSquared(), "adjusted R2");
        sameCovariance(local.covariance(), spark.covariance());
        assertEquals(local.warnings().size(), spark.warnings().size(), "warnings " + local.warnings());
    }

    /**
     * Covariance matrices entry by entry on the scale of {@code sqrt(V_ii V_jj)}: an off-diagonal
     * covariance near zero carries the rounding of the products it cancels, not a relative accuracy of
     * its own; the diagonal is held to the relative tolerance.
     */
    static void sameCovariance(double[][] local, double[][] spark) {
        assertEquals(local.length, spark.length, "covariance size");
        for (int i = 0; i < local.length; i++) {
            for (int j = 0; j < local.length; j++) {
                double scale = Math.sqrt(Math.abs(local[i][i] * local[j][j]));
                assertTrue(Math.abs(local[i][j] - spark[i][j]) <= TOLERANCE * scale, "covariance " + i + "," + j
                        + ": local " + local[i][j] + ", Spark " + spark[i][j] + " (scale " + scale + ")");
            }
        }
    }

    static void same(Estimate local, Estimate spark) {
        assertEquals(local.method(), spark.method());
        assertEquals(local.estimand(), spark.estimand());
        same(local.value(), spark.value(), "estimate");
        same(local.stdError(), spark.stdError(), "standard error");
        sameLimit(local.ciLower(), spark.ciLower(), local.value(), "lower limit");
        sameLimit(local.ciUpper(), spark.ciUpper(), local.value(), "upper limit");
        sameProbability(local.pValue(), spark.pValue(), "p-value");
        assertEquals(local.n(), spark.n(), "n");
        assertEquals(local.dof(), spark.dof(), "dof");
        assertEquals(local.diagnostics().keySet(), spark.diagnostics().keySet(), "diagnostics");
        for (Map.Entry<String, Double> d : local.diagnostics().entrySet()) {
            same(d.getValue(), spark.diagnostics().get(d.getKey()), d.getKey());
        }
        assertEquals(local.balance().size(), spark.balance().size(), "balance rows");
        for (int j = 0; j < local.balance().size(); j++) {
            CovariateBalance x = local.balance().get(j);
            CovariateBalance y = spark.balance().get(j);
            assertEquals(x.covariate(), y.covariate());
            same(x.smdBefore(), y.smdBefore(), x.covariate() + " SMD before");
            same(x.smdAfter(), y.smdAfter(), x.covariate() + " SMD after");
            same(x.varianceRatioBefore(), y.varianceRatioBefore(), x.covariate() + " variance ratio before");
            same(x.varianceRatioAfter(), y.varianceRatioAfter(), x.covariate() + " variance ratio after");
        }
        assertEquals(local.warnings().size(), spark.warnings().size(), "warnings " + local.warnings() + " vs "
                + spark.warnings());
        assertEquals(local.provenance().settings(), spark.provenance().settings(), "settings");
        assertEquals(local.provenance().rows(), spark.provenance().rows(), "provenance rows");
    }
}
