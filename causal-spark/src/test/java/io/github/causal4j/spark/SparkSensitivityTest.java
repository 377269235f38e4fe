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
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.CovarianceType;
import io.github.causal4j.sensitivity.BenchmarkBound;
import io.github.causal4j.sensitivity.OlsSensitivity;
import io.github.causal4j.sensitivity.SensitivityReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Cinelli–Hazlett sensitivity report on Spark equals the in-memory report to 1e-9 relative:
 * estimate, standard error, t, partial R², robustness values and every benchmark bound, on Darfur
 * (sensemakr's running example, checked against sensemakr 0.1.6 by causal-sensitivity's tests) with
 * the single benchmark {@code female}, the group benchmark {@code village} (485 dummies), and a
 * cluster-robust standard error; and on random data in 17 partitions.
 */
class SparkSensitivityTest {

    static final List<String> COVARIATES = SparkRegressionTest.DARFUR_COVARIATES;

    @Test
    void darfurBenchmarks() {
        Dataset local = read("darfur.csv");
        SparkDataset spark = SparkDataset.of(frame(local, 4));
        OlsSensitivity inMemory = OlsSensitivity.of(local, "directlyharmed", "peacefactor", COVARIATES)
                .withBenchmarks("female").withGroupBenchmark("village", List.of("village")).withMultipliers(0.5, 1);
        OlsSensitivity onSpark = SparkEstimators.sensitivity(spark, "directlyharmed", "peacefactor", COVARIATES,
                List.of("village")).withBenchmarks("female").withGroupBenchmark("village", List.of("village"))
                .withMultipliers(0.5, 1);
        same(inMemory.run(), onSpark.run());
        // HC1 standard errors clustered by village scale the bias-adjusted inference
        same(inMemory.withCovariance(CovarianceType.HC1).clusteredBy("village").run(),
                onSpark.withCovariance(CovarianceType.HC1).clusteredBy("village").run());
    }

    @Test
    void randomDataManyPartitions() {
        Dataset local = SparkRegressionTest.random(20_000, 5);
        SparkDataset spark = SparkDataset.of(frame(local, 17));
        List<String> covariates = List.of("x1", "x2", "region");
        OlsSensitivity inMemory = OlsSensitivity.of(local, "d", "y", covariates).withBenchmarks("x1", "region")
                .withMultipliers(1, 2).withCovariance(CovarianceType.HC3);
        OlsSensitivity onSpark = SparkEstimators.sensitivity(spark, "d", "y", covariates, List.of())
                .withBenchmarks("x1", "region").withMultipliers(1, 2).withCovariance(CovarianceType.HC3);
        same(inMemory.run(), onSpark.run());
    }

    static void same(SensitivityReport local, SensitivityReport spark) {
        SparkTesting.same(local.estimate(), spark.estimate(), "estimate");
        SparkTesting.same(local.standardError(), spark.standardError(), "standard error");
        SparkTesting.same(local.tValue(), spark.tValue(), "t");
        assertEquals(local.dof(), spark.dof(), "dof");
        SparkTesting.same(local.partialR2(), spark.partialR2(), "partial R2");
        SparkTesting.same(local.partialF2(), spark.partialF2(), "partial f2");
        SparkTesting.same(local.robustnessValue(), spark.robustnessValue(), "RV_q");
        SparkTesting.same(local.robustnessValueAlpha(), spark.robustnessValueAlpha(), "RV_q,alpha");
        SparkTesting.same(local.extremeRobustnessValueAlpha(), spark.extremeRobustnessValueAlpha(), "XRV_q,alpha");
        assertEquals(local.bounds().size(), spark.bounds().size(), "bounds");
        for (int i = 0; i < local.bounds().size(); i++) {
            BenchmarkBound a = local.bounds().get(i);
            BenchmarkBound b = spark.bounds().get(i);
            assertEquals(a.label(), b.label());
            SparkTesting.same(a.benchmark().r2dxjX(), b.benchmark().r2dxjX(), a.label() + " r2dxj.x");
            SparkTesting.same(a.benchmark().r2yxjDX(), b.benchmark().r2yxjDX(), a.label() + " r2yxj.dx");
            SparkTesting.same(a.r2dzX(), b.r2dzX(), a.label() + " r2dz.x");
            SparkTesting.same(a.r2yzDX(), b.r2yzDX(), a.label() + " r2yz.dx");
            SparkTesting.same(a.adjusted().estimate(), b.adjusted().estimate(), a.label() + " adjusted estimate");
            SparkTesting.same(a.adjusted().standardError(), b.adjusted().standardError(), a.label() + " adjusted se");
            SparkTesting.sameLimit(a.adjusted().lower(), b.adjusted().lower(), a.adjusted().estimate(),
                    a.label() + " adjusted lower");
            SparkTesting.sameLimit(a.adjusted().upper(), b.adjusted().upper(), a.adjusted().estimate(),
                    a.label() + " adjusted upper");
        }
        assertEquals(local.warnings(), spark.warnings(), "warnings");
        assertEquals(local.provenance().orElseThrow().settings(), spark.provenance().orElseThrow().settings());
    }
}
