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
package io.github.causal4j.estimate;

import io.github.causal4j.estimate.internal.Dot;
import io.github.causal4j.estimate.internal.RowChunks;

/** {@code X b} over a design, block by block. */
final class LinearPredictor {

    private LinearPredictor() {
    }

    static double[] apply(DesignMatrix design, double[] b) {
        int n = design.rowCount();
        int p = design.columnCount();
        double[] out = new double[n];
        double[] block = new double[RowChunks.BLOCK_ROWS * p];
        for (int start = 0; start < n; start += RowChunks.BLOCK_ROWS) {
            int end = Math.min(n, start + RowChunks.BLOCK_ROWS);
            design.fill(start, end, block, p);
            for (int i = 0; i < end - start; i++) {
                out[start + i] = Dot.product(block, i * p, b, 0, p);
            }
        }
        return out;
    }
}
