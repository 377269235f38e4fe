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

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.AverageEffect;
import io.github.causal4j.estimate.CovariateBalance;
import io.github.causal4j.estimate.EffectEstimator;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.LogisticFit;
import io.github.causal4j.estimate.LogisticRegression;
import io.github.causal4j.estimate.WeightNormalization;
import io.github.causal4j.estimate.internal.OptionChecks;
import io.github.causal4j.estimate.internal.Provenances;
import io.github.causal4j.estimate.internal.RestrictedRows;
import io.github.causal4j.estimate.internal.RowChunks;
import io.github.causal4j.estimate.stats.RowLayout;
import io.github.causal4j.estimate.stats.RowPasses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Inverse probability weighting with an estimated (logit) propensity score {@code e(x)}, for the
 * ATE (weights {@code 1/e} for treated, {@code 1/(1-e)} for controls), the ATT (1 and
 * {@code e/(1-e)}) or the ATC ({@code (1-e)/e} and 1), with Horvitz–Thompson or Hájek
 * normalisation ({@link WeightNormalization}).
 *
 * <p>The standard error is the sandwich of the stacked estimating equations (the logit score
 * equations and the weighted-mean equations), so it accounts for the propensity model's
 * estimation — not the "weights as known" variance (Lunceford &amp; Davidian 2004, sec. 3.2;
 * Williamson, Forbes &amp; White 2014, Stat. Med. 33:721). With the linearisation
 * {@code L_i} of the estimator, {@code SE^2 = sum_i L_i^2} (no small-sample factor), and
 * inference is normal.
 *
 * <p>Optionally, units with {@code e} outside {@code [a, 1-a]} are trimmed (dropped, and the
 * propensity model refitted on the rest: the estimand becomes the effect in the overlap population,
 * Crump, Hotz, Imbens &amp; Mitnik 2009, Biometrika 96:187), or scores are clipped to that range
 * (clipped units' weights are then treated as fixed). Diagnostics: propensity ranges by arm,
 * effective sample sizes {@code (sum w)^2 / sum w^2} (Kish), the largest share of an arm's weight
 * on one unit, covariate balance before and after weighting, and positivity warnings.
 */
public final class InverseProbabilityWeighting implements EffectEstimator {

    private static final InverseProbabilityWeighting DEFAULT = new InverseProbabilityWeighting(AverageEffect.ATE,
            WeightNormalization.HAJEK, 0.0, false, 0.95, LogisticRegression.logit());

    private final AverageEffect estimand;
    private final WeightNormalization normalization;
    private final double bound;
    private final boolean clip;
    private final double confidenceLevel;
    private final LogisticRegression propensityModel;

    private InverseProbabilityWeighting(AverageEffect estimand, WeightNormalization normalization, double bound,
            boolean clip, double confidenceLevel, LogisticRegression propensityModel) {
        this.estimand = estimand;
        this.normalization = normalization;
        this.bound = bound;
        this.clip = clip;
        this.confidenceLevel = confidenceLevel;
        this.propensityModel = propensityModel;
    }

    /** @return Hájek-normalised IPW for the ATE, no trimming */
    public static InverseProbabilityWeighting hajek() {
        return DEFAULT;
    }

    /**
     * @param effect the average effect to estimate
     * @return a copy estimating it
     */
    public InverseProbabilityWeighting withEstimand(AverageEffect effect) {
        return new InverseProbabilityWeighting(Objects.requireNonNull(effect, "effect"), normalization, bound, clip,
                confidenceLevel, propensityModel);
    }

    /**
     * @param kind Horvitz–Thompson or Hájek
     * @return a copy using it
     */
    public InverseProbabilityWeighting withNormalization(WeightNormalization kind) {
        return new InverseProbabilityWeighting(estimand, Objects.requireNonNull(kind, "kind"), bound, clip,
                confidenceLevel, propensityModel);
    }

    /**
     * @param a drop units whose propensity score is outside {@code [a, 1-a]}, {@code 0 <= a < 0.5} (0: none)
     * @return a copy that trims
     */
    public InverseProbabilityWeighting withTrimming(double a) {
        checkBound(a);
        return new InverseProbabilityWeighting(estimand, normalization, a, false, confidenceLevel, propensityModel);
    }

    /**
     * @param a clip propensity scores to {@code [a, 1-a]}, {@code 0 <= a < 0.5} (0: none)
     * @return a copy that clips
     */
    public InverseProbabilityWeighting withClipping(double a) {
        checkBound(a);
        return new InverseProbabilityWeighting(estimand, normalization, a, a > 0, confidenceLevel, propensityModel);
    }

    static void checkBound(double a) {
        if (!(a >= 0 && a < 0.5)) {
            throw new IllegalArgumentException("the propensity bound must be in [0, 0.5), got " + a);
        }
    }

    /**
     * @param level confidence level in (0, 1)
     * @return a copy using it
     */
    public InverseProbabilityWeighting withConfidenceLevel(double level) {
        OptionChecks.confidenceLevel(level);
        return new InverseProbabilityWeighting(estimand, normalization, bound, clip, level, propensityModel);
    }

    /**
     * @param model the logistic regression used for the propensity score (iterations, parallelism)
     * @return a copy using it
     */
    public InverseProbabilityWeighting withPropensityModel(LogisticRegression model) {
        return new InverseProbabilityWeighting(estimand, normalization, bound, clip, confidenceLevel,
                Objects.requireNonNull(model, "model"));
    }

    /** @return the estimand */
    public AverageEffect estimand() {
        return estimand;
    }

    @Override
    public String method() {
        return "ipw";
    }

    @Override
    public Estimate estimate(Dataset data, String treatment, String outcome, List<String> covariates) {
        BackdoorInputs in = BackdoorInputs.of(data, treatment, outcome, covariates, true, method());
        return estimate(in.rows(propensityModel.parallelism()), treatment, outcome);
    }

    /**
     * The estimate from rows read in passes (e.g. a Spark DataFrame's, through {@code causal-spark}):
     * the same computation as {@link #estimate(Dataset, String, String, List)}, whose rows these are
     * when in memory.
     *
     * <p>Passes over the rows: those of the propensity model ({@link LogisticRegression#fit(RowPasses,
     * String)}: about one per Newton iteration), then two (the weighted sums with the overlap and balance
     * sums; the gradients and variance terms). Trimming adds one pass to count the units kept and, when
     * some are dropped, the propensity model's passes again on the units kept.
     *
     * @param rows the rows: the propensity design (an intercept and the covariates' columns), then
     *     variables including {@code treatment} (0/1) and {@code outcome}
     * @param treatment the treatment variable
     * @param outcome the outcome variable
     * @return the estimate
     * @throws IllegalArgumentException if the design has no intercept, a variable is missing, or the treatment
     *     is not 0/1 with both values
     */
    public Estimate estimate(RowPasses rows, String treatment, String outcome) {
        RowLayout layout = rows.layout();
        if (!layout.hasIntercept()) {
            throw new IllegalArgumentException("the propensity design of " + method() + " needs an intercept column");
        }
        layout.variableColumn(outcome);
        rows.summary(treatment).requireBothBinaryValues("treatment", method());
        List<String> covariates = layout.termNames();
        List<String> warnings = new ArrayList<>();
        Map<String, Double> diagnostics = new LinkedHashMap<>();
        LogisticFit ps = propensityModel.fit(rows, treatment);
        RowPasses used = rows;
        if (bound > 0 && !clip) {
            RestrictedRows inside = RestrictedRows.of(rows, IpwPasses.inside(ps.coefficientVector(), bound));
            long trimmed = rows.rowCount() - inside.rowCount();
            diagnostics.put("trimmed", (double) trimmed);
            if (trimmed > 0) {
                warnings.add(trimmed + " units with propensity outside [" + bound + ", " + (1 - bound)
                        + "] were dropped: the estimate is for the overlap population");
                inside.summary(treatment).requireBothBinaryValues("treatment", method());
                ps = propensityModel.fit(inside, treatment);
                used = inside;
            }
        }
        warnings.addAll(ps.warnings());
        int n = RowChunks.rowCount(used);
        // trimming may leave out dummies: positions come from the layout of the rows used
        RowLayout usedLayout = used.layout();
        int p = usedLayout.designWidth();
        int dColumn = usedLayout.variableColumn(treatment);
        int yColumn = usedLayout.variableColumn(outcome);
        IpwPasses.Setting setting = new IpwPasses.Setting(dColumn, yColumn, ps.coefficientVector(), estimand,
                clip ? bound : 0.0);
        int[] balanceColumns = new int[p - 1];
        for (int j = 1; j < p; j++) {
            balanceColumns[j - 1] = j;
        }
        IpwPasses.Sums sums = used.pass(() -> new IpwPasses.Sums(setting, balanceColumns));
        if (clip) {
            diagnostics.put("clipped", (double) sums.clipped);
        }
        boolean hajek = normalization == WeightNormalization.HAJEK;
        double mu1 = sums.t1 / sums.s1;
        double mu0 = sums.t0 / sums.s0;
        double tau = sums.total / sums.size;
        double value = hajek ? mu1 - mu0 : tau;
        double s1 = sums.s1;
        double s0 = sums.s0;
        double size = sums.size;
        IpwPasses.VarianceTerms terms = used.pass(() -> new IpwPasses.VarianceTerms(setting, hajek, mu1, mu0, s1, s0,
                tau, size));
        double[] gamma = new double[p];
        if (hajek) {
            double[] c1 = correction(ps, terms.gradient1);
            double[] c0 = correction(ps, terms.gradient0);
            for (int j = 0; j < p; j++) {
                gamma[j] = c1[j] / s1 - c0[j] / s0;
            }
        } else {
            double[] c = correction(ps, terms.gradient1);
            for (int j = 0; j < p; j++) {
                gamma[j] = c[j] / size;
            }
        }
        double[] rr = terms.rr.symmetric();
        double variance = terms.aa;
        for (int a = 0; a < p; a++) {
            variance += 2 * gamma[a] * terms.ar[a];
            for (int b = 0; b < p; b++) {
                variance += gamma[a] * rr[a * p + b] * gamma[b];
            }
        }
        sums.overlap.report(diagnostics, warnings);
        List<CovariateBalance> balance = covariates.isEmpty() ? List.of()
                : sums.balance.rows(usedLayout.designColumns().subList(1, p), estimand);
        if (!balance.isEmpty()) {
            diagnostics.put("max_abs_smd_before", Balance.maxAbsSmd(balance, false));
            diagnostics.put("max_abs_smd_after", Balance.maxAbsSmd(balance, true));
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("estimand", estimand.label());
        settings.put("normalization", normalization.name().toLowerCase(java.util.Locale.ROOT));
        settings.put(clip ? "clipping" : "trimming", Double.toString(bound));
        settings.put("covariates", String.join(",", covariates));
        return Estimate.builder(method(), estimand).variables(treatment, outcome).value(value, Math.sqrt(Math.max(0.0,
                variance))).confidenceLevel(confidenceLevel).n(n).diagnostics(diagnostics).balance(balance)
                .warnings(warnings).provenance(Provenances.of(rows, method(), settings, OptionalLong.empty())).build();
    }

    /**
     * The propensity model's term of the linearisation, {@code I^{-1} H} over the design columns (0
     * for dropped ones), for a gradient {@code H = sum_i dh_i/dgamma} (Lunceford &amp; Davidian 2004,
     * sec. 3.2).
     */
    static double[] correction(LogisticFit ps, double[] gradient) {
        List<String> names = ps.designColumns();
        double[][] cov = ps.covariance();
        int k = cov.length;
        int[] kept = new int[k];
        for (int a = 0; a < k; a++) {
            kept[a] = names.indexOf(ps.coefficients().get(a).name());
        }
        double[] c = new double[names.size()];
        for (int a = 0; a < k; a++) {
            double s = 0.0;
            for (int b = 0; b < k; b++) {
                s += cov[a][b] * gradient[kept[b]];
            }
            c[kept[a]] = s;
        }
        return c;
    }

    /** @return e.g. {@code "InverseProbabilityWeighting[ATT, HAJEK, trimming=0.0]"} */
    @Override
    public String toString() {
        return "InverseProbabilityWeighting[" + estimand + ", " + normalization + ", " + (clip ? "clipping=" : "trimming=")
                + bound + "]";
    }
}
