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

import static io.github.causal4j.spark.SparkTesting.spark;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.data.DataFormatException;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.DesignMatrix;
import io.github.causal4j.estimate.LinearRegression;
import io.github.causal4j.estimate.backdoor.AugmentedIpw;
import io.github.causal4j.estimate.backdoor.InverseProbabilityWeighting;
import io.github.causal4j.estimate.backdoor.RegressionAdjustment;
import io.github.causal4j.estimate.proximal.ProximalEstimator;
import io.github.causal4j.estimate.proximal.ProximalModel;
import io.github.causal4j.estimate.stats.RowPasses;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * Checking and encoding a DataFrame: column types, missing and infinite values named with their
 * column, categorical levels in the local order with the same reference and dummy names, and the
 * estimators' own errors reaching the caller from the executors.
 */
class SparkDatasetTest {

    /** Columns y (double), d (int 0/1), flag (boolean), x (double), g (string), day (date). */
    static org.apache.spark.sql.Dataset<Row> small(Object[][] rows) {
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("y", DataTypes.DoubleType, true),
                DataTypes.createStructField("d", DataTypes.IntegerType, true),
                DataTypes.createStructField("flag", DataTypes.BooleanType, true),
                DataTypes.createStructField("x", DataTypes.DoubleType, true),
                DataTypes.createStructField("g", DataTypes.StringType, true),
                DataTypes.createStructField("day", DataTypes.DateType, true)));
        List<Row> list = new ArrayList<>();
        for (Object[] r : rows) {
            list.add(RowFactory.create(r));
        }
        return spark().createDataFrame(list, schema).repartition(3);
    }

    static Object[][] clean(int n) {
        Object[][] rows = new Object[n][];
        String[] labels = {"b", "B", "a", "\u00e9", "Z"};
        for (int i = 0; i < n; i++) {
            rows[i] = new Object[] {1.0 + i % 7 + 0.1 * (i % 3), i % 2, i % 3 == 0, (double) (i * 37 % 11), labels[i % 5],
                    new Date(0)};
        }
        return rows;
    }

    @Test
    void typesLevelsAndReferenceAsInMemory() {
        Object[][] rows = clean(60);
        SparkDataset data = SparkDataset.of(small(rows));
        RowPasses spark = data.rows(List.of("d", "flag", "x", "g"), true, List.of("y"), List.of());
        // the same data in memory: booleans and ints are numbers, strings are categories
        double[] y = new double[60];
        double[] d = new double[60];
        double[] flag = new double[60];
        double[] x = new double[60];
        String[] g = new String[60];
        for (int i = 0; i < 60; i++) {
            y[i] = (Double) rows[i][0];
            d[i] = (Integer) rows[i][1];
            flag[i] = (Boolean) rows[i][2] ? 1 : 0;
            x[i] = (Double) rows[i][3];
            g[i] = (String) rows[i][4];
        }
        Dataset local = Dataset.builder().numeric("y", y).binary("d", d).binary("flag", flag).numeric("x", x)
                .categorical("g", g).build();
        DesignMatrix design = DesignMatrix.of(local, List.of("d", "flag", "x", "g"));
        // code-point order: B < Z < a < b < e-acute; B is the reference
        assertEquals(List.of("(Intercept)", "d", "flag", "x", "g=Z", "g=a", "g=b", "g=\u00e9"),
                spark.layout().designColumns());
        assertEquals(design.columnNames(), spark.layout().designColumns());
        SparkTesting.same(LinearRegression.ols().fit(design, "y"), LinearRegression.ols().fit(spark, "y"));
        RowPasses withReference = data.withReference("g", "b").rows(List.of("g"), true, List.of("y"), List.of());
        assertEquals(DesignMatrix.of(local.withReference("g", "b"), List.of("g")).columnNames(),
                withReference.layout().designColumns());
        assertEquals(60, withReference.rowCount());
        assertEquals(30.0, data.rows(List.of("x"), true, List.of("d"), List.of()).summary("d").sum());
    }

    @Test
    void missingAndInfiniteValuesNameTheColumn() {
        Object[][] rows = clean(20);
        rows[4][3] = null;
        rows[9][3] = Double.NaN;
        DataFormatException missing = assertThrows(DataFormatException.class,
                () -> SparkDataset.of(small(rows)).rows(List.of("x"), true, List.of("y"), List.of()));
        assertEquals("missing value in column 'x': 2 of 20 rows are null or NaN; drop or impute missing values first",
                missing.getMessage());
        Object[][] text = clean(20);
        text[3][4] = null;
        DataFormatException missingLevel = assertThrows(DataFormatException.class,
                () -> SparkDataset.of(small(text)).rows(List.of("g"), true, List.of("y"), List.of()));
        assertTrue(missingLevel.getMessage().startsWith("missing value in column 'g': 1 of 20 rows are null;"),
                missingLevel.getMessage());
        Object[][] infinite = clean(20);
        infinite[2][0] = Double.POSITIVE_INFINITY;
        DataFormatException inf = assertThrows(DataFormatException.class,
                () -> SparkDataset.of(small(infinite)).rows(List.of("x"), true, List.of("y"), List.of()));
        assertEquals("column 'y' has 1 infinite values; every value must be finite", inf.getMessage());
    }

    @Test
    void columnsOfTheWrongKind() {
        SparkDataset data = SparkDataset.of(small(clean(20)));
        IllegalArgumentException date = assertThrows(IllegalArgumentException.class,
                () -> data.rows(List.of("day"), true, List.of("y"), List.of()));
        assertTrue(date.getMessage().startsWith("column 'day' has the Spark type date;"), date.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> data.rows(List.of("age"), true, List.of("y"), List.of()));
        assertEquals("no column 'age'; the columns are [y, d, flag, x, g, day]", unknown.getMessage());
        IllegalArgumentException textOutcome = assertThrows(IllegalArgumentException.class,
                () -> SparkEstimators.estimate(RegressionAdjustment.ols(), data, "d", "g", List.of("x")));
        assertEquals("the outcome 'g' is categorical; it must be numeric", textOutcome.getMessage());
        IllegalArgumentException textTreatment = assertThrows(IllegalArgumentException.class,
                () -> SparkEstimators.estimate(InverseProbabilityWeighting.hajek(), data, "g", "y", List.of("x")));
        assertEquals("the treatment 'g' is categorical; it must be numeric", textTreatment.getMessage());
        assertThrows(IllegalArgumentException.class, () -> data.withReference("g", "nope").rows(List.of("g"), true,
                List.of("y"), List.of()));
        assertThrows(IllegalArgumentException.class, () -> data.withReference("x", "1"));
        Object[][] constant = clean(20);
        for (Object[] r : constant) {
            r[4] = "only";
        }
        IllegalArgumentException single = assertThrows(IllegalArgumentException.class,
                () -> SparkDataset.of(small(constant)).rows(List.of("g"), true, List.of("y"), List.of()));
        assertTrue(single.getMessage().startsWith("categorical column 'g' has a single level ('only')"),
                single.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> SparkDataset.of(small(new Object[0][])).rows(List.of("x"), true, List.of("y"), List.of()));
        assertEquals("the DataFrame has no rows", empty.getMessage());
    }

    @Test
    void estimatorErrorsReachTheCaller() {
        Object[][] rows = clean(40);
        rows[7][1] = 2; // a treatment value that is not 0/1
        SparkDataset data = SparkDataset.of(small(rows));
        IllegalArgumentException binary = assertThrows(IllegalArgumentException.class,
                () -> SparkEstimators.estimate(InverseProbabilityWeighting.hajek(), data, "d", "y", List.of("x")));
        assertEquals("ipw needs a binary 0/1 treatment, but 'd' has values in [0.0, 2.0] other than 0 and 1",
                binary.getMessage());
        SparkDataset clean = SparkDataset.of(small(clean(40)));
        IllegalArgumentException folds = assertThrows(IllegalArgumentException.class,
                () -> SparkEstimators.estimate(AugmentedIpw.standard().withCrossFitting(5, 1), clean, "d", "y",
                        List.of("x")));
        assertTrue(folds.getMessage().startsWith("cross-fitting assigns rows to folds by their position"),
                folds.getMessage());
        IllegalArgumentException por = assertThrows(IllegalArgumentException.class,
                () -> SparkEstimators.estimate(ProximalEstimator.por(), clean, new ProximalModel("flag", "y", List.of("x"),
                        List.of("d"), List.of())));
        assertTrue(por.getMessage().startsWith("por solves its bridge functions over rows held in memory"),
                por.getMessage());
        Object[][] one = clean(40);
        for (Object[] r : one) {
            r[4] = "same";
        }
        IllegalArgumentException cluster = assertThrows(IllegalArgumentException.class,
                () -> SparkEstimators.fit(LinearRegression.ols().clusteredBy("g"), SparkDataset.of(small(one)), "y",
                        List.of("x")));
        assertEquals("clustering variable 'g' has 1 cluster; cluster-robust standard errors need at least 2",
                cluster.getMessage());
    }

    @Test
    void columnNamesWithDotsAndSpaces() {
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("out come", DataTypes.DoubleType, false),
                DataTypes.createStructField("x.1", DataTypes.DoubleType, false)));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(RowFactory.create(2.0 * i + (i % 3), (double) i));
        }
        SparkDataset data = SparkDataset.of(spark().createDataFrame(rows, schema));
        assertEquals(2.0, SparkEstimators.fit(LinearRegression.ols(), data, "out come", List.of("x.1")).coefficient("x.1")
                .estimate(), 1e-2);
    }
}
