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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.data.DataFormatException;
import io.github.causal4j.data.Dataset;
import org.junit.jupiter.api.Test;

class ManskiBoundsTest {

    private static final Dataset DATA = TestData.read("manski_synthetic.csv");
    private static final BoundsVariables BIN = BoundsVariables.of("d", "y_bin");
    private static final BoundsVariables CONT = BoundsVariables.of("d", "y_cont");
    private static final ManskiBounds UNIT = ManskiBounds.noAssumptions(OutcomeRange.unit());
    private static final ManskiBounds TEN = ManskiBounds.noAssumptions(OutcomeRange.of(0, 10));

    // Expected values: docs/reference-scripts/bounds_manski.py (exact rational arithmetic, Python 3.11),
    // derived by hand from the closed forms written out in that script's header. n = 1000, 400 treated;
    // y_bin: m1 = 311/400, m0 = 59/200; y_cont: m1 = 1148169/200000, m0 = 1103773/300000.

    @Test
    void binaryOutcomeMatchesHandDerivedClosedForms() {
        check(UNIT.compute(DATA, BIN), -0.266, 0.734, 0.013972973913952606, 0.013972973913952606);
        check(UNIT.withMtr(Direction.INCREASING).compute(DATA, BIN), 0, 0.734, 0, 0.013972973913952606);
        check(UNIT.withMts(Direction.INCREASING).compute(DATA, BIN), -0.266, 0.4825, 0.013972973913952606,
                0.02791253078816036);
        check(UNIT.withMtr(Direction.INCREASING).withMts(Direction.INCREASING).compute(DATA, BIN), 0, 0.4825, 0,
                0.02791253078816036);
    }

    @Test
    void continuousOutcomeMatchesHandDerivedClosedForms() {
        check(TEN.compute(DATA, CONT), -3.911208, 6.088792, 0.06180426736671182, 0.06180426736671182);
        check(TEN.withMtr(Direction.INCREASING).compute(DATA, CONT), 0, 6.088792, 0, 0.06180426736671182);
        check(TEN.withMts(Direction.INCREASING).compute(DATA, CONT), -3.911208, 1236961.0 / 600000,
                0.06180426736671182, 0.12681867277677772);
        check(TEN.withMtr(Direction.INCREASING).withMts(Direction.INCREASING).compute(DATA, CONT), 0,
                1236961.0 / 600000, 0, 0.12681867277677772);
    }

    private static void check(Bounds b, double lower, double upper, double seLower, double seUpper) {
        // bounds: sums of 1000 terms in double vs exact rationals, 1e-12 absolute
        assertEquals(lower, b.lower(), 1e-12, "lower " + b);
        assertEquals(upper, b.upper(), 1e-12, "upper " + b);
        BoundsInference inf = b.inference().orElseThrow();
        assertEquals(BoundsInference.Kind.ANALYTIC, inf.kind());
        assertEquals(seLower, inf.lowerStdError(), 1e-12 * Math.max(1, seLower) + 1e-15);
        assertEquals(seUpper, inf.upperStdError(), 1e-12 * Math.max(1, seUpper) + 1e-15);
        assertEquals(1000, b.n());
        assertTrue(inf.ciLower() <= b.lower() && b.upper() <= inf.ciUpper());
    }

    @Test
    void noAssumptionWidthIsExactlyTheOutcomeRange() {
        assertEquals(1.0, UNIT.compute(DATA, BIN).width(), 1e-15);
        assertEquals(10.0, TEN.compute(DATA, CONT).width(), 1e-14);
        assertEquals(25.0, ManskiBounds.noAssumptions(OutcomeRange.of(-5, 20)).compute(DATA, CONT).width(), 1e-13);
    }

