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
package io.github.causal4j.estimate.backdoor;

import io.github.causal4j.estimate.AverageEffect;
import io.github.causal4j.estimate.internal.Dot;
import io.github.causal4j.estimate.internal.GramAccumulator;
import io.github.causal4j.estimate.internal.Logistic;
import io.github.causal4j.estimate.internal.RestrictedRows;
import io.github.causal4j.estimate.internal.RowChunks;
import io.github.causal4j.estimate.stats.BlockStatistics;
import io.github.causal4j.estimate.stats.RowBlock;

/**
 * The passes of inverse probability weighting after the propensity model: the weighted sums of
 * each arm with the overlap and balance sums ({@link Sums}), then the gradient of the weighted
 * means with respect to the logit coefficients and the terms of the sandwich variance
 * ({@link VarianceTerms}). Rows hold the propensity design {@code x} (intercept first), then the
 * treatment d and the outcome y.
 */
final class IpwPasses {

    private IpwPasses() {
    }

    /** A unit's propensity score at the logit coefficients: {@code [e, 1 - e]}, each without cancellation. */
    static void score(double[] values, int base, double[] beta, double[] out) {
        double eta = Dot.product(values, base, beta, 0, beta.length);
        out[0] = Logistic.probability(eta);
        out[1] = Logistic.complement(eta);
    }

    /** Keeps units with propensity score in {@code [a, 1 - a]} (trimming, Crump et al. 2009). */
    static RestrictedRows.RowFilter inside(double[] beta, double a) {
        return (values, base) -> {
            double[] e = new double[2];
            score(values, base, beta, e);
            return e[0] >= a && e[1] >= a;
        };
    }

    /** The settings every pass shares. */
    record Setting(int dColumn, int yColumn, double[] beta, AverageEffect estimand, double clipping)
            implements java.io.Serializable {

        /**
         * Score (clipped to {@code [clipping, 1 - clipping]} when clipping), weights and derivatives of
         * one unit: {@code out = [e, 1-e, w1, w0, g1, g0, clipped?1:0, unclipped e]}.
         */
        void unit(double[] values, int base, double[] out, double[] weights) {
            score(values, base, beta, out);
            double unclipped = out[0];
            boolean fixed = false;
            if (clipping > 0 && (out[0] < clipping || out[1] < clipping)) {
                out[0] = out[0] < clipping ? clipping : 1 - clipping;
                out[1] = 1 - out[0];
                fixed = true;
            }
            Weights.row(estimand, values[base + dColumn] == 1.0, out[0], out[1], fixed, weights);
            out[6] = fixed ? 1.0 : 0.0;
            out[7] = unclipped;
        }
    }

    /** First pass: per-arm weighted sums (Hájek and Horvitz–Thompson), clipping count, overlap and balance sums. */
    static final class Sums implements BlockStatistics<Sums> {
        private static final long serialVersionUID = 1L;

        private final Setting setting;
        private final int[] balanceColumns;
        double s1;
        double s0;
        double t1;
        double t0;
        double total;
        double size;
        long clipped;
        final OverlapSums overlap = new OverlapSums();
        final BalanceSums balance;

        Sums(Setting setting, int[] balanceColumns) {
            this.setting = setting;
            this.balanceColumns = balanceColumns;
            this.balance = new BalanceSums(balanceColumns.length);
        }

        @Override
        public void add(RowBlock block) {
            double[] values = block.values();
            int width = block.width();
            double[] u = new double[8];
            double[] w = new double[4];
            for (int i = 0; i < block.rows(); i++) {
                int base = i * width;
                setting.unit(values, base, u, w);
                boolean treated = values[base + setting.dColumn()] == 1.0;
                double y = values[base + setting.yColumn()];
                s1 += w[0];
                s0 += w[1];
                t1 += w[0] * y;
                t0 += w[1] * y;
                total += (w[0] - w[1]) * y;
                size += target(setting.estimand(), treated);
                clipped += (long) u[6];
                overlap.add(treated, u[0], u[1], w[0], w[1]);
                balance.add(treated ? 1 : 0, treated ? w[0] : w[1], values, balanceColumns, base);
            }
        }

