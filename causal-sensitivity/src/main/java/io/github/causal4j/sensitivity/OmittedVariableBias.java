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

import io.github.causal4j.sensitivity.internal.StudentT;
import java.util.Locale;

/**
 * Omitted-variable-bias sensitivity of one regression coefficient, in the partial-R&sup2; form of
 * Cinelli &amp; Hazlett (2020), "Making sense of sensitivity: extending omitted variable bias",
 * JRSS-B 82(1):39-67. Everything here needs only the estimate &tau;&#770;, its classical (OLS) standard
 * error se and the residual degrees of freedom dof of the regression Y ~ D + X, so published tables
 * can be re-analysed.
 *
 * <p>With t = &tau;&#770;/se and a hypothetical confounder Z of strength R&sup2;<sub>D~Z|X</sub>,
 * R&sup2;<sub>Y~Z|D,X</sub> ({@link Confounder}):
 * <ul>
 *   <li>partial R&sup2; of D with Y: R&sup2;<sub>Y~D|X</sub> = t&sup2; / (t&sup2; + dof); partial
 *       f&sup2; = t&sup2; / dof;</li>
 *   <li>|bias| = se &middot; sqrt(dof) &middot; sqrt(R&sup2;<sub>Y~Z|D,X</sub> R&sup2;<sub>D~Z|X</sub> / (1 - R&sup2;<sub>D~Z|X</sub>));</li>
 *   <li>adjusted se = se &middot; sqrt((1 - R&sup2;<sub>Y~Z|D,X</sub>) / (1 - R&sup2;<sub>D~Z|X</sub>)) &middot; sqrt(dof / (dof - 1))
 *       (the regression with Z has one residual degree of freedom fewer);</li>
 *   <li>robustness value RV<sub>q</sub> = (sqrt(f<sub>q</sub>&#8308; + 4 f<sub>q</sub>&sup2;) - f<sub>q</sub>&sup2;) / 2 with
 *       f<sub>q</sub> = q |t| / sqrt(dof);</li>
 *   <li>RV<sub>q,&alpha;</sub>: the same with f<sub>q,&alpha;</sub> = f<sub>q</sub> - f*, f* =
 *       |t*<sub>&alpha;/2, dof-1</sub>| / sqrt(dof - 1); 0 when f<sub>q,&alpha;</sub> &le; 0; and, when
 *       f<sub>q</sub> &gt; 1/f*, the extreme value (f<sub>q</sub>&sup2; - f*&sup2;) / (1 + f<sub>q</sub>&sup2;) because the
 *       box constraint max(R&sup2;<sub>D~Z|X</sub>, R&sup2;<sub>Y~Z|D,X</sub>) &le; RV then no longer binds (see
 *       {@link #extremeRobustnessValue(double, double)}).</li>
 * </ul>
 *
 * <h2>Robust and cluster-robust standard errors</h2>
 * The partial-R&sup2; algebra above is exact for the classical OLS standard error only; it does not
 * say how a heteroskedasticity- or cluster-robust standard error changes when Z is added. causal4j
 * states its convention plainly: {@link #withRobustStandardError(double, String)} keeps the point
 * quantities (R&sup2;<sub>Y~D|X</sub>, RV<sub>q</sub>, bias, adjusted estimate) on the classical
 * algebra, and multiplies every bias-adjusted standard error by the ratio
 * c = se<sub>robust</sub> / se<sub>classical</sub> of the original fit, i.e. it assumes that adjusting
 * for Z leaves the ratio of robust to classical variance unchanged. Under that assumption the
 * bias-adjusted t-value and interval follow, and RV<sub>q,&alpha;</sub> has the closed form above with
 * f* replaced by c&middot;f* (substitute c&middot;se into the equation adjusted t = t*). With c = 1 everything
 * reduces to sensemakr's numbers.
 *
 * <h2>Conventions (sensemakr 0.1.6)</h2>
 * RV<sub>q,&alpha;</sub> uses the t quantile with dof - 1 degrees of freedom (the paper's), the
 * bias-adjusted interval uses dof (sensemakr's {@code ovb_bounds}); both are reproduced to full
 * precision.
 */
public final class OmittedVariableBias {

