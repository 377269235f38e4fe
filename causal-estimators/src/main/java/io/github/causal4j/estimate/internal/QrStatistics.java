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

import io.github.causal4j.estimate.stats.BlockStatistics;
import io.github.causal4j.estimate.stats.RowBlock;

/**
 * The factoring pass of least squares: the TSQR factor of {@code [X Y]} (the design columns and
 * some response variables of each row; rows scaled by {@code sqrt(w)} for weighted least squares)
 * and the weighted moments of each response.
 */
public final class QrStatistics implements BlockStatistics<QrStatistics> {

    private static final long serialVersionUID = 1L;

    private final int p;
    private final int[] responses;
    private final int weight;
    private final TsqrAccumulator qr;
    private final WeightedMoments[] moments;
    private transient double[] scratch;

    /**
     * @param p the number of design columns (the first p of a row)
     * @param responseColumns positions of the responses in a row
     * @param weightColumn position of the prior weights, or -1
     */
    public QrStatistics(int p, int[] responseColumns, int weightColumn) {
        this.p = p;
        this.responses = responseColumns.clone();
        this.weight = weightColumn;
        this.qr = new TsqrAccumulator(p + responses.length);
        this.moments = new WeightedMoments[responses.length];
        for (int s = 0; s < moments.length; s++) {
            moments[s] = new WeightedMoments();
        }
    }

    @Override
    public void add(RowBlock block) {
        int m = block.rows();
        int q = p + responses.length;
        if (scratch == null || scratch.length < m * q) {
            scratch = new double[Math.max(m, RowChunks.BLOCK_ROWS) * q];
        }
        double[] values = block.values();
        int width = block.width();
        for (int i = 0; i < m; i++) {
            int from = i * width;
            int to = i * q;
            System.arraycopy(values, from, scratch, to, p);
            double w = weight < 0 ? 1.0 : values[from + weight];
            for (int r = 0; r < responses.length; r++) {
                double y = values[from + responses[r]];
                scratch[to + p + r] = y;
                moments[r].add(y, w);
            }
            if (weight >= 0) {
                double root = Math.sqrt(w);
                for (int j = 0; j < q; j++) {
                    scratch[to + j] *= root;
                }
            }
        }
        qr.add(scratch, m);
    }

    @Override
    public QrStatistics merge(QrStatistics other) {
        qr.merge(other.qr);
        for (int s = 0; s < moments.length; s++) {
            moments[s].merge(other.moments[s]);
        }
        return this;
    }

    /** @return the q x q factor, {@code q = p + responses} (the accumulator's array) */
    public double[] factor() {
        return qr.r();
    }

    /** @return the rows absorbed */
    public long rows() {
        return qr.rows();
    }

    /** @return per response, its weighted moments */
    public WeightedMoments[] moments() {
        return moments;
    }
}