    @Test
    void decreasingDirectionsMirror() {
        Bounds manski = UNIT.compute(DATA, BIN);
        Bounds mtrDown = UNIT.withMtr(Direction.DECREASING).compute(DATA, BIN);
        assertEquals(manski.lower(), mtrDown.lower(), 1e-15);
        assertEquals(0.0, mtrDown.upper(), 1e-15);
        Bounds mtsDown = UNIT.withMts(Direction.DECREASING).compute(DATA, BIN);
        // MTS decreasing: E[Y(1)] >= m1 and E[Y(0)] <= m0, so the lower bound is m1 - m0 = 0.4825
        assertEquals(0.4825, mtsDown.lower(), 1e-12);
        assertEquals(manski.upper(), mtsDown.upper(), 1e-15);
    }

    @Test
    void namesAssumptionsAndMethods() {
        Bounds b = UNIT.withMtr(Direction.INCREASING).withMts(Direction.INCREASING).compute(DATA, BIN);
        assertEquals("mtr-mts", b.method());
        assertEquals(3, b.assumptions().size());
        assertEquals(Assumption.Kind.BOUNDED_OUTCOME, b.assumptions().get(0).kind());
        assertEquals(Assumption.Kind.MONOTONE_TREATMENT_RESPONSE, b.assumptions().get(1).kind());
        assertTrue(b.assumptions().get(1).statement().contains("y_bin(1) >= y_bin(0)"));
        assertEquals(Assumption.Kind.MONOTONE_TREATMENT_SELECTION, b.assumptions().get(2).kind());
        assertEquals(BoundsEstimand.Kind.AVERAGE_TREATMENT_EFFECT, b.estimand().kind());
        assertEquals("manski", UNIT.name());
        assertEquals("mtr", UNIT.withMtr(Direction.INCREASING).name());
        assertEquals("mts", UNIT.withMts(Direction.DECREASING).name());
        assertEquals(DATA.sha256(), b.provenance().dataSha256());
        assertEquals("mtr-mts", b.provenance().method());
    }

    @Test
    void oneLineToStringAndReport() {
        Bounds b = UNIT.withMtr(Direction.INCREASING).compute(DATA, BIN);
        String line = b.toString();
        assertFalse(line.contains("\n"));
        assertTrue(line.contains("[0, 0.734]"), line);
        assertTrue(line.contains("mtr"), line);
        String text = b.report().text();
        assertTrue(text.contains("Imbens & Manski"), text);
        assertTrue(text.contains("monotone treatment response"), text);
        assertTrue(b.report().markdown().contains("| estimated identified set | [0, 0.734] |"), b.report().markdown());
    }

    @Test
    void bootstrapStandardErrorsAgreeWithAnalyticAndAreReproducible() {
        InferenceOptions boot = InferenceOptions.defaults().withMode(InferenceOptions.Mode.BOOTSTRAP)
                .withReplications(400).withSeed(7);
        Bounds analytic = TEN.withMts(Direction.INCREASING).compute(DATA, CONT);
        Bounds b1 = TEN.withMts(Direction.INCREASING).withInference(boot).compute(DATA, CONT);
        Bounds b2 = TEN.withMts(Direction.INCREASING).withInference(boot).compute(DATA, CONT);
        Bounds b3 = TEN.withMts(Direction.INCREASING).withInference(boot.withSeed(8)).compute(DATA, CONT);
        BoundsInference a = analytic.inference().orElseThrow();
        BoundsInference i1 = b1.inference().orElseThrow();
        assertEquals(BoundsInference.Kind.BOOTSTRAP, i1.kind());
        assertEquals(i1, b2.inference().orElseThrow(), "same seed, same interval");
        assertNotEquals(i1.upperStdError(), b3.inference().orElseThrow().upperStdError());
        // 400 replicates: the bootstrap SE's relative Monte Carlo error is about 1/sqrt(800) = 3.5%; allow 15%
        assertEquals(a.lowerStdError(), i1.lowerStdError(), 0.15 * a.lowerStdError());
        assertEquals(a.upperStdError(), i1.upperStdError(), 0.15 * a.upperStdError());
        assertEquals(400, i1.replications());
    }

    @Test
    void noInferenceGivesNoInterval() {
        assertTrue(UNIT.withInference(InferenceOptions.none()).compute(DATA, BIN).inference().isEmpty());
    }

