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

import static io.github.causal4j.spark.SparkTesting.frame;
import static io.github.causal4j.spark.SparkTesting.read;
import static io.github.causal4j.spark.SparkTesting.same;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.CausalException;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.CovarianceType;
import io.github.causal4j.estimate.LinearRegression;
import io.github.causal4j.estimate.backdoor.RegressionAdjustment;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * OLS regression adjustment on Spark equals the in-memory fit to 1e-9 relative: every coefficient,
 * standard error, p-value, interval, R², the covariance matrix and the cluster counts, for
 * classical, HC0–HC3 and one- and two-way cluster-robust (HC0–HC3) covariances. Data: Darfur (a categorical
 * covariate with 486 levels), Lalonde (PSID controls), Petersen's firm-year panel, and random data
 * in 17 uneven partitions. The in-memory results themselves are checked against R (lm, sandwich) by
 * the causal-estimators tests.
 */
class SparkRegressionTest {

    static final List<String> DARFUR_COVARIATES = List.of("age", "farmer_dar", "herder_dar", "pastvoted",
            "hhsize_darfur", "female", "village");

    @Test
    void darfurEveryCovariance() {
        Dataset local = read("darfur.csv");
        SparkDataset spark = SparkDataset.of(frame(local, 3));
        for (RegressionAdjustment ols : List.of(RegressionAdjustment.ols(),
                RegressionAdjustment.ols().withCovariance(CovarianceType.HC0),
                RegressionAdjustment.ols().withCovariance(CovarianceType.HC1),
                RegressionAdjustment.ols().clusteredBy(List.of("village")))) {
            same(ols.fit(local, "directlyharmed", "peacefactor", DARFUR_COVARIATES),
                    SparkEstimators.fit(ols, spark, "directlyharmed", "peacefactor", DARFUR_COVARIATES));
            same(ols.estimate(local, "directlyharmed", "peacefactor", DARFUR_COVARIATES),
                    SparkEstimators.estimate(ols, spark, "directlyharmed", "peacefactor", DARFUR_COVARIATES));
        }
        // villages with one respondent have leverage 1: HC2 and HC3 are undefined, in memory and on Spark alike,
        // and the Spark error names the row by its partition
        for (CovarianceType type : List.of(CovarianceType.HC2, CovarianceType.HC3)) {
            RegressionAdjustment ols = RegressionAdjustment.ols().withCovariance(type);
            CausalException inMemory = assertThrows(CausalException.class,
                    () -> ols.estimate(local, "directlyharmed", "peacefactor", DARFUR_COVARIATES));
            CausalException onSpark = assertThrows(CausalException.class,
                    () -> SparkEstimators.estimate(ols, spark, "directlyharmed", "peacefactor", DARFUR_COVARIATES));
            assertTrue(inMemory.getMessage().matches("row \\d+ has leverage 1 .*" + type + " is undefined.*"),
                    inMemory.getMessage());
            assertTrue(onSpark.getMessage().matches("row \\d+ of partition \\d+ has leverage 1 .*" + type
                    + " is undefined.*"), onSpark.getMessage());
        }
    }

    @Test
    void lalondeAndPetersen() {
        Dataset lalonde = read("lalonde_psid.csv");
        SparkDataset spark = SparkDataset.of(frame(lalonde, 3));
        List<String> covariates = List.of("age", "educ", "black", "hispan", "married", "nodegree", "re74", "re75");
        for (CovarianceType type : CovarianceType.values()) {
            RegressionAdjustment ols = RegressionAdjustment.ols().withCovariance(type);
            same(ols.estimate(lalonde, "treat", "re78", covariates),
                    SparkEstimators.estimate(ols, spark, "treat", "re78", covariates));
        }
        Dataset petersen = read("petersen_cl.csv");
        SparkDataset panel = SparkDataset.of(frame(petersen, 7));
        for (LinearRegression model : List.of(LinearRegression.ols().clusteredBy("firm"),
                LinearRegression.ols().withCovariance(CovarianceType.HC0).clusteredBy("firm", "year"),
                LinearRegression.ols().withCovariance(CovarianceType.HC2).clusteredBy("firm"),
                LinearRegression.ols().withCovariance(CovarianceType.HC3).clusteredBy("firm", "year"))) {
            same(model.fit(petersen, "y", List.of("x")), SparkEstimators.fit(model, panel, "y", List.of("x")));
        }
    }

    /** 20 000 rows in 17 uneven partitions; string and numeric cluster keys; a categorical term with a chosen reference. */
    @Test
    void randomDataManyPartitions() {
        Dataset local = random(20_000, 11);
        SparkDataset spark = SparkDataset.of(frame(local, 17)).withReference("region", "r3");
        Dataset localRef = local.withReference("region", "r3");
        List<String> terms = List.of("d", "x1", "x2", "region");
        for (LinearRegression model : List.of(LinearRegression.ols(),
                LinearRegression.ols().withCovariance(CovarianceType.HC1),
                LinearRegression.ols().withCovariance(CovarianceType.HC2),
                LinearRegression.ols().withCovariance(CovarianceType.HC3),
                LinearRegression.ols().clusteredBy("school"),
                LinearRegression.ols().clusteredBy("school", "cohort"),
                LinearRegression.ols().withCovariance(CovarianceType.HC2).clusteredBy("school"),
                LinearRegression.ols().withCovariance(CovarianceType.HC3).clusteredBy("school", "cohort"),
                LinearRegression.ols().withIntercept(false))) {
            same(model.fit(localRef, "y", terms), SparkEstimators.fit(model, spark, "y", terms));
        }
    }

    /** y depends on a binary d, two numeric covariates and a five-level region; clusters "school" (text) and "cohort". */
    static Dataset random(int n, long seed) {
        Random r = new Random(seed);
        double[] y = new double[n];
        double[] d = new double[n];
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        double[] cohort = new double[n];
        String[] region = new String[n];
        String[] school = new String[n];
        for (int i = 0; i < n; i++) {
            x1[i] = r.nextGaussian() * 3 + 40;
            x2[i] = r.nextDouble() < 0.3 ? 1 : 0;
            int g = r.nextInt(5);
            region[i] = "r" + g;
            school[i] = "s" + r.nextInt(60);
            cohort[i] = 2000 + r.nextInt(8);
            double score = -0.5 + 0.04 * (x1[i] - 40) + 0.8 * x2[i] - 0.2 * g;
            d[i] = r.nextDouble() < 1 / (1 + Math.exp(-score)) ? 1 : 0;
            y[i] = 1.5 + 2.0 * d[i] + 0.3 * x1[i] - x2[i] + 0.5 * g + (1 + x2[i]) * r.nextGaussian();
        }
        return Dataset.builder().numeric("y", y).binary("d", d).numeric("x1", x1).binary("x2", x2)
                .categorical("region", region).categorical("school", school).numeric("cohort", cohort).build();
    }
}
