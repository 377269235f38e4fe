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
package io.github.causal4j.examples;

import static io.github.causal4j.examples.Programs.relative;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.AverageEffect;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.Estimators;
import io.github.causal4j.estimate.analysis.MethodEstimate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * References: R 4.2.2 {@code lm} (docs/reference-scripts/estimation_ols.R) for the OLS effect;
 * docs/reference-scripts/estimation_ipw.R (R 4.2.2, numDeriv 2016.8-1.1), estimation_aipw.R
 * (R 4.2.2) and estimation_matching.R (R 4.2.2, Matching 4.10-8) for the three ATTs, which must
 * also equal the library's estimators called directly on the covariates the graph names.
 */
class LalondeJobTrainingTest {

    static final List<String> COVARIATES = List.of("age", "educ", "black", "hispan", "married", "nodegree", "re74",
            "re75");

    @Test
    void olsFromTheRunAndTheThreeAttsAsR() throws Exception {
        LalondeJobTraining.Result r = LalondeJobTraining.analyze(Programs.DATASETS);
        assertEquals(COVARIATES, r.analysis().identified().adjustmentSet(), "the graph's adjustment set");
        Estimate ols = r.analysis().primaryEstimate().orElseThrow();
        assertEquals("ols", ols.method());
        assertEquals(AverageEffect.ATE, ols.estimand());
        relative(1548.24380199957886362, ols.value(), 1e-9, "OLS (R lm)");

        Dataset lalonde = Dataset.readCsv(Programs.DATASETS.resolve("lalonde_psid.csv"));
        Estimate[] found = {r.ipw(), r.aipw(), r.matching()};
        Estimate[] direct = {
            Estimators.ipw().withEstimand(AverageEffect.ATT).estimate(lalonde, "treat", "re78", COVARIATES),
            Estimators.aipw().withEstimand(AverageEffect.ATT).estimate(lalonde, "treat", "re78", COVARIATES),
            Estimators.matching().estimate(lalonde, "treat", "re78", COVARIATES)};
        double[] fromR = {1214.0712232929154, 1226.5437405543155, 1933.3918757747749};
        for (int k = 0; k < 3; k++) {
            assertEquals(AverageEffect.ATT, found[k].estimand(), found[k].method());
            assertEquals(direct[k].value(), found[k].value(), 0, found[k].method() + " = the estimator called alone");
            assertEquals(direct[k].stdError(), found[k].stdError(), 0, found[k].method() + " SE");
            relative(fromR[k], found[k].value(), 1e-9, found[k].method() + " ATT (R)");
        }
        MethodEstimate matchingRow = r.analysis().estimate("matching").orElseThrow();
        assertEquals(r.matching().value(), matchingRow.estimate().orElseThrow().value(), 0, "the run's matching row");

        String out = Programs.output(LalondeJobTraining::main);
        Programs.mentions(out, "1794.00", "1548.24", "1214.07", "1226.54", "1933.39", "+139 vs the experiment");
    }
}
