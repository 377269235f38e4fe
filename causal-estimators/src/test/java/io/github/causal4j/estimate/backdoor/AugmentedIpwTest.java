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
package io.github.causal4j.estimate.backdoor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.AverageEffect;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.Estimators;
import io.github.causal4j.estimate.LinearRegression;
import io.github.causal4j.estimate.LogisticFit;
import io.github.causal4j.estimate.LogisticRegression;
import io.github.causal4j.estimate.Parallelism;
import io.github.causal4j.estimate.RegressionFit;
import io.github.causal4j.estimate.TestData;
import io.github.causal4j.estimate.internal.Seeds;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AugmentedIpwTest {

    private static final Dataset LALONDE = TestData.lalonde();

    /** docs/reference-scripts/estimation_aipw.R (R 4.2.2): glm propensity, lm per arm, influence-function SE. */
    @Test
    void lalondeAsR() {
        double[][] expected = {{469.63997358630326, 925.40057465171037}, {1226.5437405543155, 813.4162355916701},
            {143.23625123413024, 1177.7575931335839}};
        AverageEffect[] effects = {AverageEffect.ATE, AverageEffect.ATT, AverageEffect.ATC};
        for (int k = 0; k < 3; k++) {
            Estimate e = Estimators.aipw().withEstimand(effects[k]).estimate(LALONDE, "treat", "re78",
                    TestData.LALONDE_COVARIATES);
            assertEquals(expected[k][0], e.value(), 1e-10 * Math.abs(expected[k][0]), effects[k] + " estimate");
            assertEquals(expected[k][1], e.stdError(), 1e-10 * expected[k][1], effects[k] + " SE");
            assertEquals(effects[k], e.estimand());
        }
    }

    /**
     * Cross-fitting against a brute-force re-implementation: the same documented folds
     * (Seeds.folds), each fold's nuisances fitted on the other folds' rows as separate data sets.
     */
    @Test
    void crossFittingEqualsItsDefinition() {
        int k = 4;
        long seed = 2024;
        int n = LALONDE.rowCount();
        int[] fold = Seeds.folds(n, k, seed);
        double[] phi = new double[n];
        for (int f = 0; f < k; f++) {
            List<Integer> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                (fold[i] == f ? test : train).add(i);
            }
            Dataset tr = LALONDE.rows(train.stream().mapToInt(Integer::intValue).toArray());
            Dataset te = LALONDE.rows(test.stream().mapToInt(Integer::intValue).toArray());
            LogisticFit ps = LogisticRegression.logit().fit(tr, "treat", TestData.LALONDE_COVARIATES);
            double[] eta = ps.predictLinear(io.github.causal4j.estimate.DesignMatrix.of(te, TestData.LALONDE_COVARIATES));
            double[] m = new double[2 * te.rowCount()];
            for (int arm = 0; arm < 2; arm++) {
                List<Integer> rows = new ArrayList<>();
                for (int j = 0; j < tr.rowCount(); j++) {
                    if (tr.numeric("treat").get(j) == arm) {
                        rows.add(j);
                    }
                }
                RegressionFit fit = LinearRegression.ols().fit(tr.rows(rows.stream().mapToInt(Integer::intValue).toArray()),
                        "re78", TestData.LALONDE_COVARIATES);
                double[] pred = fit.predict(io.github.causal4j.estimate.DesignMatrix.of(te, TestData.LALONDE_COVARIATES));
                System.arraycopy(pred, 0, m, arm * te.rowCount(), te.rowCount());
            }
            for (int j = 0; j < te.rowCount(); j++) {
                double e = 1 / (1 + Math.exp(-eta[j]));
                double d = te.numeric("treat").get(j);
                double y = te.numeric("re78").get(j);
                double m1 = m[te.rowCount() + j];
                double m0 = m[j];
                phi[test.get(j)] = m1 - m0 + d * (y - m1) / e - (1 - d) * (y - m0) / (1 - e);
            }
        }
        double tau = 0;
        for (double v : phi) {
            tau += v / n;
        }
        double ss = 0;
        for (double v : phi) {
            ss += (v - tau) * (v - tau);
        }
        Estimate e = Estimators.aipw().withCrossFitting(k, seed).estimate(LALONDE, "treat", "re78",
                TestData.LALONDE_COVARIATES);
        assertEquals(tau, e.value(), 1e-9 * Math.abs(tau));
        assertEquals(Math.sqrt(ss) / n, e.stdError(), 1e-9 * e.stdError());
        assertEquals(seed, e.provenance().seed().getAsLong());
        Estimate again = Estimators.aipw().withCrossFitting(k, seed).withParallelism(Parallelism.sequential())
                .estimate(LALONDE, "treat", "re78", TestData.LALONDE_COVARIATES);
        assertEquals(e.value(), again.value(), 0.0, "same seed, any thread count: same bits");
        Estimate other = Estimators.aipw().withCrossFitting(k, seed + 1).estimate(LALONDE, "treat", "re78",
                TestData.LALONDE_COVARIATES);
        assertTrue(other.value() != e.value());
    }

    @Test
    void badInputs() {
        assertThrows(IllegalArgumentException.class,
                () -> Estimators.aipw().estimate(LALONDE, "age", "re78", TestData.LALONDE_COVARIATES.subList(1, 8)));
        assertThrows(IllegalArgumentException.class, () -> Estimators.aipw().withCrossFitting(0, 1));
        IllegalArgumentException tiny = assertThrows(IllegalArgumentException.class,
                () -> Estimators.aipw().estimate(LALONDE.rows(new int[] {0, 1, 2, 3, 200, 201, 202, 203, 204, 205, 206}),
                        "treat", "re78", TestData.LALONDE_COVARIATES));
        assertTrue(tiny.getMessage().contains("treated arm"), tiny.getMessage());
    }
}
