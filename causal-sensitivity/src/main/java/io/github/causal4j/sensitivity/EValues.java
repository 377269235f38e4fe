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
package io.github.causal4j.sensitivity;

import java.util.OptionalDouble;

/**
 * E-values (VanderWeele &amp; Ding 2017, Annals of Internal Medicine 167(4):268-274).
 *
 * <p>For a risk ratio RR &ge; 1 the E-value is RR + sqrt(RR (RR - 1)); a risk ratio below 1 is first
 * inverted. With a confidence interval, the limit closest to the null is used: the lower limit when
 * RR &gt; 1, the upper when RR &lt; 1, and the E-value is 1 when the interval contains the null. Other
 * measures are first approximated as risk ratios ({@link EffectMeasure}); a standardised mean
 * difference d with standard error s has the approximate interval exp(0.91 d &plusmn; 1.78 s) (their
 * Table 2). A non-null "true" risk ratio RR0 replaces RR by RR / RR0 (shifting the estimate to RR0
 * instead of to 1).
 *
 * <pre>{@code
 * EValue e = EValues.riskRatio(3.9, 1.8, 8.7);   // point 7.26, CI 3.0
 * }</pre>
 */
public final class EValues {

    private EValues() {
    }

    /**
     * @param rr a risk ratio &ge; 1 (or its inverse)
     * @return RR + sqrt(RR (RR - 1)) after inverting a ratio below 1
     */
    public static double ofRiskRatio(double rr) {
        requirePositive(rr, "risk ratio");
        double r = rr < 1.0 ? 1.0 / rr : rr;
        return r + Math.sqrt(r * (r - 1.0));
    }

    /**
     * @param rr risk ratio estimate
     * @return the E-value of the point estimate
     */
    public static EValue riskRatio(double rr) {
        return compute(EffectMeasure.RISK_RATIO, rr, Double.NaN, Double.NaN, 1.0);
    }

    /**
     * @param rr risk ratio estimate
     * @param lower lower confidence limit
     * @param upper upper confidence limit
     * @return E-values of the estimate and of the limit nearest the null
     */
    public static EValue riskRatio(double rr, double lower, double upper) {
        return compute(EffectMeasure.RISK_RATIO, rr, lower, upper, 1.0);
    }

    /**
     * E-values for shifting the estimate to a non-null risk ratio instead of 1.
     *
     * @param measure the scale of the estimate (a ratio measure)
     * @param estimate the estimate
     * @param lower lower limit, or NaN if none
     * @param upper upper limit, or NaN if none
     * @param trueRiskRatio the risk ratio to shift to, positive
     * @return the E-values
     */
    public static EValue of(EffectMeasure measure, double estimate, double lower, double upper, double trueRiskRatio) {
        if (!measure.isRatio()) {
            throw new IllegalArgumentException("use standardizedMeanDifference(d, se) for a standardised mean difference");
        }
        requirePositive(trueRiskRatio, "true risk ratio");
        return compute(measure, estimate, lower, upper, trueRiskRatio);
    }

    /**
     * @param or odds ratio estimate
     * @param lower lower limit, or NaN if none
     * @param upper upper limit, or NaN if none
     * @param rareOutcome whether the outcome is rare (&lt; 15% at the end of follow-up)
     * @return the E-values
     */
    public static EValue oddsRatio(double or, double lower, double upper, boolean rareOutcome) {
        return compute(rareOutcome ? EffectMeasure.ODDS_RATIO_RARE : EffectMeasure.ODDS_RATIO_COMMON, or, lower, upper, 1.0);
    }

    /**
     * @param hr hazard ratio estimate
     * @param lower lower limit, or NaN if none
     * @param upper upper limit, or NaN if none
     * @param rareOutcome whether the outcome is rare (&lt; 15% at the end of follow-up)
     * @return the E-values
     */
    public static EValue hazardRatio(double hr, double lower, double upper, boolean rareOutcome) {
        return compute(rareOutcome ? EffectMeasure.HAZARD_RATIO_RARE : EffectMeasure.HAZARD_RATIO_COMMON, hr, lower, upper, 1.0);
    }

