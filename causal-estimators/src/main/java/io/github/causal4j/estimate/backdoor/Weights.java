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
        for (int i = 0; i < n; i++) {
            double odds = e[i] / oneMinusE[i];
            double inverseOdds = oneMinusE[i] / e[i];
            double derivative = fixed[i] ? 0.0 : 1.0;
            if (d[i] == 1.0) {
                switch (estimand) {
                    case ATE -> {
                        w.treated[i] = 1.0 / e[i];
                        w.treatedDerivative[i] = -inverseOdds * derivative;
                    }
                    case ATT -> w.treated[i] = 1.0;
                    case ATC -> {
                        w.treated[i] = inverseOdds;
                        w.treatedDerivative[i] = -inverseOdds * derivative;
                    }
                }
            } else {
                switch (estimand) {
                    case ATE -> {
                        w.control[i] = 1.0 / oneMinusE[i];
                        w.controlDerivative[i] = odds * derivative;
                    }
                    case ATT -> {
                        w.control[i] = odds;
                        w.controlDerivative[i] = odds * derivative;
                    }
                    case ATC -> w.control[i] = 1.0;
                }
            }
        }
        return w;
    }
}
