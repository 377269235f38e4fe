package io.github.causal4j.bounds.internal;

import org.apache.commons.math3.distribution.NormalDistribution;

/** The standard normal distribution function and its inverse, behind Commons Math. */
public final class StandardNormal {

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1,
            NormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);

    private StandardNormal() {
    }

    /**
     * @param x a real number
     * @return {@code Phi(x)}
     */
    public static double cdf(double x) {
        return NORMAL.cumulativeProbability(x);
    }

    /**
     * @param p a probability in (0, 1)
     * @return {@code Phi^-1(p)}
     */
    public static double quantile(double p) {
        return NORMAL.inverseCumulativeProbability(p);
    }
}
