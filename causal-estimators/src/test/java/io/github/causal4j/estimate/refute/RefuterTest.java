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
package io.github.causal4j.estimate.refute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.Estimators;
import io.github.causal4j.estimate.Parallelism;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RefuterTest {

    /** Confounded data with a true effect {@code effect} of d on y. */
    private static Dataset confounded(double effect, long seed) {
        Random r = new Random(seed);
        int n = 400;
        double[] x = new double[n];
        double[] d = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextGaussian();
            d[i] = r.nextDouble() < 1 / (1 + Math.exp(-0.8 * x[i])) ? 1 : 0;
            y[i] = effect * d[i] + 1.5 * x[i] + r.nextGaussian();
        }
        return Dataset.builder().numeric("x", x).numeric("d", d).numeric("y", y).build();
    }

    private static final List<String> X = List.of("x");

    @Test
    void aRealEffectPassesAllFourTests() {
        Dataset data = confounded(1.0, 1);
        for (Refuter refuter : List.of(Refuter.placeboTreatment(), Refuter.dummyOutcome(), Refuter.randomCommonCause(),
                Refuter.dataSubset())) {
            Refutation r = refuter.withSimulations(99).withSeed(3).refute(Estimators.ipw(), data, "d", "y", X);
            assertTrue(r.passed(), r + " / " + r.rule());
            assertEquals(99, r.simulatedEffects().length);
            if (r.kind().isNullTest()) {
                assertEquals(0.01, r.pValue(), 1e-12, "no null simulation reaches the real effect");
                assertTrue(Math.abs(r.newEffect()) < 0.1, "null effects centre on 0: " + r.newEffect());
            } else {
                assertTrue(Math.abs(r.newEffect() - r.originalEffect()) < 0.1, r.toString());
            }
        }
    }

    @Test
    void noEffectFailsThePlaceboTest() {
        Dataset data = confounded(0.0, 2);
        Refutation r = Refuter.placeboTreatment().withSimulations(99).withSeed(3).refute(Estimators.ols(), data, "d", "y",
                X);
        assertFalse(r.passed(), r.toString());
        assertTrue(r.pValue() > 0.05);
        assertTrue(r.report().text().contains("rule: passes when the estimate is more extreme"));
    }

    @Test
    void aRandomCommonCauseBarelyMovesACorrectEstimate() {
        // The random common cause must leave a correctly adjusted estimate where it is.
        Dataset data = confounded(2.0, 5);
        Refutation r = Refuter.randomCommonCause().withSimulations(49).refute(Estimators.ols(), data, "d", "y", X);
        assertTrue(r.passed());
        assertTrue(r.newEffectSd() < 0.05, "adding noise barely moves OLS: " + r.newEffectSd());
    }

    @Test
    void sameResultForAnyNumberOfThreads() {
        Dataset data = confounded(1.0, 7);
        Refutation one = Refuter.dataSubset().withSimulations(20).withSeed(11).withParallelism(Parallelism.sequential())
                .refute(Estimators.aipw(), data, "d", "y", X);
        Refutation two = Refuter.dataSubset().withSimulations(20).withSeed(11).withParallelism(Parallelism.threads(2))
                .refute(Estimators.aipw(), data, "d", "y", X);
        assertArrayEquals(one.simulatedEffects(), two.simulatedEffects());
        assertEquals(11L, one.provenance().seed().getAsLong());
        assertThrows(IllegalArgumentException.class, () -> Refuter.dataSubset().withSubsetFraction(1.0));
        assertThrows(IllegalArgumentException.class, () -> Refuter.placeboTreatment().withSimulations(1));
    }

    @Test
    void aNullTestTooSmallToEverPassIsRefusedNotFailed() {
        // p = (1 + #extreme) / (1 + R) >= 1 / (1 + R): with R = 18 it is at least 1/19 > 0.05, whatever the data
        Dataset data = confounded(2.0, 9);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Refuter.placeboTreatment()
                .withSimulations(18).refute(Estimators.ols(), data, "d", "y", X));
        assertEquals("the placebo_treatment test cannot pass with 18 simulations: its smallest p-value, 1/19, exceeds "
                + "alpha 0.05; use at least 19 simulations", e.getMessage());
        // 1/9 > 0.1
        assertThrows(IllegalArgumentException.class, () -> Refuter.dummyOutcome().withSimulations(8)
                .withSignificance(0.1).refute(Estimators.ols(), data, "d", "y", X));
        // R = 19 reaches p = 1/20 = 0.05 exactly: a strong effect passes
        assertTrue(Refuter.placeboTreatment().withSimulations(19).refute(Estimators.ols(), data, "d", "y", X).passed());
        // tests that compare the estimate with its re-estimates have no such floor
        assertTrue(Refuter.dataSubset().withSimulations(5).refute(Estimators.ols(), data, "d", "y", X).pValue() > 0);
    }
}