    private final double estimate;
    private final double standardError;
    private final double dof;
    private final double robustStandardError;
    private final String covariance;

    private OmittedVariableBias(double estimate, double standardError, double dof, double robustStandardError,
            String covariance) {
        this.estimate = estimate;
        this.standardError = standardError;
        this.dof = dof;
        this.robustStandardError = robustStandardError;
        this.covariance = covariance;
    }

    /**
     * Sensitivity of a coefficient given its estimate, classical standard error and residual degrees of
     * freedom (e.g. from a published table).
     *
     * @param estimate the coefficient &tau;&#770; of the treatment, finite and non-zero
     * @param standardError its classical OLS standard error, positive
     * @param dof residual degrees of freedom of Y ~ D + X, greater than 1
     * @return the sensitivity calculator
     * @throws IllegalArgumentException naming the bad input
     */
    public static OmittedVariableBias of(double estimate, double standardError, double dof) {
        if (!Double.isFinite(estimate)) {
            throw new IllegalArgumentException("estimate must be finite, got " + estimate);
        }
        if (estimate == 0.0) {
            throw new IllegalArgumentException("estimate is 0: there is no effect whose robustness could be assessed");
        }
        requirePositiveSe(standardError, "standard error");
        if (!(dof > 1.0) || Double.isInfinite(dof)) {
            throw new IllegalArgumentException("dof (residual degrees of freedom) must be finite and greater than 1"
                    + " (the adjusted standard error uses dof - 1), got " + dof);
        }
        return new OmittedVariableBias(estimate, standardError, dof, standardError, "classical");
    }

    /**
     * Sensitivity of an OLS {@code Estimate} of the estimators module. The residual degrees of freedom
     * come from the estimate; when its covariance (provenance setting {@code covariance}) is not
     * classical, the classical standard error is recovered from its {@code partial_r2_treatment}
     * diagnostic (classical t&sup2; = dof R&sup2; / (1 - R&sup2;)) and the estimate's own standard error becomes
     * the robust one.
     *
     * @param estimate an estimate with t inference (degrees of freedom present)
     * @return the sensitivity calculator
     * @throws IllegalArgumentException if the estimate has no degrees of freedom, or is robust without the diagnostic
     */
    public static OmittedVariableBias of(io.github.causal4j.estimate.Estimate estimate) {
        if (estimate.dof().isEmpty()) {
            throw new IllegalArgumentException("the " + estimate.method() + " estimate has no residual degrees of freedom;"
                    + " omitted-variable-bias sensitivity needs a regression estimate with t inference");
        }
        double dof = estimate.dof().getAsInt();
        String covariance = estimate.provenance().settings().getOrDefault("covariance", "classical");
        String clusters = estimate.provenance().settings().getOrDefault("clusters", "");
        if ("classical".equals(covariance) && clusters.isBlank()) {
            return of(estimate.value(), estimate.stdError(), dof);
        }
        Double r2 = estimate.diagnostics().get("partial_r2_treatment");
        if (r2 == null || !(r2 > 0 && r2 < 1)) {
            throw new IllegalArgumentException("the " + covariance + " estimate lacks the diagnostic partial_r2_treatment needed"
                    + " to recover the classical standard error");
        }
        double classicalSe = Math.abs(estimate.value()) / Math.sqrt(dof * r2 / (1 - r2));
        return of(estimate.value(), classicalSe, dof).withRobustStandardError(estimate.stdError(),
                covariance.toUpperCase(java.util.Locale.ROOT) + (clusters.isBlank() ? "" : ", clustered by " + clusters));
    }

    private static void requirePositiveSe(double se, String what) {
        if (!(se > 0.0) || Double.isInfinite(se)) {
            throw new IllegalArgumentException(what + " must be positive and finite, got " + se);
        }
    }

    /**
     * The same coefficient with a heteroskedasticity- or cluster-robust standard error for the
     * sampling-uncertainty quantities (see the class documentation for the convention).
     *
     * @param robustSe the robust standard error of the treatment coefficient from the same fit
     * @param covarianceLabel a short label for reports, e.g. {@code "HC1"} or {@code "cluster(village)"}
     * @return a new calculator
     */
    public OmittedVariableBias withRobustStandardError(double robustSe, String covarianceLabel) {
        requirePositiveSe(robustSe, "robust standard error");
        if (covarianceLabel == null || covarianceLabel.isBlank()) {
            throw new IllegalArgumentException("covariance label must not be blank");
        }
        return new OmittedVariableBias(estimate, standardError, dof, robustSe, covarianceLabel);
    }

