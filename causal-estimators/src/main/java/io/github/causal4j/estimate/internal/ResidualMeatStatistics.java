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
 * The heteroskedasticity-consistent meat of a least-squares fit in one pass: residuals
 * {@code e_i = y_i - x_i'b} over the kept design columns and, in the same loop,
 * {@code sum_i omega_i x_i x_i'} with {@code omega = e^2}, {@code e^2/(1-h)} or {@code e^2/(1-h)^2}
 * (HC0/HC1, HC2, HC3; MacKinnon &amp; White 1985), rows and residuals scaled by {@code sqrt(w)}
 * under prior weights.
 */
public final class ResidualMeatStatistics implements BlockStatistics<ResidualMeatStatistics> {

    private static final long serialVersionUID = 1L;

    private final int y;
    private final int weight;
    private final int[] kept;
    private final double[] beta;
    private final double[] rInverse;
    private final LeastSquaresPasses.ResidualWeighting weighting;
    private final GramAccumulator meat;
    private transient double[] keptBlock;
    private transient double[] omega;
    private transient double[] z;

    /**
     * @param yColumn position of the response in a row
     * @param weightColumn position of the prior weights, or -1
     * @param kept the kept design columns
     * @param beta coefficients of the kept columns
     * @param rInverse inverse of the kept factor (for leverages; {@code null} for PLAIN)
     * @param weighting the residual weighting
     */
    public ResidualMeatStatistics(int yColumn, int weightColumn, int[] kept, double[] beta, double[] rInverse,
            LeastSquaresPasses.ResidualWeighting weighting) {
        this.y = yColumn;
        this.weight = weightColumn;
        this.kept = kept;
        this.beta = beta;
        this.rInverse = rInverse;
        this.weighting = weighting;
        this.meat = new GramAccumulator(kept.length);
    }

    @Override
    public void add(RowBlock block) {
        int m = block.rows();
        int k = kept.length;
        if (keptBlock == null || omega.length < m) {
            int capacity = Math.max(m, RowChunks.BLOCK_ROWS);
            keptBlock = new double[capacity * k];
            omega = new double[capacity];
            z = new double[k];
        }
        double[] values = block.values();
        int width = block.width();
        for (int i = 0; i < m; i++) {
            int from = i * width;
            int base = i * k;
            for (int a = 0; a < k; a++) {
                keptBlock[base + a] = values[from + kept[a]];
            }
            double fitted = Dot.product(keptBlock, base, beta, 0, k);
            double e = values[from + y] - fitted;
            if (weight >= 0) {
                double root = Math.sqrt(values[from + weight]);
                e *= root;
                for (int a = 0; a < k; a++) {
                    keptBlock[base + a] *= root;
                }
            }
            double w = e * e;
            if (weighting != LeastSquaresPasses.ResidualWeighting.PLAIN) {
                double h = LeastSquaresPasses.leverage(keptBlock, base, rInverse, k, z);
                double oneMinus = 1.0 - h;
                if (oneMinus <= 1e-12) {
                    throw new LeastSquaresPasses.UnitLeverageException(block.rowLabel(i));
                }
                w = weighting == LeastSquaresPasses.ResidualWeighting.LEVERAGE ? w / oneMinus : w / (oneMinus * oneMinus);
            }
            omega[i] = w;
        }
        meat.add(keptBlock, m, k, omega);
    }

    @Override
    public ResidualMeatStatistics merge(ResidualMeatStatistics other) {
        meat.merge(other.meat);
        return this;
    }

    /** @return the k x k meat, row-major symmetric */
    public double[] meat() {
        return meat.symmetric();
    }
}