        @Override
        public Sums merge(Sums o) {
            s1 += o.s1;
            s0 += o.s0;
            t1 += o.t1;
            t0 += o.t0;
            total += o.total;
            size += o.size;
            clipped += o.clipped;
            overlap.merge(o.overlap);
            balance.merge(o.balance);
            return this;
        }
    }

    /** Whether a unit belongs to the estimand's target population (Horvitz–Thompson's denominator). */
    static double target(AverageEffect estimand, boolean treated) {
        return switch (estimand) {
            case ATE -> 1.0;
            case ATT -> treated ? 1.0 : 0.0;
            case ATC -> treated ? 0.0 : 1.0;
        };
    }

    /**
     * Second pass. The linearisation of the estimator is {@code L_i = a_i + r_i x_i'gamma}, with
     * {@code r_i = d_i - e_i}, {@code a_i} known after the first pass and {@code gamma} a function of
     * the gradients {@code G = sum_i g_i x_i} gathered here; so {@code sum L_i^2 =
     * sum a^2 + 2 gamma' sum a r x + gamma' (sum r^2 x x') gamma} comes from this one pass.
     * Hájek: {@code a_i = w1_i (y_i - mu1)/s1 - w0_i (y_i - mu0)/s0}, gradients of both arms;
     * Horvitz–Thompson: {@code a_i = ((w1_i - w0_i) y_i - t_i tau)/N}, one gradient.
     */
    static final class VarianceTerms implements BlockStatistics<VarianceTerms> {
        private static final long serialVersionUID = 1L;

        private final Setting setting;
        private final boolean hajek;
        private final double mu1;
        private final double mu0;
        private final double s1;
        private final double s0;
        private final double tau;
        private final double size;
        final double[] gradient1;
        final double[] gradient0;
        double aa;
        final double[] ar;
        final GramAccumulator rr;
        private transient double[] r2;

        /** Hájek: the arms' means and weight sums; Horvitz–Thompson: tau and the target population size. */
        VarianceTerms(Setting setting, boolean hajek, double mu1, double mu0, double s1, double s0, double tau,
                double size) {
            this.setting = setting;
            this.hajek = hajek;
            this.mu1 = mu1;
            this.mu0 = mu0;
            this.s1 = s1;
            this.s0 = s0;
            this.tau = tau;
            this.size = size;
            int p = setting.beta().length;
            gradient1 = new double[p];
            gradient0 = new double[p];
            ar = new double[p];
            rr = new GramAccumulator(p);
        }

        @Override
        public void add(RowBlock block) {
            int p = setting.beta().length;
            double[] values = block.values();
            int width = block.width();
            if (r2 == null || r2.length < block.rows()) {
                r2 = new double[Math.max(block.rows(), RowChunks.BLOCK_ROWS)];
            }
            double[] u = new double[8];
            double[] w = new double[4];
            for (int i = 0; i < block.rows(); i++) {
                int base = i * width;
                setting.unit(values, base, u, w);
                boolean treated = values[base + setting.dColumn()] == 1.0;
                double y = values[base + setting.yColumn()];
                double r = (treated ? 1.0 : 0.0) - u[7];
                double a;
                if (hajek) {
                    double g1 = w[2] * (y - mu1);
                    double g0 = w[3] * (y - mu0);
                    for (int j = 0; j < p; j++) {
                        gradient1[j] += g1 * values[base + j];
                        gradient0[j] += g0 * values[base + j];
                    }
                    a = w[0] * (y - mu1) / s1 - w[1] * (y - mu0) / s0;
                } else {
                    double g = (w[2] - w[3]) * y;
                    for (int j = 0; j < p; j++) {
                        gradient1[j] += g * values[base + j];
                    }
                    a = ((w[0] - w[1]) * y - target(setting.estimand(), treated) * tau) / size;
                }
                aa += a * a;
                double ra = r * a;
                for (int j = 0; j < p; j++) {
                    ar[j] += ra * values[base + j];
                }
                r2[i] = r * r;
            }
            rr.add(values, block.rows(), width, r2);
        }

        @Override
        public VarianceTerms merge(VarianceTerms o) {
            for (int j = 0; j < gradient1.length; j++) {
                gradient1[j] += o.gradient1[j];
                gradient0[j] += o.gradient0[j];
                ar[j] += o.ar[j];
            }
            aa += o.aa;
            rr.merge(o.rr);
            return this;
        }
    }
}
