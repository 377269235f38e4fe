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
package io.github.causal4j.estimate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TsqrAccumulatorTest {

    private static double[][] randomMatrix(long seed, int n, int q) {
        Random r = new Random(seed);
        double[][] a = new double[n][q];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < q; j++) {
                a[i][j] = r.nextGaussian() * (j + 1) + (j == 0 ? 3 : 0);
            }
        }
        return a;
    }

    private static TsqrAccumulator accumulate(double[][] a, int blockRows) {
        int q = a[0].length;
        TsqrAccumulator acc = new TsqrAccumulator(q);
        for (int s = 0; s < a.length; s += blockRows) {
            int m = Math.min(blockRows, a.length - s);
            double[] block = new double[m * q];
            for (int i = 0; i < m; i++) {
                System.arraycopy(a[s + i], 0, block, i * q, q);
            }
            acc.add(block, m);
        }
        return acc;
    }

    /** R'R = A'A (the defining property of the triangular factor), for any block size. */
    @Property(tries = 60)
    void gramOfFactorEqualsGramOfData(@ForAll @IntRange(min = 1, max = 60) int n, @ForAll @IntRange(min = 1, max = 7) int q,
            @ForAll @IntRange(min = 1, max = 70) int blockRows, @ForAll long seed) {
        double[][] a = randomMatrix(seed, n, q);
        double[] r = accumulate(a, blockRows).r();
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < q; j++) {
                double direct = 0.0;
                double scale = 0.0;
                for (double[] row : a) {
                    direct += row[i] * row[j];
                    scale += Math.abs(row[i] * row[j]);
                }
                double fromR = 0.0;
                for (int k = 0; k <= Math.min(i, j); k++) {
                    fromR += r[k * q + i] * r[k * q + j];
                }
                assertEquals(direct, fromR, 1e-12 * Math.max(1.0, scale), "entry " + i + "," + j);
            }
            for (int k = i + 1; k < q; k++) {
                assertEquals(0.0, r[k * q + i], "below the diagonal");
            }
        }
    }

    @Test
    void mergingTwoHalvesGivesTheSameFactorAsOneStream() {
        double[][] a = randomMatrix(7, 500, 5);
        double[][] first = java.util.Arrays.copyOfRange(a, 0, 230);
        double[][] second = java.util.Arrays.copyOfRange(a, 230, 500);
        TsqrAccumulator merged = accumulate(first, 64).merge(accumulate(second, 64));
        TsqrAccumulator whole = accumulate(a, 64);
        assertEquals(500, merged.rows());
        // R is unique up to the signs of its rows: compare |R|.
        for (int k = 0; k < 25; k++) {
            assertEquals(Math.abs(whole.r()[k]), Math.abs(merged.r()[k]), 1e-10 * (1 + Math.abs(whole.r()[k])));
        }
    }

    @Test
    void hugeAndTinyColumnsDoNotOverflow() {
        double[][] a = {{1e200, 1e-200}, {2e200, 3e-200}, {-1e200, 5e-200}};
        double[] r = accumulate(a, 2).r();
        assertEquals(Math.sqrt(6) * 1e200, Math.abs(r[0]), 1e186);
        // the second column's residual norm: ||(1e-200, 3e-200, 5e-200) projected off (1, 2, -1)||
        double[] c = {1e-200, 3e-200, 5e-200};
        double dot = (c[0] * 1 + c[1] * 2 - c[2]) / 6;
        double resid = Math.sqrt(Math.pow(c[0] - dot, 2) + Math.pow(c[1] - 2 * dot, 2) + Math.pow(c[2] + dot, 2));
        assertEquals(resid, Math.abs(r[3]), resid * 1e-12);
    }
}
