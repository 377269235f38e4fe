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

import io.github.causal4j.estimate.DesignMatrix;
import io.github.causal4j.estimate.stats.BlockStatistics;
import io.github.causal4j.estimate.stats.RowBlock;
import io.github.causal4j.estimate.stats.RowPasses;

/**
 * One pass of Newton's method for logistic regression: at coefficients b, the deviance
 * {@code -2 sum [y log mu + (1-y) log(1-mu)]}, the score {@code X'(y - mu)} and the Fisher
 * information {@code X'WX}, {@code W = mu(1-mu)}, as mergeable statistics of row blocks, with the
 * counts of rows whose fit is extreme (what the separation diagnosis needs).
 */
public final class LogisticPasses {

    /** Linear predictors beyond this magnitude count as fitted probabilities numerically 0 or 1. */
    public static final double EXTREME_ETA = 30.0;

    private LogisticPasses() {
    }

    /**
     * The sums of one pass.
     *
     * @param deviance the deviance
     * @param score {@code X'(y - mu)} over all p columns
     * @param information {@code X'WX}, p x p row-major symmetric ({@code null} when not formed)
     * @param maxAbsEta the largest {@code |x_i'b|}
     * @param extremeRows rows with {@code |x_i'b| >} {@link #EXTREME_ETA}
     * @param perfectRows rows predicted perfectly: {@code 1 - mu < 1e-10} with y = 1, {@code mu < 1e-10} with y = 0
     */
    public record Evaluation(double deviance, double[] score, double[] information, double maxAbsEta, long extremeRows,
            long perfectRows) {
    }

    /** The statistics of one Newton pass at fixed coefficients. */
    private static final class Partial implements BlockStatistics<Partial> {
        private static final long serialVersionUID = 1L;

        private final int y;
        private final double[] beta;
        double deviance;
        double maxAbsEta;
        long extreme;
        long perfect;
        final double[] score;
        final GramAccumulator information;
        private transient double[] w;
        private transient double[] residual;

        Partial(int yColumn, double[] beta, boolean withInformation) {
            int p = beta.length;
            this.y = yColumn;
            this.beta = beta;
            score = new double[p];
            information = withInformation ? new GramAccumulator(p) : null;
        }

        @Override
        public void add(RowBlock block) {
            int m = block.rows();
            int p = beta.length;
            int width = block.width();
            double[] values = block.values();
            if (w == null || w.length < m) {
                w = new double[Math.max(m, RowChunks.BLOCK_ROWS)];
                residual = new double[w.length];
            }
            for (int i = 0; i < m; i++) {
                int base = i * width;
                double eta = Dot.product(values, base, beta, 0, p);
                // one exp and one log per row: with t = exp(-|eta|) in (0, 1], mu and 1 - mu are 1/(1+t) and
                // t/(1+t) (in the order of eta's sign), and the deviance term is 2 (max(-s eta, 0) + log(1+t)).
                // log(1+t) instead of log1p(t) (not a JIT intrinsic): its absolute error stays below 1e-16
                // per row, negligible against a deviance of order n.
                double t = Math.exp(-Math.abs(eta));
                double big = 1.0 / (1.0 + t);
                double small = t * big;
                double mu = eta >= 0 ? big : small;
                double oneMinus = eta >= 0 ? small : big;
                double yi = values[base + y];
                double signedEta = yi == 1.0 ? -eta : eta;
                deviance += 2.0 * (Math.max(signedEta, 0.0) + Math.log(1.0 + t));
                double abs = Math.abs(eta);
                maxAbsEta = Math.max(maxAbsEta, abs);
                if (abs > EXTREME_ETA) {
                    extreme++;
                }
                if (yi == 1.0 ? oneMinus < 1e-10 : mu < 1e-10) {
                    perfect++;
                }
                residual[i] = yi == 1.0 ? oneMinus : -mu;
                w[i] = mu * oneMinus;
            }
            addScore(score, values, width, residual, m);
            if (information != null) {
                information.add(values, m, width, w);
            }
        }

        @Override
        public Partial merge(Partial o) {
            deviance += o.deviance;
            maxAbsEta = Math.max(maxAbsEta, o.maxAbsEta);
            extreme += o.extreme;
            perfect += o.perfect;
            for (int j = 0; j < score.length; j++) {
                score[j] += o.score[j];
            }
            if (information != null) {
                information.merge(o.information);
            }
            return this;
        }
    }

    /** {@code score += sum_i r_i x_i}, four rows at a time so each score entry is loaded and stored once per four. */
    private static void addScore(double[] score, double[] block, int stride, double[] r, int m) {
        int p = score.length;
        int i = 0;
        for (; i + 3 < m; i += 4) {
            int b0 = i * stride;
            int b1 = b0 + stride;
            int b2 = b1 + stride;
            int b3 = b2 + stride;
            double r0 = r[i];
            double r1 = r[i + 1];
            double r2 = r[i + 2];
            double r3 = r[i + 3];
            for (int j = 0; j < p; j++) {
                score[j] += r0 * block[b0 + j] + r1 * block[b1 + j] + r2 * block[b2 + j] + r3 * block[b3 + j];
            }
        }
        for (; i < m; i++) {
            int base = i * stride;
            double ri = r[i];
            for (int j = 0; j < p; j++) {
                score[j] += ri * block[base + j];
            }
        }
    }

    /**
     * @param rows the rows: the design, then variables including the 0/1 outcome
     * @param yColumn position of the outcome in a row
     * @param beta coefficients of all p design columns (0 for dropped ones)
     * @return the pass' sums
     */
    public static Evaluation evaluate(RowPasses rows, int yColumn, double[] beta) {
        return evaluate(rows, yColumn, beta, true);
    }

    /**
     * @param rows the rows: the design, then variables including the 0/1 outcome
     * @param yColumn position of the outcome in a row
     * @param beta coefficients of all p design columns (0 for dropped ones)
     * @param withInformation whether to form the information matrix (the costly part); if not, it is {@code null}
     * @return the pass' sums
     */
    public static Evaluation evaluate(RowPasses rows, int yColumn, double[] beta, boolean withInformation) {
        Partial total = rows.pass(() -> new Partial(yColumn, beta, withInformation));
        return new Evaluation(total.deviance, total.score, withInformation ? total.information.symmetric() : null,
                total.maxAbsEta, total.extreme, total.perfect);
    }

    /**
     * @param x design
     * @param beta coefficients of all p columns
     * @return the linear predictor per row
     */
    public static double[] linearPredictor(DesignMatrix x, double[] beta) {
        int n = x.rowCount();
        int p = x.columnCount();
        double[] eta = new double[n];
        double[] block = new double[RowChunks.BLOCK_ROWS * p];
        for (int start = 0; start < n; start += RowChunks.BLOCK_ROWS) {
            int end = Math.min(n, start + RowChunks.BLOCK_ROWS);
            x.fill(start, end, block, p);
            for (int i = 0; i < end - start; i++) {
                eta[start + i] = Dot.product(block, i * p, beta, 0, p);
            }
        }
        return eta;
    }
}
