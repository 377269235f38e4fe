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
 * <p><b>Bootstrap standard errors at kinks.</b> Balke&ndash;Pearl, linear-programming, MIV and PNS
 * (Tian&ndash;Pearl) bounds are maxima and minima of several smooth functionals of the data's
 * distribution (the expressions of a closed form, the vertices of a linear program, the cells of an
 * instrument). Where one expression attains the maximum strictly, the bound is differentiable in the
 * distribution, the plug-in estimate is asymptotically normal and bootstrap standard errors are
 * consistent, so the interval has its nominal asymptotic coverage. At a kink, where two or more
 * expressions tie at the true distribution (and, in finite samples, near one), the bound is only
 * directionally differentiable: the plug-in estimate is biased (a maximum of noisy estimates is
 * biased upward, so the bounds tend to be too narrow) and not asymptotically normal, and the naive
 * nonparametric bootstrap does not estimate its distribution consistently (Andrews 2000,
 * Econometrica 68:399&ndash;405; Fang &amp; Santos 2019, Rev. Econ. Stud. 86:377&ndash;412; no
 * regular estimator exists at all, Hirano &amp; Porter 2012, Econometrica 80:1769&ndash;1790). There
 * the interval is a heuristic: its coverage is not guaranteed and can fall below the stated level,
 * and the guarantee is not uniform over distributions close to a kink. Methods with uniform
 * validity (Chernozhukov, Lee &amp; Rosen's 2013 intersection bounds, Econometrica 81:667&ndash;737;
 * Fang &amp; Santos's bootstrap with an estimated directional derivative; Hong &amp; Li's 2018 numerical
 * delta method, J. Econometrics) are not implemented. The analytic intervals of Manski, monotone and Lee bounds
 * (smooth functionals away from the boundary of their parameter space) are not affected.
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
        /**
         * Standard deviation of the bounds over nonparametric bootstrap resamples (not consistent where
         * the bound is a maximum or minimum with a tie: see the description of {@link BoundsInference}).
         */
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
