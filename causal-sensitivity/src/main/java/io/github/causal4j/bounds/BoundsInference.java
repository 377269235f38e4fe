package io.github.causal4j.bounds;

import java.util.OptionalLong;

/**
 * Sampling uncertainty of estimated bounds {@code [L, U]} on a partially identified parameter
 * {@code theta}.
 *
 * <p>The confidence interval for the parameter is Imbens &amp; Manski's (2004, eq. 4):
 * {@code [L - C se_L, U + C se_U]} with {@code C} solving
 * {@code Phi(C + (U - L) / max(se_L, se_U)) - Phi(-C) = level}. It covers {@code theta} (not the whole
 * set) with the stated probability, uniformly over where {@code theta} sits in the set under the
 * regularity conditions of Imbens &amp; Manski (and Stoye 2009, who notes they assume the width is
 * estimated super-efficiently near zero); {@code C} moves from the one-sided quantile
 * {@code z_level} for a wide set to the two-sided {@code z_(1+level)/2} for a point. The
 * confidence set for the identified set, {@code [L - z se_L, U + z se_U]} with the two-sided
 * quantile on each side, covers the whole set (by Bonferroni, conservatively).
 *
 * @param kind whether the standard errors are analytic or bootstrapped
 * @param level the confidence level
 * @param lowerStdError standard error of the lower bound estimate
 * @param upperStdError standard error of the upper bound estimate
 * @param criticalValue the Imbens &amp; Manski critical value {@code C}
 * @param ciLower lower end of the confidence interval for the parameter
 * @param ciUpper upper end of the confidence interval for the parameter
 * @param setCiLower lower end of the confidence set for the identified set
 * @param setCiUpper upper end of the confidence set for the identified set
 * @param replications bootstrap replications used (0 for analytic standard errors)
 * @param seed the bootstrap seed (empty for analytic standard errors)
 */
public record BoundsInference(Kind kind, double level, double lowerStdError, double upperStdError, double criticalValue,
        double ciLower, double ciUpper, double setCiLower, double setCiUpper, int replications, OptionalLong seed) {

    /** Where the standard errors came from. */
    public enum Kind {
        /** Delta-method (influence-function) formulas. */
        ANALYTIC,
        /** Standard deviation of the bounds over nonparametric bootstrap resamples. */
        BOOTSTRAP
    }

    /** Validates that the numbers are finite and ordered. */
    public BoundsInference {
        java.util.Objects.requireNonNull(kind, "kind");
        java.util.Objects.requireNonNull(seed, "seed");
        for (double v : new double[] {lowerStdError, upperStdError, criticalValue, ciLower, ciUpper, setCiLower,
                setCiUpper}) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("inference numbers must be finite, got " + v);
            }
        }
        if (lowerStdError < 0 || upperStdError < 0) {
            throw new IllegalArgumentException("standard errors must be non-negative");
        }
    }
}
