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

/**
 * Inverse-probability weights of each unit for its own arm, and their derivatives with respect to
 * the logit coefficients, written {@code dw_i/dgamma = g_i x_i} (the scalar g_i is stored):
 * {@code d(1/e)/dgamma = -((1-e)/e) x}, {@code d(1/(1-e))/dgamma = (e/(1-e)) x},
 * {@code d(e/(1-e))/dgamma = (e/(1-e)) x}, {@code d((1-e)/e)/dgamma = -((1-e)/e) x}.
 * Units whose score was clipped have fixed weights (derivative 0).
 */
final class Weights {

    final double[] treated;
    final double[] control;
    final double[] treatedDerivative;
    final double[] controlDerivative;

    private Weights(int n) {
        treated = new double[n];
        control = new double[n];
        treatedDerivative = new double[n];
        controlDerivative = new double[n];
    }

    static Weights of(AverageEffect estimand, double[] d, double[] e, double[] oneMinusE, boolean[] fixed) {
        int n = d.length;
        Weights w = new Weights(n);
        double[] row = new double[4];
        for (int i = 0; i < n; i++) {
            row(estimand, d[i] == 1.0, e[i], oneMinusE[i], fixed[i], row);
            w.treated[i] = row[0];
            w.control[i] = row[1];
            w.treatedDerivative[i] = row[2];
            w.controlDerivative[i] = row[3];
        }
        return w;
    }

    /**
     * One unit's weights: {@code out = [treated weight, control weight, treated derivative, control
     * derivative]} (the other arm's entries are 0).
     */
    static void row(AverageEffect estimand, boolean treatedUnit, double e, double oneMinusE, boolean fixed,
            double[] out) {
        java.util.Arrays.fill(out, 0.0);
        double derivative = fixed ? 0.0 : 1.0;
        if (treatedUnit) {
            switch (estimand) {
                case ATE -> {
                    out[0] = 1.0 / e;
                    out[2] = -(oneMinusE / e) * derivative;
                }
                case ATT -> out[0] = 1.0;
                case ATC -> {
                    double inverseOdds = oneMinusE / e;
                    out[0] = inverseOdds;
                    out[2] = -inverseOdds * derivative;
                }
            }
        } else {
            switch (estimand) {
                case ATE -> {
                    out[1] = 1.0 / oneMinusE;
                    out[3] = (e / oneMinusE) * derivative;
                }
                case ATT -> {
                    double odds = e / oneMinusE;
                    out[1] = odds;
                    out[3] = odds * derivative;
                }
                case ATC -> out[1] = 1.0;
            }
        }
    }
}
