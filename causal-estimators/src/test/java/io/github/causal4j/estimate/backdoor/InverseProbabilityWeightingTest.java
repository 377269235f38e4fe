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
import io.github.causal4j.estimate.CovariateBalance;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.Estimators;
import io.github.causal4j.estimate.SeparationException;
import io.github.causal4j.estimate.TestData;
import io.github.causal4j.estimate.WeightNormalization;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * IPW on LaLonde against docs/reference-scripts/estimation_ipw.R (R 4.2.2, numDeriv 2016.8-1.1): the
 * stacked estimating equations (logit score + weighted means) with a numerically differentiated
 * sandwich, an implementation independent of the analytic influence functions used here.
 * Tolerances: estimates 1e-10 relative; standard errors 1e-8 (numDeriv's Jacobian is accurate to
 * about 1e-10).
 */
class InverseProbabilityWeightingTest {

    private static final Dataset LALONDE = TestData.lalonde();

    private static Estimate ipw(WeightNormalization kind, AverageEffect effect) {
        return Estimators.ipw().withNormalization(kind).withEstimand(effect).estimate(LALONDE, "treat", "re78",
                TestData.LALONDE_COVARIATES);
    }

    private static void check(double est, double se, Estimate e) {
        assertEquals(est, e.value(), 1e-10 * Math.abs(est), "estimate");
        assertEquals(se, e.stdError(), 1e-8 * se, "standard error");
    }

    @Test
    void hajekMatchesTheStackedSandwich() {
        check(224.67630910393927, 876.1931911713607, ipw(WeightNormalization.HAJEK, AverageEffect.ATE));
        check(1214.0712232929154, 798.15462783821056, ipw(WeightNormalization.HAJEK, AverageEffect.ATT));
        check(-186.91589984110487, 1130.9821968024939, ipw(WeightNormalization.HAJEK, AverageEffect.ATC));
    }

    @Test
    void horvitzThompsonMatchesTheStackedSandwich() {
        check(-449.78687538356286, 755.7966324090529, ipw(WeightNormalization.HORVITZ_THOMPSON, AverageEffect.ATE));
        check(1158.5883804611528, 809.52509188404349, ipw(WeightNormalization.HORVITZ_THOMPSON, AverageEffect.ATT));
        check(-1143.3752724261551, 902.33803921920878, ipw(WeightNormalization.HORVITZ_THOMPSON, AverageEffect.ATC));
    }

    @Test
    void diagnosticsAsR() {
        Estimate ate = ipw(WeightNormalization.HAJEK, AverageEffect.ATE);
        assertEquals(0.024951784536380809, ate.diagnostics().get("ps_min_treated"), 1e-12);
        assertEquals(0.85315284521058732, ate.diagnostics().get("ps_max_treated"), 1e-12);
        assertEquals(0.0090801929457773167, ate.diagnostics().get("ps_min_control"), 1e-12);
        assertEquals(0.78917283444551301, ate.diagnostics().get("ps_max_control"), 1e-12);
        assertEquals(58.326660739746771, ate.diagnostics().get("ess_treated"), 1e-9);
        assertEquals(329.0077590632655, ate.diagnostics().get("ess_control"), 1e-9);
        CovariateBalance age = ate.balance().stream().filter(b -> b.covariate().equals("age")).findFirst().orElseThrow();
        assertEquals(-0.24190362292609968, age.smdBefore(), 1e-12);
        assertEquals(-0.16756758578214406, age.smdAfter(), 1e-12);
        Estimate att = ipw(WeightNormalization.HAJEK, AverageEffect.ATT);
        assertEquals(99.815385915794181, att.diagnostics().get("ess_control"), 1e-9);
        CovariateBalance re74 = att.balance().stream().filter(b -> b.covariate().equals("re74")).findFirst().orElseThrow();
        assertEquals(-0.002142816404296533, re74.smdAfter(), 1e-12);
        assertTrue(att.dof().isEmpty(), "normal inference");
        assertTrue(ate.warnings().stream().anyMatch(w -> w.contains("positivity")), ate.warnings().toString());
    }

    @Test
    void trimmingDropsUnitsAndSaysSo() {
        Estimate e = Estimators.ipw().withTrimming(0.05).estimate(LALONDE, "treat", "re78", TestData.LALONDE_COVARIATES);
        assertTrue(e.diagnostics().get("trimmed") > 0);
        assertEquals(614 - e.diagnostics().get("trimmed"), e.n(), 0.0);
        assertTrue(e.warnings().stream().anyMatch(w -> w.contains("overlap population")));
        Estimate c = Estimators.ipw().withClipping(0.05).estimate(LALONDE, "treat", "re78", TestData.LALONDE_COVARIATES);
        assertEquals(614, c.n());
        assertTrue(c.diagnostics().get("clipped") > 0);
        assertTrue(c.diagnostics().get("ps_min_control") >= 0.05);
    }

    @Test
    void badInputs() {
        IllegalArgumentException nonBinary = assertThrows(IllegalArgumentException.class,
                () -> Estimators.ipw().estimate(LALONDE, "educ", "re78", List.of("age")));
        assertTrue(nonBinary.getMessage().contains("binary") && nonBinary.getMessage().contains("'educ'"));
        // No overlap: the treatment is a threshold of a covariate.
        double[] t = new double[LALONDE.rowCount()];
        for (int i = 0; i < t.length; i++) {
            t[i] = LALONDE.numeric("age").get(i) > 30 ? 1 : 0;
        }
        SeparationException sep = assertThrows(SeparationException.class,
                () -> Estimators.ipw().estimate(LALONDE.withNumeric("old", t), "old", "re78", List.of("age", "educ")));
        assertTrue(sep.getMessage().contains("'old'") && sep.covariates().contains("age"), sep.getMessage());
    }
}
