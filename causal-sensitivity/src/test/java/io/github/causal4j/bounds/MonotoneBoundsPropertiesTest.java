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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.data.Dataset;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Properties of the Manski-family bounds on exact populations: a distribution over (D, Y(0), Y(1))
 * with Y(t) on the grid {0, 1, ..., K} in [0, K], given to the methods as a weighted table of the
 * observed (D, Y(D)), so that the true ATE is known.
 */
class MonotoneBoundsPropertiesTest {

    private static final InferenceOptions NONE = InferenceOptions.none();

    /** Cells (d, y0, y1) with probabilities summing to 1; index d (K+1)^2 + y0 (K+1) + y1. */
    private record Population(int k, double[] p) {

        double ate() {
            double s = 0;
            int m = k + 1;
            for (int i = 0; i < p.length; i++) {
                s += p[i] * ((i % m) - (i / m) % m);
            }
            return s;
        }

        double meanPotential(int t, int arm) {
            int m = k + 1;
            double s = 0;
            double w = 0;
            for (int i = 0; i < p.length; i++) {
                if (i / (m * m) == arm) {
                    s += p[i] * (t == 1 ? i % m : (i / m) % m);
                    w += p[i];
                }
            }
            return s / w;
        }

        Dataset observed() {
            int m = k + 1;
            double[] d = new double[p.length];
            double[] y = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                d[i] = i / (m * m);
                y[i] = d[i] == 1 ? i % m : (i / m) % m;
            }
            return Dataset.builder().numeric("d", d).numeric("y", y).numeric("w", p.clone()).build();
        }
    }

    private static Population population(List<Double> raw, int k, boolean mtr) {
        int m = k + 1;
        double[] p = new double[2 * m * m];
        for (int i = 0; i < p.length; i++) {
            double w = raw.get(i % raw.size()) * raw.get((7 * i + 3) % raw.size());
            boolean violatesMtr = (i % m) < (i / m) % m;
            p[i] = mtr && violatesMtr ? 0 : w;
        }
        double total = java.util.Arrays.stream(p).sum();
        for (int i = 0; i < p.length; i++) {
            p[i] /= total;
        }
        return new Population(k, p);
    }

    private static final BoundsVariables V = BoundsVariables.of("d", "y").withWeight("w");

    @Property(tries = 200)
    void manskiWidthIsExactlyTheRangeAndContainsTheTruth(@ForAll @Size(min = 5, max = 20) List<@DoubleRange(min = 0.01,
            max = 1) Double> raw, @ForAll @IntRange(min = 1, max = 4) int k) {
        Population pop = population(raw, k, false);
        Bounds b = ManskiBounds.noAssumptions(OutcomeRange.of(0, k)).withInference(NONE).compute(pop.observed(), V);
        assertEquals(k, b.width(), 1e-12 * k);
        assertTrue(b.contains(pop.ate()) || Math.abs(pop.ate() - b.lower()) < 1e-12);
    }

    @Property(tries = 200)
    void eachAssumptionThatHoldsKeepsTheTruthAndNeverWidens(@ForAll @Size(min = 5, max = 20) List<@DoubleRange(
            min = 0.01, max = 1) Double> raw, @ForAll @IntRange(min = 1, max = 3) int k) {
        Population pop = population(raw, k, true); // MTR holds by construction
        boolean mts = pop.meanPotential(1, 1) >= pop.meanPotential(1, 0) && pop.meanPotential(0, 1) >= pop.meanPotential(0, 0);
        ManskiBounds base = ManskiBounds.noAssumptions(OutcomeRange.of(0, k)).withInference(NONE);
        Dataset data = pop.observed();
        double truth = pop.ate();
        Bounds manski = base.compute(data, V);
        Bounds mtr = base.withMtr(Direction.INCREASING).compute(data, V);
        assertTrue(mtr.lower() - 1e-12 <= truth && truth <= mtr.upper() + 1e-12, truth + " in " + mtr);
        assertTrue(manski.lower() <= mtr.lower() + 1e-12 && mtr.upper() <= manski.upper() + 1e-12);
        Bounds mtsBounds = base.withMts(Direction.INCREASING).compute(data, V);
        assertTrue(manski.lower() <= mtsBounds.lower() + 1e-12 && mtsBounds.upper() <= manski.upper() + 1e-12);
        Assume.that(mts);
        assertTrue(mtsBounds.lower() - 1e-12 <= truth && truth <= mtsBounds.upper() + 1e-12);
        Bounds both = base.withMtr(Direction.INCREASING).withMts(Direction.INCREASING).compute(data, V);
        assertTrue(both.lower() - 1e-12 <= truth && truth <= both.upper() + 1e-12);
        assertTrue(mtr.lower() <= both.lower() + 1e-12 && both.upper() <= mtr.upper() + 1e-12);
        assertTrue(mtsBounds.lower() <= both.lower() + 1e-12 && both.upper() <= mtsBounds.upper() + 1e-12);
    }

    @Property(tries = 30)
    void finiteSampleManskiCoversTheTruth(@ForAll @Size(min = 5, max = 20) List<@DoubleRange(min = 0.01, max = 1) Double> raw,
            @ForAll @IntRange(min = 1, max = 1000) int seed) {
        // draw n = 4000 units from the population; the population bounds contain the truth, and the sample bounds
        // are within 5 standard errors of them (a failure chance below 1e-6 per end)
        Population pop = population(raw, 2, true);
        java.util.SplittableRandom rng = new java.util.SplittableRandom(seed);
        double total = java.util.Arrays.stream(pop.p()).sum();
        int n = 4000;
        double[] w = new double[pop.p().length];
        for (int i = 0; i < n; i++) {
            double u = rng.nextDouble() * total;
            int c = 0;
            while (c < w.length - 1 && u >= pop.p()[c]) {
                u -= pop.p()[c];
                c++;
            }
            w[c]++;
        }
        Dataset sample = pop.observed().withNumeric("w", w);
        Assume.that(java.util.stream.IntStream.range(0, w.length).filter(i -> i < w.length / 2).mapToDouble(i -> w[i]).sum() > 0
                && java.util.stream.IntStream.range(w.length / 2, w.length).mapToDouble(i -> w[i]).sum() > 0);
        Bounds b = ManskiBounds.noAssumptions(OutcomeRange.of(0, 2)).withMtr(Direction.INCREASING).compute(sample, V);
        BoundsInference i = b.inference().orElseThrow();
        double truth = pop.ate();
        assertTrue(b.lower() - 5 * i.lowerStdError() - 1e-12 <= truth && truth <= b.upper() + 5 * i.upperStdError(),
                truth + " vs " + b);
    }
}