    /** @return the unadjusted estimate &tau;&#770; */
    public double estimate() {
        return estimate;
    }

    /** @return the classical standard error of &tau;&#770; */
    public double standardError() {
        return standardError;
    }

    /** @return the standard error used for inference: the robust one if given, else the classical one */
    public double inferenceStandardError() {
        return robustStandardError;
    }

    /** @return the label of the covariance used for inference ({@code "classical"} unless robust) */
    public String covariance() {
        return covariance;
    }

    /** @return the ratio c = robust / classical standard error (1 when classical) */
    public double standardErrorRatio() {
        return robustStandardError / standardError;
    }

    /** @return residual degrees of freedom */
    public double dof() {
        return dof;
    }

    /** @return the classical t-value &tau;&#770;/se (H0: &tau; = 0) */
    public double tValue() {
        return estimate / standardError;
    }

    /** @return R&sup2;<sub>Y~D|X</sub> = t&sup2; / (t&sup2; + dof) */
    public double partialR2() {
        double t = tValue();
        return t * t / (t * t + dof);
    }

    /** @return Cohen's partial f&sup2; = t&sup2; / dof */
    public double partialF2() {
        double t = tValue();
        return t * t / dof;
    }

    private double fq(double q) {
        requireQ(q);
        return q * Math.abs(tValue()) / Math.sqrt(dof);
    }

    private double criticalF(double alpha) {
        requireAlpha(alpha);
        return standardErrorRatio() * StudentT.twoSidedCritical(alpha, dof - 1.0) / Math.sqrt(dof - 1.0);
    }

    static void requireQ(double q) {
        if (!(q > 0.0) || Double.isInfinite(q)) {
            throw new IllegalArgumentException("q (the problematic fraction of the estimate) must be positive and finite, got " + q);
        }
    }

    static void requireAlpha(double alpha) {
        if (!(alpha > 0.0 && alpha < 1.0)) {
            throw new IllegalArgumentException("alpha (the significance level) must be in (0, 1), got " + alpha);
        }
    }

    private static double rvFromF(double f) {
        double f2 = f * f;
        return 0.5 * (Math.sqrt(f2 * f2 + 4.0 * f2) - f2);
    }

    /**
     * The robustness value RV<sub>q</sub> for the point estimate: confounders that explain RV<sub>q</sub>
     * of the residual variance of both D and Y suffice to change the estimate by 100q %.
     *
     * @param q the problematic fraction of the estimate, positive
     * @return RV<sub>q</sub> in [0, 1)
     */
    public double robustnessValue(double q) {
        return rvFromF(fq(q));
    }

    /**
     * The robustness value RV<sub>q,&alpha;</sub>: the smallest strength s such that confounders with
     * R&sup2;<sub>D~Z|X</sub> &le; s and R&sup2;<sub>Y~Z|D,X</sub> &le; s can make the bias-adjusted
     * (1 - &alpha;) interval include est (1 - q).
     *
     * @param q the problematic fraction, positive
     * @param alpha significance level in (0, 1)
     * @return RV<sub>q,&alpha;</sub> in [0, 1)
     */
    public double robustnessValue(double q, double alpha) {
        double fq = fq(q);
        double fCrit = criticalF(alpha);
        double fqa = fq - fCrit;
        if (fqa <= 0.0) {
            return 0.0;
        }
        if (fq > 1.0 / fCrit) {
            return (fq * fq - fCrit * fCrit) / (1.0 + fq * fq);
        }
        return rvFromF(fqa);
    }

