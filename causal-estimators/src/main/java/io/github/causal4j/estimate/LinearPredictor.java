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
