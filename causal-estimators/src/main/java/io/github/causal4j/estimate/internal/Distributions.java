package io.github.causal4j.estimate.internal;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Quantiles and tail probabilities of the normal and Student t distributions (Commons Math
 * underneath, with the quantile solver tightened from its default 1e-9 to 1e-14 so confidence
 * limits agree with R's {@code qt}/{@code qnorm} to about 1e-13 relative).
 */
public final class Distributions {

    private static final double QUANTILE_ACCURACY = 1e-14;
    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0.0, 1.0, QUANTILE_ACCURACY);

    private Distributions() {
    }

    /**
     * @param p probability in (0, 1)
     * @return the standard normal quantile
     */
    public static double normalQuantile(double p) {
        return NORMAL.inverseCumulativeProbability(p);
    }

    /**
     * @param x a value
     * @return {@code Phi(x)}
     */
    public static double normalCdf(double x) {
        return NORMAL.cumulativeProbability(x);
    }

    /**
     * @param p probability in (0, 1)
     * @param dof degrees of freedom, positive
     * @return the Student t quantile
     */
    public static double tQuantile(double p, double dof) {
        return new TDistribution(null, dof, QUANTILE_ACCURACY).inverseCumulativeProbability(p);
    }

    /**
     * Two-sided p-value {@code 2 P(T > |t|)}, computed from the lower tail so that small p-values
     * keep their digits.
     *
     * @param t the statistic
     * @param dof degrees of freedom, or {@code Double.POSITIVE_INFINITY} for the normal
     * @return the p-value
     */
    public static double twoSidedP(double t, double dof) {
        double a = -Math.abs(t);
        double tail = Double.isInfinite(dof) ? NORMAL.cumulativeProbability(a)
                : new TDistribution(null, dof, QUANTILE_ACCURACY).cumulativeProbability(a);
        return Math.min(1.0, 2.0 * tail);
    }

    /**
     * @param level confidence level in (0, 1)
     * @param dof degrees of freedom, or {@code Double.POSITIVE_INFINITY} for the normal
     * @return the critical value {@code q(1 - (1 - level)/2)}
     */
    public static double critical(double level, double dof) {
        double p = 1.0 - (1.0 - level) / 2.0;
        return Double.isInfinite(dof) ? normalQuantile(p) : tQuantile(p, dof);
    }
}
