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
package io.github.causal4j.bench;

import io.github.causal4j.estimate.CovarianceType;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.backdoor.RegressionAdjustment;
import io.github.causal4j.estimate.stats.RowPasses;
import io.github.causal4j.sensitivity.SensitivityReport;
import io.github.causal4j.spark.SparkDataset;
import io.github.causal4j.spark.SparkEstimators;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * A timed run (not JMH: each operation is a few Spark jobs of seconds) of the estimators on Spark:
 * {@code n} rows (default 10^7) of 20 columns generated in Spark and cached — an outcome y, a binary
 * treatment d and 18 covariates — then OLS adjustment with HC1 standard errors and the Cinelli–Hazlett
 * sensitivity report with two benchmarks, against the floor of a bare Spark aggregation (the sums of
 * the same 20 columns). Each operation runs three times after one warm-up; the table shows the best.
 *
 * <p>Run (Spark is a provided dependency, so the classpath is causal-spark's, which pins Spark's own
 * Jackson and ANTLR):
 * <pre>
 * mvn -B -Pquick -DskipTests package -pl benchmarks -am
 * mvn -B -q dependency:build-classpath -pl causal-spark -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/spark.cp
 * java -Xmx8g [the --add-opens options of causal-spark's package javadoc] \
 *     -cp benchmarks/target/classes:causal-spark/target/classes:causal-estimators/target/classes:\
 * causal-sensitivity/target/classes:causal-core/target/classes:$(cat /tmp/spark.cp) \
 *     io.github.causal4j.bench.SparkBenchmark [rows] [partitions] [master]
 * </pre>
 */
public final class SparkBenchmark {

    private SparkBenchmark() {
    }

    /**
     * @param args rows (default 10000000), partitions (default 8), Spark master (default local[*])
     */
    public static void main(String[] args) {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        int partitions = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        String master = args.length > 2 ? args[2] : "local[*]";
        SparkSession spark = SparkSession.builder().master(master).appName("causal4j-bench")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", Integer.toString(partitions))
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        List<String> covariates = new ArrayList<>();
        Dataset<Row> frame = spark.range(0, n, 1, partitions).toDF();
        for (int j = 1; j <= 18; j++) {
            covariates.add("x" + j);
            frame = frame.withColumn("x" + j, functions.randn(100 + j));
        }
        // d ~ Bernoulli(logit(0.3 x1 - 0.2 x2)), y = 1 + 2 d + sum_j 0.05 j x_j + N(0, 1)
        Column score = functions.col("x1").multiply(0.3).minus(functions.col("x2").multiply(0.2));
        frame = frame.withColumn("d", functions.when(functions.rand(7).lt(functions.lit(1.0).divide(
                functions.lit(1.0).plus(functions.exp(score.multiply(-1))))), 1.0).otherwise(0.0));
        Column outcome = functions.lit(1.0).plus(functions.col("d").multiply(2.0)).plus(functions.randn(8));
        for (int j = 1; j <= 18; j++) {
            outcome = outcome.plus(functions.col("x" + j).multiply(0.05 * j));
        }
        frame = frame.withColumn("y", outcome).drop("id").cache();
        long t0 = System.nanoTime();
        long count = frame.count();
        double generate = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%d rows x %d columns in %d partitions, generated and cached in %.1f s (%s)%n",
                count, frame.columns().length, frame.rdd().getNumPartitions(), generate, master);

        List<Column> sums = new ArrayList<>();
        for (String c : frame.columns()) {
            sums.add(functions.sum(c));
        }
        Dataset<Row> data = frame;
        double floor = best(() -> data.agg(sums.get(0), sums.subList(1, sums.size()).toArray(new Column[0]))
                .collectAsList());
        SparkDataset sparkData = SparkDataset.of(frame);
        List<String> terms = new ArrayList<>(List.of("d"));
        terms.addAll(covariates);
        double check = best(() -> sparkData.rows(terms, true, List.of("y"), List.of()));
        RegressionAdjustment hc1 = RegressionAdjustment.ols().withCovariance(CovarianceType.HC1);
        Estimate[] estimate = new Estimate[1];
        double ols = best(() -> estimate[0] = SparkEstimators.estimate(hc1, sparkData, "d", "y", covariates));
        SensitivityReport[] report = new SensitivityReport[1];
        double sensitivity = best(() -> report[0] = SparkEstimators.sensitivity(sparkData, "d", "y", covariates,
                List.of()).withBenchmarks("x1", "x2").withMultipliers(1, 2, 3).run());
        RowPasses rows = sparkData.rows(terms, true, List.of("y"), List.of());
        System.out.println();
        System.out.println("| operation | Spark jobs | time (s) | ratio to floor |");
        System.out.println("|---|---:|---:|---:|");
        row("floor: sums of the 20 columns (one aggregation)", "1", floor, floor);
        row("check the 20 columns (SparkDataset.rows)", "1", check, floor);
        row("OLS adjustment, HC1 (check, factor, meat)", "3", ols, floor);
        row("sensitivity report, 2 benchmarks x 3 (check, factor)", "2", sensitivity, floor);
        System.out.println();
        System.out.println("OLS: " + estimate[0]);
        System.out.printf(Locale.ROOT, "sensitivity: RV_q = %.6f, RV_q,0.05 = %.6f, %d bounds; rows %d%n",
                report[0].robustnessValue(), report[0].robustnessValueAlpha(), report[0].bounds().size(), rows.rowCount());
        spark.stop();
    }

    private static void row(String what, String jobs, double seconds, double floor) {
        System.out.printf(Locale.ROOT, "| %s | %s | %.2f | %.1f |%n", what, jobs, seconds, seconds / floor);
    }

    /** One warm-up, then the best of three timed runs, in seconds. */
    private static double best(Supplier<?> operation) {
        operation.get();
        double best = Double.POSITIVE_INFINITY;
        for (int k = 0; k < 3; k++) {
            long t0 = System.nanoTime();
            operation.get();
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        return best;
    }
}