    @Test
    void outcomeOutsideTheRangeNamesTheRow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UNIT.compute(DATA, CONT));
        assertTrue(e.getMessage().contains("'y_cont'") && e.getMessage().contains("row 1 ")
                && e.getMessage().contains("[0, 1]"), e.getMessage());
    }

    @Test
    void nonBinaryTreatmentNamesTheRow() {
        Dataset bad = Dataset.builder().numeric("d", new double[] {0, 1, 2}).numeric("y", new double[] {0, 1, 1})
                .build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> UNIT.compute(bad, BoundsVariables.of("d", "y")));
        assertEquals("treatment 'd' must be binary (0/1), but row 3 has 2", e.getMessage());
    }

    @Test
    void emptyArmAndMissingValuesAreErrors() {
        Dataset oneArm = Dataset.builder().binary("d", new double[] {1, 1}).numeric("y", new double[] {0, 1}).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> UNIT.compute(oneArm, BoundsVariables.of("d", "y")));
        assertTrue(e.getMessage().contains("no untreated (d=0) rows"), e.getMessage());
        Dataset lee = TestData.readKeepingMissing("lee_trim_exact.csv");
        DataFormatException m = assertThrows(DataFormatException.class,
                () -> ManskiBounds.noAssumptions(OutcomeRange.of(0, 100)).compute(lee, BoundsVariables.of("d", "y")));
        assertTrue(m.getMessage().contains("column 'y' at row 2"), m.getMessage());
        assertThrows(IllegalArgumentException.class, () -> UNIT.compute(DATA, BoundsVariables.of("d", "nope")));
    }

    @Test
    void mtrAndMtsRefutedWhenTheTreatedDoWorse() {
        Dataset worse = Dataset.builder().binary("d", new double[] {1, 1, 0, 0}).numeric("y", new double[] {0, 0, 1, 1})
                .build();
        AssumptionsRefutedException e = assertThrows(AssumptionsRefutedException.class,
                () -> UNIT.withMtr(Direction.INCREASING).withMts(Direction.INCREASING)
                        .compute(worse, BoundsVariables.of("d", "y")));
        assertTrue(e.getMessage().contains("E[y | d=1] >= E[y | d=0]"), e.getMessage());
    }

    @Test
    void weightsActAsFrequencies() {
        // the 4-row table with counts equals the expanded data row by row
        Dataset table = Dataset.builder().binary("d", new double[] {0, 0, 1, 1}).numeric("y", new double[] {0, 1, 0, 1})
                .numeric("n", new double[] {3, 2, 1, 4}).build();
        Dataset expanded = Dataset.builder().binary("d", new double[] {0, 0, 0, 0, 0, 1, 1, 1, 1, 1})
                .numeric("y", new double[] {0, 0, 0, 1, 1, 0, 1, 1, 1, 1}).build();
        Bounds a = UNIT.withMts(Direction.INCREASING).compute(table, BoundsVariables.of("d", "y").withWeight("n"));
        Bounds b = UNIT.withMts(Direction.INCREASING).compute(expanded, BoundsVariables.of("d", "y"));
        assertEquals(b.lower(), a.lower(), 1e-15);
        assertEquals(b.upper(), a.upper(), 1e-15);
        assertEquals(10, a.n());
        assertEquals(b.inference().orElseThrow().upperStdError(), a.inference().orElseThrow().upperStdError(), 1e-15);
    }

    @Test
    void imbensManskiCriticalValues() {
        // docs/reference-scripts/bounds_imbens_manski.py (SciPy 1.17.1 brentq)
        assertEquals(1.6492973892553247, ImbensManski.criticalValue(0.05, 0.02, 0.03, 0.95), 1e-10);
        assertEquals(1.5530612415555038, ImbensManski.criticalValue(0.01, 0.05, 0.04, 0.90), 1e-10);
        assertEquals(1.9599639845400534, ImbensManski.criticalValue(0.0, 0.1, 0.1, 0.95), 1e-10);
        assertEquals(1.6448536269514722, ImbensManski.criticalValue(10.0, 0.1, 0.1, 0.95), 1e-10);
    }
}
