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
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/**
 * E-values. Published: VanderWeele &amp; Ding (2017, Ann. Intern. Med. 167:268-274), RR 3.9 (95% CI
 * 1.8-8.7) gives 7.26 and 3.0. Other expected values: docs/reference-scripts/evalues_rosenbaum.py
 * (Python 3.11, the paper's Table 2 formulas written out by hand).
 */
class EValuesTest {

    @Test
    void publishedExample() {
        EValue e = EValues.riskRatio(3.9, 1.8, 8.7);
        assertEquals(7.26, e.point(), 0.005);
        assertEquals(3.0, e.confidenceLimit().getAsDouble(), 1e-12);
        Close.rel(7.263034344160047, e.point(), 1e-14, "script");
        assertTrue(e.report().text().contains("7.263"), e.report().text());
    }

    @Test
    void protectiveAndNullCrossingEstimates() {
        // evalues_rosenbaum.py: RR 0.8 (0.71, 0.91) and RR 1.5 (0.9, 2.5)
        EValue protective = EValues.riskRatio(0.8, 0.71, 0.91);
        Close.rel(1.8090169943749475, protective.point(), 1e-14, "point");
        Close.rel(1.4285714285714282, protective.confidenceLimit().getAsDouble(), 1e-14, "upper limit used");
        EValue crossing = EValues.riskRatio(1.5, 0.9, 2.5);
        Close.rel(2.3660254037844384, crossing.point(), 1e-14, "point");
        assertEquals(1.0, crossing.confidenceLimit().getAsDouble());
        assertTrue(EValues.riskRatio(2.0).confidenceLimit().isEmpty());
    }

    @Test
    void otherMeasures() {
        // evalues_rosenbaum.py
        EValue or = EValues.oddsRatio(2.0, 1.5, 2.8, false);
        Close.rel(2.179580427103275, or.point(), 1e-14, "OR common");
        Close.rel(1.749392494666879, or.confidenceLimit().getAsDouble(), 1e-14, "OR common CI");
        Close.rel(EValues.riskRatio(2.0, 1.5, 2.8).point(), EValues.oddsRatio(2.0, 1.5, 2.8, true).point(), 1e-15, "OR rare = RR");
        EValue hr = EValues.hazardRatio(0.7, 0.55, 0.9, false);
        Close.rel(1.878685512837407, hr.point(), 1e-14, "HR common");
        Close.rel(1.3612206313389328, hr.confidenceLimit().getAsDouble(), 1e-14, "HR common CI");
        Close.rel(EValues.riskRatio(0.7, 0.55, 0.9).point(), EValues.hazardRatio(0.7, 0.55, 0.9, true).point(), 1e-15, "HR rare = RR");
        EValue smd = EValues.standardizedMeanDifference(0.5, 0.1);
        Close.rel(2.5291419818612693, smd.point(), 1e-14, "SMD");
        Close.rel(1.9680373469882557, smd.confidenceLimit().getAsDouble(), 1e-14, "SMD CI");
        EValue ols = EValues.olsCoefficient(0.0973158192849558, 0.023256537809811, 0.5, 1.0);
        Close.rel(1.6747194714762696, ols.point(), 1e-14, "OLS");
        Close.rel(1.4286049714293552, ols.confidenceLimit().getAsDouble(), 1e-14, "OLS CI");
        EValue shifted = EValues.of(EffectMeasure.RISK_RATIO, 3.9, 1.8, 8.7, 1.5);
        Close.rel(4.639607805437114, shifted.point(), 1e-14, "true RR 1.5");
        Close.rel(1.6898979485566354, shifted.confidenceLimit().getAsDouble(), 1e-14, "true RR 1.5 CI");
    }

    @Property
    void eValueIsTheConfoundingThatExactlyExplainsAwayTheRiskRatio(@ForAll @DoubleRange(min = 1.01, max = 50) double rr) {
        // Ding & VanderWeele (2016) bounding factor: B(a, b) = a b / (a + b - 1); the E-value e solves B(e, e) = RR
        double e = EValues.ofRiskRatio(rr);
        Close.rel(rr, e * e / (2 * e - 1), 1e-12, "bounding factor at the E-value");
        Close.rel(e, EValues.ofRiskRatio(1 / rr), 1e-12, "symmetry in RR <-> 1/RR");
    }

    @Test
    void badInput() {
        assertMessage(() -> EValues.riskRatio(-1), "risk ratio");
        assertMessage(() -> EValues.riskRatio(2, 2.5, 3), "lower confidence limit");
        assertMessage(() -> EValues.riskRatio(2, 1.5, 1.8), "upper confidence limit");
        assertMessage(() -> EValues.standardizedMeanDifference(0.3, -0.1), "standard error");
        assertMessage(() -> EValues.olsCoefficient(0.1, 0.02, 0, 1), "outcome standard deviation");
    }
}
