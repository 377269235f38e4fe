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

class LeeBoundsTest {

    private static final BoundsVariables VARS = BoundsVariables.of("d", "y").withSelection("s");

    // Expected values: docs/reference-scripts/bounds_lee.py (Python 3.11, exact rational arithmetic via the
    // integral of the empirical quantile function; standard errors from Lee 2009, Prop. 3).

    @Test
    void exactTrimmingShareGivesTheAnswerEveryConventionAgreesOn() {
        // P(S=1|D=1) = 0.8, P(S=1|D=0) = 0.6: p = 1/4, 300 of 400 treated observed outcomes kept (whole number),
        // so fractional weighting, type-7 and inverse-ECDF quantiles all give [-0.318329, 1.496815].
        Bounds b = LeeBounds.create().compute(TestData.readKeepingMissing("lee_trim_exact.csv"), VARS);
        assertEquals(-0.318329, b.lower(), 1e-12);
        assertEquals(1.496815, b.upper(), 1e-12);
        assertEquals(0.25, b.diagnostics().get("trimming_share"), 1e-15);
        assertEquals(1.0, b.diagnostics().get("trimmed_arm"));
        BoundsInference i = b.inference().orElseThrow();
        assertEquals(0.19546020876387377, i.lowerStdError(), 1e-12);
        assertEquals(0.19449245521371944, i.upperStdError(), 1e-12);
        assertEquals(1000, b.n());
        assertEquals(BoundsEstimand.Kind.AVERAGE_EFFECT_ALWAYS_OBSERVED, b.estimand().kind());
        assertEquals(Assumption.Kind.MONOTONE_SELECTION, b.assumptions().get(1).kind());
    }

    @Test
    void fractionalTrimmingMatchesTheIndependentComputation() {
        // p = 0.2229...: 253.32 of 326 treated observed outcomes kept; the boundary observation gets weight 0.322.
        // (numpy type-7 quantile cut-offs would give [-1.534407, 1.618905] instead: the convention matters.)
        Bounds b = LeeBounds.create().compute(TestData.readKeepingMissing("lee_trim_random.csv"), VARS);
        assertEquals(-1.5290032918506624, b.lower(), 1e-12);
        assertEquals(1.613136243811053, b.upper(), 1e-12);
        assertEquals(0.22293854632421753, b.diagnostics().get("trimming_share"), 1e-14);
        BoundsInference i = b.inference().orElseThrow();
        assertEquals(0.443473720720074, i.lowerStdError(), 1e-12);
        assertEquals(0.504162031917058, i.upperStdError(), 1e-12);
        assertTrue(i.ciLower() < b.lower() && b.upper() < i.ciUpper());
    }

    @Test
    void bootstrapStandardErrorsAgreeWithLeesFormula() {
        Dataset data = TestData.readKeepingMissing("lee_trim_random.csv");
        Bounds analytic = LeeBounds.create().compute(data, VARS);
        Bounds boot = LeeBounds.create().withInference(InferenceOptions.defaults()
                .withMode(InferenceOptions.Mode.BOOTSTRAP).withReplications(400).withSeed(3)).compute(data, VARS);
        BoundsInference a = analytic.inference().orElseThrow();
        BoundsInference b = boot.inference().orElseThrow();
        // 400 replicates: Monte Carlo error of a bootstrap SE about 3.5%; the formula is asymptotic: allow 20%
        assertEquals(a.lowerStdError(), b.lowerStdError(), 0.2 * a.lowerStdError());
        assertEquals(a.upperStdError(), b.upperStdError(), 0.2 * a.upperStdError());
    }

