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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The primitive sorts behind Lee's trimmed means (merge and primitive sorts below 2048 values, the radix
 * sort from there on) put values and weights in exactly the order of a stable boxed index sort by
 * {@link Double#compare} (the definition they replace), ties, signed zeros, infinities and magnitudes from
 * 1e-20 to 1e20 included.
 */
class TrimmedMeanSortTest {

    @Property(tries = 150)
    void sameOrderAsAStableBoxedSort(@ForAll @IntRange(min = 0, max = 5000) int n, @ForAll long seed,
            @ForAll boolean equalWeights) {
        check(n, seed, equalWeights);
    }

    /** Large samples certainly take the radix path, with and without weights. */
    @Test
    void largeSamples() {
        check(100_000, 1, false);
        check(100_000, 2, true);
    }

    private static void check(int n, long seed, boolean equalWeights) {
        Random rnd = new Random(seed);
        double[] y = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            // few distinct values, so that ties are common; signed zeros too
            y[i] = switch (rnd.nextInt(5)) {
                case 0 -> rnd.nextInt(5);
                case 1 -> rnd.nextBoolean() ? 0.0 : -0.0;
                case 2 -> rnd.nextGaussian() * Math.pow(10, rnd.nextInt(40) - 20);
                case 3 -> rnd.nextInt(50) == 0 ? (rnd.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY)
                        : -rnd.nextInt(3);
                default -> rnd.nextGaussian();
            };
            w[i] = equalWeights ? 2.5 : 1 + rnd.nextInt(4);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(y[a], y[b]));
        double[] expectedY = new double[n];
        double[] expectedW = new double[n];
        for (int k = 0; k < n; k++) {
            expectedY[k] = y[order[k]];
            expectedW[k] = w[order[k]];
        }
        double[] ys = y.clone();
        double[] ws = w.clone();
        TrimmedMean.sortByValue(ys, ws);
        // bit patterns, so that -0.0 and 0.0 count as different
        assertArrayEquals(Arrays.stream(expectedY).mapToLong(Double::doubleToRawLongBits).toArray(),
                Arrays.stream(ys).mapToLong(Double::doubleToRawLongBits).toArray());
        assertArrayEquals(expectedW, ws);
    }
}