    /**
     * The extreme robustness value XRV<sub>q,&alpha;</sub>: the smallest R&sup2;<sub>D~Z|X</sub> with which a
     * confounder of any strength with the outcome makes the bias-adjusted interval include est (1 - q).
     * Minimising over R&sup2;<sub>Y~Z|D,X</sub> = R&sup2;<sub>D~Z|X</sub> / (f*&sup2; + R&sup2;<sub>D~Z|X</sub>) gives
     * (f<sub>q</sub>&sup2; - f*&sup2;) / (1 + f<sub>q</sub>&sup2;); clamped at 0 (sensemakr returns the negative
     * value when the estimate is already not significant; 0 is the meaning).
     *
     * @param q the problematic fraction, positive
     * @param alpha significance level in (0, 1)
     * @return XRV<sub>q,&alpha;</sub> in [0, 1)
     */
    public double extremeRobustnessValue(double q, double alpha) {
        double fq = fq(q);
        double fCrit = criticalF(alpha);
        return Math.max(0.0, (fq * fq - fCrit * fCrit) / (1.0 + fq * fq));
    }

    /**
     * The extreme robustness value for the point estimate, XRV<sub>q</sub> = f<sub>q</sub>&sup2; / (1 + f<sub>q</sub>&sup2;);
     * for q = 1 it equals {@link #partialR2()}.
     *
     * @param q the problematic fraction, positive
     * @return XRV<sub>q</sub>
     */
    public double extremeRobustnessValue(double q) {
        double fq = fq(q);
        return fq * fq / (1.0 + fq * fq);
    }

    /**
     * @param confounder the hypothesised confounder
     * @return |bias| = se &middot; sqrt(dof) &middot; sqrt(R&sup2;<sub>Y~Z|D,X</sub> R&sup2;<sub>D~Z|X</sub> / (1 - R&sup2;<sub>D~Z|X</sub>))
     */
    public double bias(Confounder confounder) {
        return standardError * Math.sqrt(dof) * confounder.biasFactor();
    }

    /**
     * @param confounder the hypothesised confounder
     * @param direction the direction of the bias
     * @return the bias-adjusted estimate sign(&tau;&#770;)(|&tau;&#770;| &#8723; bias)
     */
    public double adjustedEstimate(Confounder confounder, BiasDirection direction) {
        double b = bias(confounder);
        double magnitude = direction.reduces() ? Math.abs(estimate) - b : Math.abs(estimate) + b;
        return Math.signum(estimate) * magnitude;
    }

    /**
     * @param confounder the hypothesised confounder
     * @return the bias-adjusted standard error (times the robust ratio when robust)
     */
    public double adjustedStandardError(Confounder confounder) {
        return robustStandardError * Math.sqrt((1.0 - confounder.r2yzDX()) / (1.0 - confounder.r2dzX()))
                * Math.sqrt(dof / (dof - 1.0));
    }

    /**
     * Everything about the estimate adjusted for a hypothesised confounder.
     *
     * @param confounder the hypothesised confounder
     * @param options q (for the null of the t-value), alpha (for the interval) and direction
     * @return bias, adjusted estimate, standard error, t-value and interval
     */
    public AdjustedEstimate adjust(Confounder confounder, SensitivityOptions options) {
        double b = bias(confounder);
        double adjusted = adjustedEstimate(confounder, options.direction());
        double se = adjustedStandardError(confounder);
        double crit = StudentT.twoSidedCritical(options.alpha(), dof);
        double numerator = adjusted - options.nullValue(estimate);
        double t = se > 0.0 ? numerator / se : (numerator == 0.0 ? 0.0 : Math.copySign(Double.POSITIVE_INFINITY, numerator));
        return new AdjustedEstimate(confounder, b, adjusted, se, t, adjusted - crit * se, adjusted + crit * se);
    }

    /**
     * @param confounder the hypothesised confounder
     * @return the adjustment with the {@linkplain SensitivityOptions#defaults() default options}
     */
    public AdjustedEstimate adjust(Confounder confounder) {
        return adjust(confounder, SensitivityOptions.defaults());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "OmittedVariableBias[estimate=%.6g, se=%.6g, dof=%s, t=%.5g, R2yd.x=%.5g%s]",
                estimate, standardError, Numbers.dof(dof), tValue(), partialR2(),
                "classical".equals(covariance) ? "" : ", " + covariance + " se=" + String.format(Locale.ROOT, "%.6g", robustStandardError));
    }
}