    @Test
    void relabellingTheArmsTrimsTheControlsAndMirrorsTheBounds() {
        Dataset data = TestData.readKeepingMissing("lee_trim_random.csv");
        double[] d = data.numeric("d").toArray();
        for (int i = 0; i < d.length; i++) {
            d[i] = 1 - d[i];
        }
        Bounds original = LeeBounds.create().compute(data, VARS);
        Bounds flipped = LeeBounds.create().compute(data.withNumeric("d", d), VARS);
        assertEquals(0.0, flipped.diagnostics().get("trimmed_arm"));
        assertEquals(-original.upper(), flipped.lower(), 1e-12);
        assertEquals(-original.lower(), flipped.upper(), 1e-12);
        assertEquals(original.inference().orElseThrow().upperStdError(),
                flipped.inference().orElseThrow().lowerStdError(), 1e-12);
    }

    @Test
    void badInputNamesTheProblem() {
        Dataset data = Dataset.builder().binary("d", new double[] {1, 1, 0, 0}).binary("s", new double[] {1, 1, 1, 0})
                .numeric("y", new double[] {1, 2, 3, 4}).build();
        Dataset missing = TestData.readKeepingMissing("lee_trim_exact.csv");
        double[] s = missing.numeric("s").toArray();
        s[1] = 1; // row 2 has an empty y
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LeeBounds.create().compute(missing.withNumeric("s", s), VARS));
        assertEquals("outcome 'y' is missing at row 2, where s = 1 says it is observed", e.getMessage());
        IllegalArgumentException noSel = assertThrows(IllegalArgumentException.class,
                () -> LeeBounds.create().compute(data, BoundsVariables.of("d", "y")));
        assertTrue(noSel.getMessage().contains("selection"), noSel.getMessage());
        Dataset noneObserved = Dataset.builder().binary("d", new double[] {1, 1, 0, 0})
                .binary("s", new double[] {1, 1, 0, 0}).numeric("y", new double[] {1, 2, 3, 4}).build();
        IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class,
                () -> LeeBounds.create().compute(noneObserved, VARS));
        assertTrue(e2.getMessage().contains("no observed outcomes (s = 1) among the untreated"), e2.getMessage());
        Dataset badSel = Dataset.builder().binary("d", new double[] {1, 0}).numeric("s", new double[] {1, 2})
                .numeric("y", new double[] {1, 2}).build();
        assertEquals("selection 's' must be binary (0/1), but row 2 has 2", assertThrows(IllegalArgumentException.class,
                () -> LeeBounds.create().compute(badSel, VARS)).getMessage());
    }

    @Test
    void tiesAndWeightsBehaveLikeExpandedData() {
        // treated observed 1, 2, 2, 3 (one of them as weight 2) and controls: same bounds as the expanded rows
        Dataset weighted = Dataset.builder().binary("d", new double[] {1, 1, 1, 1, 0, 0, 0})
                .binary("s", new double[] {1, 1, 1, 0, 1, 1, 0}).numeric("y", new double[] {1, 2, 3, 0, 5, 6, 0})
                .numeric("w", new double[] {1, 2, 1, 1, 1, 1, 1}).build();
        Dataset expanded = Dataset.builder().binary("d", new double[] {1, 1, 1, 1, 1, 0, 0, 0})
                .binary("s", new double[] {1, 1, 1, 1, 0, 1, 1, 0}).numeric("y", new double[] {1, 2, 2, 3, 0, 5, 6, 0})
                .build();
        Bounds a = LeeBounds.create().compute(weighted, VARS.withWeight("w"));
        Bounds b = LeeBounds.create().compute(expanded, VARS);
        assertEquals(b.lower(), a.lower(), 1e-14);
        assertEquals(b.upper(), a.upper(), 1e-14);
        // hand-derived: q1 = 4/5, q0 = 2/3, p = 1/6, keep 10/3 of {1,2,2,3}: lower (1+2+2+3/3)/(10/3) = 1.8,
        // upper (3+2+2+1/3)/(10/3) = 2.2; control mean 5.5
        assertEquals(1.8 - 5.5, b.lower(), 1e-14);
        assertEquals(2.2 - 5.5, b.upper(), 1e-14);
    }
}
