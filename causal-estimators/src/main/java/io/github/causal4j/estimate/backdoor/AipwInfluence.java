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
import io.github.causal4j.estimate.internal.Logistic;
import io.github.causal4j.estimate.internal.WeightedMoments;
import io.github.causal4j.estimate.stats.BlockStatistics;
import io.github.causal4j.estimate.stats.RowBlock;

/**
 * The pass of {@link AugmentedIpw} after its nuisance fits: the estimate and the sum of squared
 * influence values, with the overlap sums. Nuisances come from coefficients (the logit
 * {@code eta = x'gamma} and the arms' predictions {@code m_a = x'b_a}, computed per row) or, for
 * cross-fitting, from per-row variables.
 *
 * <p>ATE: {@code phi_i = m1 - m0 + d (y - m1)/e - (1-d)(y - m0)/(1-e)}; their mean is tau and their
 * centred sum of squares the numerator of the variance (one Welford pass). ATT: the treated
 * contribute {@code z = y - m0}, the controls {@code z = -(e/(1-e))(y - m0)}; {@code tau = sum z / n1}
 * and {@code sum (infl p1)^2 = sum_treated (z - tau)^2 + sum_controls z^2}, the first from the treated
 * z's Welford moments ({@code centred + n1 (mean - tau)^2}). The ATC mirrors it with
 * {@code z = -(y - m1)} for controls and {@code ((1-e)/e)(y - m1)} for the treated.
 */
final class AipwInfluence implements BlockStatistics<AipwInfluence> {

    private static final long serialVersionUID = 1L;

    /** Where the nuisances of a row come from. */
    record Nuisance(double[] propensity, double[] treatedModel, double[] controlModel, int etaColumn, int m1Column,
            int m0Column) implements java.io.Serializable {

        static Nuisance ofCoefficients(double[] propensity, double[] treatedModel, double[] controlModel) {
            return new Nuisance(propensity, treatedModel, controlModel, -1, -1, -1);
        }

        static Nuisance ofColumns(int eta, int m1, int m0) {
            return new Nuisance(null, null, null, eta, m1, m0);
        }

        double eta(double[] values, int base) {
            return propensity == null ? values[base + etaColumn] : Dot.product(values, base, propensity, 0,
                    propensity.length);
        }

        double m1(double[] values, int base) {
            return treatedModel == null ? values[base + m1Column] : Dot.product(values, base, treatedModel, 0,
                    treatedModel.length);
        }

        double m0(double[] values, int base) {
            return controlModel == null ? values[base + m0Column] : Dot.product(values, base, controlModel, 0,
                    controlModel.length);
        }
    }

    private final int d;
    private final int y;
    private final Nuisance nuisance;
    private final double clipping;
    private final AverageEffect estimand;
    /** ATE: phi; ATT/ATC: z of the estimand's own arm */
    final WeightedMoments own = new WeightedMoments();
    double otherSum;
    double otherSumOfSquares;
    long clipped;
    final OverlapSums overlap = new OverlapSums();

    AipwInfluence(int dColumn, int yColumn, Nuisance nuisance, double clipping, AverageEffect estimand) {
        this.d = dColumn;
        this.y = yColumn;
        this.nuisance = nuisance;
        this.clipping = clipping;
        this.estimand = estimand;
    }

    @Override
    public void add(RowBlock block) {
        double[] values = block.values();
        int width = block.width();
        double[] w = new double[4];
        for (int i = 0; i < block.rows(); i++) {
            int base = i * width;
            double eta = nuisance.eta(values, base);
            double e = Logistic.probability(eta);
            double oneMinus = Logistic.complement(eta);
            if (clipping > 0 && (e < clipping || oneMinus < clipping)) {
                e = e < clipping ? clipping : 1 - clipping;
                oneMinus = 1 - e;
                clipped++;
            }
            boolean treated = values[base + d] == 1.0;
            double yi = values[base + y];
            switch (estimand) {
                case ATE -> {
                    double m1 = nuisance.m1(values, base);
                    double m0 = nuisance.m0(values, base);
                    own.add(m1 - m0 + (treated ? (yi - m1) / e : -(yi - m0) / oneMinus), 1.0);
                }
                case ATT -> {
                    double r = yi - nuisance.m0(values, base);
                    if (treated) {
                        own.add(r, 1.0);
                    } else {
                        other(-(e / oneMinus) * r);
                    }
                }
                case ATC -> {
                    double r = yi - nuisance.m1(values, base);
                    if (!treated) {
                        own.add(-r, 1.0);
                    } else {
                        other((oneMinus / e) * r);
                    }
                }
            }
            Weights.row(estimand, treated, e, oneMinus, false, w);
            overlap.add(treated, e, oneMinus, w[0], w[1]);
        }
    }

    private void other(double z) {
        otherSum += z;
        otherSumOfSquares += z * z;
    }

    @Override
    public AipwInfluence merge(AipwInfluence o) {
        own.merge(o.own);
        otherSum += o.otherSum;
        otherSumOfSquares += o.otherSumOfSquares;
        clipped += o.clipped;
        overlap.merge(o.overlap);
        return this;
    }

    /** @return tau */
    double estimate() {
        if (estimand == AverageEffect.ATE) {
            return own.mean();
        }
        return (own.weight() * own.mean() + otherSum) / own.weight();
    }

    /**
     * @param n all units
     * @return the variance {@code sum infl^2 / n^2}
     */
    double variance(long n) {
        double nn = (double) n * n;
        if (estimand == AverageEffect.ATE) {
            return own.centredSumOfSquares() / nn;
        }
        double tau = estimate();
        double share = own.weight() / n;
        double gap = own.mean() - tau;
        double squares = own.centredSumOfSquares() + own.weight() * gap * gap + otherSumOfSquares;
        return squares / (share * share) / nn;
    }
}
