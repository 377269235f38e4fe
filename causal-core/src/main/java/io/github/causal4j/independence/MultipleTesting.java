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
package io.github.causal4j.independence;

import java.util.Arrays;
import java.util.Objects;

/**
 * Adjusted p-values for testing many statements at once, as R's {@code p.adjust} computes them.
 * Cost: {@code O(m log m)} for {@code m} p-values.
 */
public final class MultipleTesting {

    /** The correction. */
    public enum Correction {
        /** No correction: adjusted = raw p-values. */
        NONE,
        /** Holm (1979): step-down, controls the family-wise error rate. {@code p_(i) · (m - i + 1)}, made monotone. */
        HOLM,
        /**
         * Benjamini &amp; Hochberg (1995): step-up, controls the false discovery rate.
         * {@code p_(i) · m / i}, made monotone from the largest down.
         */
        BENJAMINI_HOCHBERG
    }

    private MultipleTesting() {
    }

    /**
     * @param p raw p-values, each in [0, 1]
     * @param correction the correction
     * @return adjusted p-values, in the order of {@code p}
     */
    public static double[] adjust(double[] p, Correction correction) {
        Objects.requireNonNull(p, "p");
        Objects.requireNonNull(correction, "correction");
        int m = p.length;
        for (int i = 0; i < m; i++) {
            if (!(p[i] >= 0 && p[i] <= 1)) {
                throw new IllegalArgumentException("p-value " + i + " is " + p[i] + "; p-values must lie in [0, 1]");
            }
        }
        double[] out = p.clone();
        if (correction == Correction.NONE || m == 0) {
            return out;
        }
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
        if (correction == Correction.HOLM) {
            double running = 0;
            for (int k = 0; k < m; k++) {
                running = Math.max(running, Math.min(1, (m - k) * p[order[k]]));
                out[order[k]] = running;
            }
        } else {
            double running = 1;
            for (int k = m - 1; k >= 0; k--) {
                running = Math.min(running, Math.min(1, (double) m / (k + 1) * p[order[k]]));
                out[order[k]] = running;
            }
        }
        return out;
    }
}
