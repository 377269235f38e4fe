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
package io.github.causal4j.sensitivity;

import static io.github.causal4j.sensitivity.OmittedVariableBiasTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.causal4j.estimate.AdjustmentRule;
import io.github.causal4j.estimate.AnalysisContext;
import io.github.causal4j.estimate.CovarianceType;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.Estimators;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The sensitivity stage of an analysis: it uses the context's adjustment set and offers its covariates
 * as benchmarks. Expected numbers: sensemakr 0.1.6 (test-02-darfur.R) and
 * docs/reference-scripts/sensitivity_darfur.R (R 4.2.2, sandwich 3.0-2).
 */
class SensitivityStepTest {

    static AnalysisContext context(Optional<Estimate> estimate) {
        return new AnalysisContext(OlsSensitivityDarfurTest.DARFUR, Optional.empty(), "directlyharmed", "peacefactor",
                OlsSensitivityDarfurTest.COVARIATES, AdjustmentRule.USER_SPECIFIED, 1L, estimate);
    }

    @Test
    void usesTheAdjustmentSetAndOffersItsCovariatesAsBenchmarks() {
        assertEquals(OlsSensitivityDarfurTest.COVARIATES, SensitivityStep.benchmarkCandidates(context(Optional.empty())));
        SensitivityReport r = SensitivityStep.omittedVariableBias().withBenchmarks("female").withMultipliers(1, 2, 3)
                .apply(context(Optional.empty()));
        Close.rel(0.0303960234641548, r.bounds().get(2).adjusted().estimate(), 1e-9, "3x female (sensemakr)");
        SensitivityReport all = SensitivityStep.omittedVariableBias().withAllCovariatesAsBenchmarks().apply(context(Optional.empty()));
        assertEquals(List.of("1x age", "1x farmer_dar", "1x herder_dar", "1x pastvoted", "1x hhsize_darfur", "1x female", "1x village"),
                all.bounds().stream().map(BenchmarkBound::label).toList());
        assertMessage(() -> SensitivityStep.omittedVariableBias().withBenchmarks("wouldvote").apply(context(Optional.empty())),
                "not among the covariates");
    }

    @Test
    void inheritsTheCovarianceOfAnOlsEstimate() {
        Estimate hc1 = Estimators.ols().withCovariance(CovarianceType.HC1).estimate(OlsSensitivityDarfurTest.DARFUR, "directlyharmed",
                "peacefactor", OlsSensitivityDarfurTest.COVARIATES);
        SensitivityReport r = SensitivityStep.omittedVariableBias().apply(context(Optional.of(hc1)));
        // sandwich 3.0-2 vcovHC(type = "HC1"): 0.0291658028000658; RV_q,a with the robust scaling (R script)
        Close.rel(0.0291658028000658, r.omittedVariableBias().inferenceStandardError(), 1e-9, "HC1 se");
        Close.rel(0.0596444149063815, r.robustnessValueAlpha(), 1e-8, "RV_q,a HC1");
        SensitivityReport classical = SensitivityStep.omittedVariableBias().withCovariance(CovarianceType.CLASSICAL)
                .apply(context(Optional.of(hc1)));
        Close.rel(0.0762579655448573, classical.robustnessValueAlpha(), 1e-9, "explicit classical overrides");
    }

    @Test
    void sensitivityFromAnEstimateAlone() {
        // an HC1 OLS estimate: the classical se is recovered from its partial R2 diagnostic
        Estimate hc1 = Estimators.ols().withCovariance(CovarianceType.HC1).estimate(OlsSensitivityDarfurTest.DARFUR, "directlyharmed",
                "peacefactor", OlsSensitivityDarfurTest.COVARIATES);
        OmittedVariableBias ovb = OmittedVariableBias.of(hc1);
        Close.rel(0.023256537809811, ovb.standardError(), 1e-9, "classical se recovered");
        Close.rel(0.0291658028000658, ovb.inferenceStandardError(), 1e-9, "robust se kept");
        Estimate classical = Estimators.ols().estimate(OlsSensitivityDarfurTest.DARFUR, "directlyharmed", "peacefactor",
                OlsSensitivityDarfurTest.COVARIATES);
        Close.rel(0.138776353893588, OmittedVariableBias.of(classical).robustnessValue(1), 1e-9, "RV_q");
    }
}
