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
import io.github.causal4j.estimate.CovarianceType;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.Estimators;
import io.github.causal4j.estimate.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegressionAdjustmentTest {

    @Test
    void lalondeTreatmentCoefficientAsR() {
        Dataset d = TestData.lalonde();
        Estimate e = Estimators.ols().estimate(d, "treat", "re78", TestData.LALONDE_COVARIATES);
        // estimation_ols.R (R 4.2.2 lm): 1548.24380199957886362, SE 781.27929745978690, df 604
        assertEquals(1548.24380199957886362, e.value(), 1e-9 * 1548.2);
        assertEquals(781.27929745978690, e.stdError(), 1e-9 * 781.3);
        assertEquals(604, e.dof().getAsInt());
        assertEquals(614, e.n());
        assertEquals(AverageEffect.ATE, e.estimand());
        assertEquals(13.889909816807403, e.ciLower(), 1e-7);
        assertEquals(0.04796824155360143, e.pValue(), 1e-10);
        assertEquals("ols", e.method());
        assertEquals(64, e.provenance().dataSha256().length());
        Estimate hc3 = Estimators.ols().withCovariance(CovarianceType.HC3).estimate(d, "treat", "re78",
                TestData.LALONDE_COVARIATES);
        assertEquals(7.4998675886314936e+02, hc3.stdError(), 1e-9 * 750);
    }

    @Test
    void petersenClusteredThroughTheEstimator() {
        Estimate e = Estimators.ols().clusteredBy(List.of("firm")).estimate(TestData.read("petersen_cl.csv"), "x", "y",
                List.of());
        assertEquals(0.050595725884029649, e.stdError(), 1e-9 * 0.05);
        assertEquals(500.0, e.diagnostics().get("clusters_firm"));
    }

    @Test
    void badInputs() {
        Dataset d = TestData.lalonde();
        IllegalArgumentException outcome = assertThrows(IllegalArgumentException.class,
                () -> Estimators.ols().estimate(d, "treat", "re78", List.of("age", "re78")));
        assertTrue(outcome.getMessage().contains("outcome 're78' is also listed as a covariate"));
        assertThrows(IllegalArgumentException.class, () -> Estimators.ols().estimate(d, "treat", "treat", List.of()));
        assertThrows(IllegalArgumentException.class, () -> Estimators.ols().estimate(d, "treat", "re78", List.of("treat")));
        assertThrows(IllegalArgumentException.class, () -> Estimators.ols().estimate(d, "treat", "nope", List.of()));
    }
}
