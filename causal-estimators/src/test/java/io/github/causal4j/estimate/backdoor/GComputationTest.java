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

import io.github.causal4j.estimate.AverageEffect;
import io.github.causal4j.estimate.CovarianceType;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.Estimators;
import io.github.causal4j.estimate.TestData;
import org.junit.jupiter.api.Test;

/**
 * G-computation on LaLonde against docs/reference-scripts/estimation_gcomp.R (R 4.2.2: separate lm
 * fits with a numDeriv stacked-equation sandwich; Lin's interacted lm with sandwich::vcovHC).
 * Estimates 1e-10 relative; SEs 1e-8 (separate: numDeriv Jacobian) and 1e-9 (interacted).
 */
class GComputationTest {

    private static Estimate run(GComputation g) {
        return g.estimate(TestData.lalonde(), "treat", "re78", TestData.LALONDE_COVARIATES);
    }

    @Test
    void separateModelsWithTheStackedSandwich() {
        double[][] expected = {{1074.9085413954083, 1101.1494237116065}, {1647.5832524402369, 808.97952952362175},
            {827.95091542036562, 1461.8004343272792}};
        AverageEffect[] effects = {AverageEffect.ATE, AverageEffect.ATT, AverageEffect.ATC};
        for (int k = 0; k < 3; k++) {
            Estimate e = run(Estimators.gComputation().withEstimand(effects[k]));
            assertEquals(expected[k][0], e.value(), 1e-10 * Math.abs(expected[k][0]), effects[k].name());
            assertEquals(expected[k][1], e.stdError(), 1e-8 * expected[k][1], effects[k].name());
        }
    }

    @Test
    void interactedRegressionAsLin() {
        Estimate hc2 = run(Estimators.gComputation().withOutcomeModel(GComputation.OutcomeModel.INTERACTED));
        assertEquals(1074.9085413953771, hc2.value(), 1e-10 * 1075);
        assertEquals(1211.8814135700725, hc2.stdError(), 1e-9 * 1212);
        assertEquals(596, hc2.dof().getAsInt());
        Estimate att = run(Estimators.gComputation().withOutcomeModel(GComputation.OutcomeModel.INTERACTED)
                .withEstimand(AverageEffect.ATT).withCovariance(CovarianceType.HC1));
        assertEquals(1647.5832524402144, att.value(), 1e-10 * 1648);
        assertEquals(801.2852260030885, att.stdError(), 1e-9 * 801);
    }
}