    /**
     * @param d standardised mean difference (difference in means divided by the outcome's SD)
     * @param se its standard error, positive, or NaN for the point E-value only
     * @return the E-values, with the interval exp(0.91 d &plusmn; 1.78 se)
     */
    public static EValue standardizedMeanDifference(double d, double se) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("standardised mean difference must be finite, got " + d);
        }
        if (Double.isNaN(se)) {
            return finish(EffectMeasure.STANDARDIZED_MEAN_DIFFERENCE, d, Math.exp(0.91 * d), Double.NaN, Double.NaN, 1.0);
        }
        requirePositive(se, "standard error of the standardised mean difference");
        return finish(EffectMeasure.STANDARDIZED_MEAN_DIFFERENCE, d, Math.exp(0.91 * d), Math.exp(0.91 * d - 1.78 * se),
                Math.exp(0.91 * d + 1.78 * se), 1.0);
    }

    /**
     * E-values for a linear-regression coefficient of a treatment contrast on a continuous outcome:
     * d = delta &middot; coefficient / sd(Y), se(d) = delta &middot; se / sd(Y), then as a standardised mean difference
     * (VanderWeele &amp; Ding 2017; the approach of the EValue package's {@code evalues.OLS}).
     *
     * @param coefficient the OLS coefficient
     * @param se its standard error
     * @param outcomeSd the standard deviation of the outcome, positive
     * @param delta the treatment contrast (1 for a binary treatment)
     * @return the E-values
     */
    public static EValue olsCoefficient(double coefficient, double se, double outcomeSd, double delta) {
        requirePositive(outcomeSd, "outcome standard deviation");
        if (!(delta != 0.0) || !Double.isFinite(delta)) {
            throw new IllegalArgumentException("treatment contrast delta must be finite and non-zero, got " + delta);
        }
        requirePositive(se, "standard error");
        return standardizedMeanDifference(delta * coefficient / outcomeSd, Math.abs(delta) * se / outcomeSd);
    }

    private static EValue compute(EffectMeasure measure, double estimate, double lower, double upper, double trueRr) {
        requirePositive(estimate, measure.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        boolean haveLower = !Double.isNaN(lower);
        boolean haveUpper = !Double.isNaN(upper);
        if (haveLower) {
            requirePositive(lower, "lower confidence limit");
            if (lower > estimate) {
                throw new IllegalArgumentException("lower confidence limit " + lower + " exceeds the estimate " + estimate);
            }
        }
        if (haveUpper) {
            requirePositive(upper, "upper confidence limit");
            if (upper < estimate) {
                throw new IllegalArgumentException("upper confidence limit " + upper + " is below the estimate " + estimate);
            }
        }
        return finish(measure, estimate, measure.toRiskRatio(estimate), haveLower ? measure.toRiskRatio(lower) : Double.NaN,
                haveUpper ? measure.toRiskRatio(upper) : Double.NaN, trueRr);
    }

    private static EValue finish(EffectMeasure measure, double estimate, double rr, double rrLower, double rrUpper, double trueRr) {
        double shifted = rr / trueRr;
        double point = shifted == 1.0 ? 1.0 : ofRiskRatio(shifted);
        OptionalDouble ci = OptionalDouble.empty();
        // the confidence limit nearest the (true) null
        if (shifted > 1.0 && !Double.isNaN(rrLower)) {
            double l = rrLower / trueRr;
            ci = OptionalDouble.of(l <= 1.0 ? 1.0 : ofRiskRatio(l));
        } else if (shifted < 1.0 && !Double.isNaN(rrUpper)) {
            double u = rrUpper / trueRr;
            ci = OptionalDouble.of(u >= 1.0 ? 1.0 : ofRiskRatio(u));
        } else if (shifted == 1.0 && (!Double.isNaN(rrLower) || !Double.isNaN(rrUpper))) {
            ci = OptionalDouble.of(1.0);
        }
        return new EValue(measure, estimate, rr, Double.isNaN(rrLower) ? OptionalDouble.empty() : OptionalDouble.of(rrLower),
                Double.isNaN(rrUpper) ? OptionalDouble.empty() : OptionalDouble.of(rrUpper), trueRr, point, ci);
    }

    private static void requirePositive(double v, String what) {
        if (!(v > 0.0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must be positive and finite, got " + v);
        }
    }
}
