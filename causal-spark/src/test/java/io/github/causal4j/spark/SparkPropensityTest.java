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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.AverageEffect;
import io.github.causal4j.estimate.CovariateBalance;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.LogisticFit;
import io.github.causal4j.estimate.LogisticRegression;
import io.github.causal4j.estimate.WeightNormalization;
import io.github.causal4j.estimate.backdoor.AugmentedIpw;
import io.github.causal4j.estimate.backdoor.InverseProbabilityWeighting;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The propensity-score estimators on Spark, with the logit fitted by Newton passes over the
 * partitions, equal the in-memory ones to 1e-9 relative: the logistic fit itself, IPW (Hájek and
 * Horvitz–Thompson; ATE, ATT, ATC; trimming, clipping) with its overlap and balance diagnostics, and
 * AIPW (ATE, ATT, ATC; clipping). Data: Lalonde with PSID controls (the in-memory estimates are
 * checked against R by causal-estimators' tests) and random data in 17 uneven partitions.
 */
class SparkPropensityTest {

    static final List<String> LALONDE = List.of("age", "educ", "black", "hispan", "married", "nodegree", "re74", "re75");

    @Test
    void lalonde() {
        Dataset local = read("lalonde_psid.csv");
        SparkDataset spark = SparkDataset.of(frame(local, 3));
        LogisticFit a = LogisticRegression.logit().fit(local, "treat", LALONDE);
        LogisticFit b = SparkEstimators.fit(LogisticRegression.logit(), spark, "treat", LALONDE);
        SparkTesting.same(a.coefficients(), b.coefficients());
        SparkTesting.same(a.deviance(), b.deviance(), "deviance");
        SparkTesting.same(a.nullDeviance(), b.nullDeviance(), "null deviance");
        assertEquals(a.iterations(), b.iterations(), "Newton iterations");
        for (AverageEffect effect : AverageEffect.values()) {
            for (InverseProbabilityWeighting ipw : List.of(InverseProbabilityWeighting.hajek().withEstimand(effect),
                    InverseProbabilityWeighting.hajek().withEstimand(effect).withNormalization(
                            WeightNormalization.HORVITZ_THOMPSON))) {
                same(ipw.estimate(local, "treat", "re78", LALONDE),
                        SparkEstimators.estimate(ipw, spark, "treat", "re78", LALONDE));
            }
            AugmentedIpw aipw = AugmentedIpw.standard().withEstimand(effect);
            same(aipw.estimate(local, "treat", "re78", LALONDE),
                    SparkEstimators.estimate(aipw, spark, "treat", "re78", LALONDE));
        }
        // trimming drops units and refits the propensity model on the rest; clipping fixes extreme weights
        for (InverseProbabilityWeighting ipw : List.of(InverseProbabilityWeighting.hajek().withTrimming(0.05),
                InverseProbabilityWeighting.hajek().withClipping(0.05))) {
            same(ipw.estimate(local, "treat", "re78", LALONDE),
                    SparkEstimators.estimate(ipw, spark, "treat", "re78", LALONDE));
        }
        AugmentedIpw clipped = AugmentedIpw.standard().withClipping(0.02);
        same(clipped.estimate(local, "treat", "re78", LALONDE),
                SparkEstimators.estimate(clipped, spark, "treat", "re78", LALONDE));
    }

    @Test
    void randomDataManyPartitions() {
        Dataset local = SparkRegressionTest.random(20_000, 23);
        SparkDataset spark = SparkDataset.of(frame(local, 17));
        List<String> covariates = List.of("x1", "x2", "region");
        for (AverageEffect effect : List.of(AverageEffect.ATE, AverageEffect.ATT)) {
            InverseProbabilityWeighting ipw = InverseProbabilityWeighting.hajek().withEstimand(effect).withClipping(0.1);
            same(ipw.estimate(local, "d", "y", covariates), SparkEstimators.estimate(ipw, spark, "d", "y", covariates));
            AugmentedIpw aipw = AugmentedIpw.standard().withEstimand(effect);
            same(aipw.estimate(local, "d", "y", covariates), SparkEstimators.estimate(aipw, spark, "d", "y", covariates));
        }
    }

    /**
     * Trimming removes every unit of the level "r9" (propensity about 0.97): the refitted propensity
     * model and the balance table then have no "region=r9" column, in memory (a new design on the kept
     * rows) and on Spark (the restricted rows re-derive the dummies) alike.
     */
    @Test
    void trimmingRemovesALevel() {
        int n = 6000;
        java.util.Random r = new java.util.Random(7);
        double[] y = new double[n];
        double[] d = new double[n];
        double[] x = new double[n];
        String[] region = new String[n];
        for (int i = 0; i < n; i++) {
            boolean rare = i % 100 == 0;
            region[i] = rare ? "r9" : "r" + r.nextInt(3);
            x[i] = r.nextGaussian();
            double score = rare ? 3.5 : -0.3 + 0.5 * x[i];
            d[i] = r.nextDouble() < 1 / (1 + Math.exp(-score)) ? 1 : 0;
            y[i] = 1 + d[i] + x[i] + r.nextGaussian();
        }
        Dataset local = Dataset.builder().numeric("y", y).binary("d", d).numeric("x", x).categorical("region", region)
                .build();
        SparkDataset spark = SparkDataset.of(frame(local, 17));
        InverseProbabilityWeighting ipw = InverseProbabilityWeighting.hajek().withTrimming(0.1);
        Estimate inMemory = ipw.estimate(local, "d", "y", List.of("x", "region"));
        Estimate onSpark = SparkEstimators.estimate(ipw, spark, "d", "y", List.of("x", "region"));
        same(inMemory, onSpark);
        assertTrue(onSpark.diagnostics().get("trimmed") >= 60, "the r9 units are trimmed: " + onSpark.diagnostics());
        assertEquals(List.of("x", "region=r1", "region=r2"), onSpark.balance().stream().map(CovariateBalance::covariate)
                .toList());
    }
}
