package io.github.causal4j.estimate.backdoor;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.AverageEffect;
import io.github.causal4j.estimate.CovariateBalance;
import io.github.causal4j.estimate.EffectEstimator;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.LogisticRegression;
import io.github.causal4j.estimate.WeightNormalization;
import io.github.causal4j.estimate.internal.Provenances;
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
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
        }
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
        List<String> warnings = new ArrayList<>();
        Map<String, Double> diagnostics = new LinkedHashMap<>();
        PropensityScores ps = PropensityScores.fit(data, treatment, in.covariates, in.d, propensityModel);
        if (bound > 0 && !clip) {
            int[] keep = inside(ps, bound);
            int trimmed = in.n - keep.length;
            diagnostics.put("trimmed", (double) trimmed);
            if (trimmed > 0) {
                warnings.add(trimmed + " units with propensity outside [" + bound + ", " + (1 - bound)
                        + "] were dropped: the estimate is for the overlap population");
                Dataset kept = data.rows(keep);
                in = BackdoorInputs.of(kept, treatment, outcome, covariates, true, method());
                ps = PropensityScores.fit(kept, treatment, in.covariates, in.d, propensityModel);
            }
        }
        warnings.addAll(ps.fit.warnings());
        int n = in.n;
        double[] e = ps.e.clone();
        double[] oneMinus = ps.oneMinusE.clone();
        boolean[] fixed = new boolean[n];
        if (clip) {
            int clipped = 0;
            for (int i = 0; i < n; i++) {
                if (e[i] < bound || oneMinus[i] < bound) {
                    e[i] = e[i] < bound ? bound : 1 - bound;
                    oneMinus[i] = 1 - e[i];
                    fixed[i] = true;
                    clipped++;
                }
            }
            diagnostics.put("clipped", (double) clipped);
        }
        Weights w = Weights.of(estimand, in.d, e, oneMinus, fixed);
        double[] linear = normalization == WeightNormalization.HAJEK ? hajek(in, ps, w) : horvitzThompson(in, ps, w);
        double value = linear[n];
        double variance = 0.0;
        for (int i = 0; i < n; i++) {
            variance += linear[i] * linear[i];
        }
        Overlap.diagnose(in.d, e, oneMinus, w, diagnostics, warnings);
        double[] after = new double[n];
        for (int i = 0; i < n; i++) {
            after[i] = in.d[i] == 1.0 ? w.treated[i] : w.control[i];
        }
        List<CovariateBalance> balance = Balance.of(in.data, in.covariates, in.d, after, estimand);
        if (!balance.isEmpty()) {
            diagnostics.put("max_abs_smd_before", Balance.maxAbsSmd(balance, false));
            diagnostics.put("max_abs_smd_after", Balance.maxAbsSmd(balance, true));
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("estimand", estimand.label());
        settings.put("normalization", normalization.name().toLowerCase(java.util.Locale.ROOT));
        settings.put(clip ? "clipping" : "trimming", Double.toString(bound));
        settings.put("covariates", String.join(",", covariates));
        return Estimate.builder(method(), estimand).variables(treatment, outcome).value(value, Math.sqrt(variance))
                .confidenceLevel(confidenceLevel).n(n).diagnostics(diagnostics).balance(balance).warnings(warnings)
                .provenance(Provenances.of(data, in.usedColumns(), method(), settings, OptionalLong.empty())).build();
    }

    private static int[] inside(PropensityScores ps, double a) {
        int[] keep = new int[ps.e.length];
        int k = 0;
        for (int i = 0; i < ps.e.length; i++) {
            if (ps.e[i] >= a && ps.oneMinusE[i] >= a) {
                keep[k++] = i;
            }
        }
        return java.util.Arrays.copyOf(keep, k);
    }

    /**
     * Hájek: tau = mu1 - mu0, mu_a = sum w_a y / sum w_a. Linearisation of mu_a:
     * {@code [w_a,i (y_i - mu_a) + (I^{-1} H_a)' x_i (d_i - e_i)] / sum w_a}, with
     * {@code H_a = sum_i g_a,i (y_i - mu_a) x_i} and {@code dw_a,i/dgamma = g_a,i x_i}.
     * Returns L_1..L_n followed by the estimate.
     */
    private static double[] hajek(BackdoorInputs in, PropensityScores ps, Weights w) {
        int n = in.n;
        double s1 = 0;
        double s0 = 0;
        double t1 = 0;
        double t0 = 0;
        for (int i = 0; i < n; i++) {
            s1 += w.treated[i];
            s0 += w.control[i];
            t1 += w.treated[i] * in.y[i];
            t0 += w.control[i] * in.y[i];
        }
        double mu1 = t1 / s1;
        double mu0 = t0 / s0;
        double[] g1 = new double[n];
        double[] g0 = new double[n];
        for (int i = 0; i < n; i++) {
            g1[i] = w.treatedDerivative[i] * (in.y[i] - mu1);
            g0[i] = w.controlDerivative[i] * (in.y[i] - mu0);
        }
        double[] c1 = ps.correction(ps.gradient(g1));
        double[] c0 = ps.correction(ps.gradient(g0));
        double[] out = new double[n + 1];
        for (int i = 0; i < n; i++) {
            out[i] = (w.treated[i] * (in.y[i] - mu1) + c1[i]) / s1 - (w.control[i] * (in.y[i] - mu0) + c0[i]) / s0;
        }
        out[n] = mu1 - mu0;
        return out;
    }

    /**
     * Horvitz–Thompson: tau = (sum w1 y - sum w0 y) / N, N the size of the target population.
     * Linearisation {@code [w1_i y_i - w0_i y_i - t_i tau + (I^{-1} H)' x_i (d_i - e_i)] / N}, t_i
     * the target-population indicator.
     */
    private double[] horvitzThompson(BackdoorInputs in, PropensityScores ps, Weights w) {
        int n = in.n;
        double total = 0;
        double size = 0;
        double[] target = new double[n];
        for (int i = 0; i < n; i++) {
            total += (w.treated[i] - w.control[i]) * in.y[i];
            target[i] = switch (estimand) {
                case ATE -> 1.0;
                case ATT -> in.d[i];
                case ATC -> 1.0 - in.d[i];
            };
            size += target[i];
        }
        double tau = total / size;
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = (w.treatedDerivative[i] - w.controlDerivative[i]) * in.y[i];
        }
        double[] c = ps.correction(ps.gradient(g));
        double[] out = new double[n + 1];
        for (int i = 0; i < n; i++) {
            out[i] = ((w.treated[i] - w.control[i]) * in.y[i] - target[i] * tau + c[i]) / size;
        }
        out[n] = tau;
        return out;
    }

    /** @return e.g. {@code "InverseProbabilityWeighting[ATT, HAJEK, trimming=0.0]"} */
    @Override
    public String toString() {
        return "InverseProbabilityWeighting[" + estimand + ", " + normalization + ", " + (clip ? "clipping=" : "trimming=")
                + bound + "]";
    }
}
