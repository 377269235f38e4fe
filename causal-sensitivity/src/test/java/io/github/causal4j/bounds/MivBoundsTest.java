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
package io.github.causal4j.bounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.data.Dataset;
import org.junit.jupiter.api.Test;

class MivBoundsTest {

    private static final BoundsVariables VARS = BoundsVariables.of("d", "y").withInstrument("v");
    private static final MivBounds MIV = MivBounds.of(OutcomeRange.unit()).withInference(InferenceOptions.none());

    // Cell v=0: treated y = 1, 1; controls y = 1, 0.  Cell v=1: treated y = 1, 0; controls y = 0, 1.
    private static final Dataset DATA = Dataset.builder()
            .numeric("v", new double[] {0, 0, 0, 0, 1, 1, 1, 1})
            .binary("d", new double[] {1, 1, 0, 0, 1, 1, 0, 0})
            .numeric("y", new double[] {1, 1, 1, 0, 1, 0, 0, 1}).build();

    @Test
    void handDerivedTwoCellExample() {
        // hand-derived: cell bounds E[Y(1)|v=0] in [.5, 1], E[Y(1)|v=1] in [.25, .75], E[Y(0)|v] in [.25, .75] in both.
        // Increasing MIV, P(v) = 1/2: E[Y(1)] in [.5*.5 + .5*max(.5,.25), .5*min(1,.75) + .5*.75] = [.5, .75];
        // E[Y(0)] in [.25, .75]; ATE in [.5 - .75, .75 - .25] = [-.25, .5]. (Manski alone: [-.375, .625].)
        Bounds b = MIV.compute(DATA, VARS);
        assertEquals(-0.25, b.lower(), 1e-15);
        assertEquals(0.5, b.upper(), 1e-15);
        Bounds manski = ManskiBounds.noAssumptions(OutcomeRange.unit()).withInference(InferenceOptions.none())
                .compute(DATA, BoundsVariables.of("d", "y"));
        assertEquals(-0.375, manski.lower(), 1e-15);
        assertEquals(0.625, manski.upper(), 1e-15);
        assertEquals(Assumption.Kind.MONOTONE_INSTRUMENT, b.assumptions().get(1).kind());
        assertEquals(2.0, b.diagnostics().get("instrument_cells"));
    }

    @Test
    void decreasingInstrumentAndMtr() {
        // decreasing: sup over cells with u' >= u. E[Y(1)] in [.5*max(.5,.25) + .5*.25, .5*1 + .5*min(1,.75)]
        // = [.375, .875]; E[Y(0)] in [.25, .75]: ATE in [-.375, .625]
        Bounds dec = MIV.withDirection(Direction.DECREASING).compute(DATA, VARS);
        assertEquals(-0.375, dec.lower(), 1e-15);
        assertEquals(0.625, dec.upper(), 1e-15);
        // MIV + MTR (increasing): cell bounds E[Y(1)|u] in [E[Y|u], ...], E[Y(0)|u] in [..., E[Y|u]];
        // E[Y|v=0] = .75, E[Y|v=1] = .5: E[Y(1)] lower .5*.75 + .5*max(.75,.5) = .75;
        // E[Y(0)] upper .5*min(.75,.5) + .5*.5 = .5, so the ATE lower bound is .25 > 0
        Bounds withMtr = MIV.withMtr(Direction.INCREASING).compute(DATA, VARS);
        assertEquals(0.25, withMtr.lower(), 1e-15);
        assertTrue(withMtr.upper() <= 0.5 + 1e-15);
    }

    @Test
    void oneCellIsManski() {
        Dataset manski = TestData.read("manski_synthetic.csv");
        Dataset withConstant = manski.withNumeric("v", new double[manski.rowCount()]);
        Bounds miv = MivBounds.of(OutcomeRange.of(0, 10)).withInference(InferenceOptions.none())
                .compute(withConstant, BoundsVariables.of("d", "y_cont").withInstrument("v"));
        assertEquals(-3.911208, miv.lower(), 1e-12);
        assertEquals(6.088792, miv.upper(), 1e-12);
    }

    @Test
    void biasCorrectionIsTwiceTheEstimateMinusTheBootstrapMean() {
        MivBounds m = MivBounds.of(OutcomeRange.unit()).withBiasCorrection()
                .withInference(InferenceOptions.defaults().withReplications(200).withSeed(9));
        Bounds b = m.compute(DATA, VARS);
        assertEquals(2 * -0.25 - b.diagnostics().get("bootstrap_mean_lower"), b.lower(), 1e-15);
        assertEquals(2 * 0.5 - b.diagnostics().get("bootstrap_mean_upper"), b.upper(), 1e-15);
        // the plug-in sup is biased upward, so the mean of bootstrap lower bounds is at least the estimate here
        assertTrue(b.diagnostics().get("bootstrap_mean_lower") >= -0.25);
        assertEquals(b.inference(), m.compute(DATA, VARS).inference(), "same seed, same result");
    }

    @Test
    void crossingBoundsRefuteTheAssumption() {
        // E[Y|v] falls steeply with v and the treatment is almost everyone: increasing MIV is contradicted
        Dataset falling = Dataset.builder().numeric("v", new double[] {0, 0, 0, 1, 1, 1})
                .binary("d", new double[] {1, 1, 1, 1, 1, 1}).numeric("y", new double[] {1, 1, 1, 0, 0, 0}).build();
        AssumptionsRefutedException e = assertThrows(AssumptionsRefutedException.class,
                () -> MIV.compute(falling, VARS));
        assertTrue(e.getMessage().contains("MIV bounds on E[y(1)] cross"), e.getMessage());
    }
}
