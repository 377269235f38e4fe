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

import io.github.causal4j.CausalException;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.AverageEffect;
import io.github.causal4j.estimate.CovariateBalance;
import io.github.causal4j.estimate.EffectEstimator;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.LogisticRegression;
import io.github.causal4j.estimate.internal.OptionChecks;
import io.github.causal4j.estimate.internal.Provenances;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Stratification (subclassification) on the propensity score (Rosenbaum &amp; Rubin 1984, JASA
 * 79:516): units are cut into K strata at quantiles of the estimated score, and the effect is the
 * weighted mean of the within-stratum differences in mean outcome,
 * {@code tau = sum_s w_s (ybar_1s - ybar_0s)} with {@code w_s = n_s/n} (ATE), {@code n_1s/n_1}
 * (ATT) or {@code n_0s/n_0} (ATC).
 *
 * <p>Strata follow R's MatchIt ({@code method = "subclass"}): type-7 sample quantiles of the score
 * among all units (ATE), the treated (ATT) or the controls (ATC) at probabilities
 * {@code 0, 1/K, ..., 1}; a unit belongs to stratum s when {@code q_s <= e < q_{s+1}}, the first and
 * last strata extended to cover everything ({@code findInterval(..., all.inside = TRUE)}). A
 * stratum without treated or without control units cannot be compared: it is left out with a
 * warning and the weights are renormalised over the others (MatchIt instead moves units between
 * strata). The standard error is the within-stratum (Neyman) variance
 * {@code sum_s w_s^2 (s_1s^2/n_1s + s_0s^2/n_0s)}, strata and score treated as fixed; an arm
 * with a single unit in a stratum borrows that arm's pooled within-stratum variance. Inference is
 * normal.
 */
public final class Stratification implements EffectEstimator {

    private static final Stratification DEFAULT = new Stratification(AverageEffect.ATE, 5, 0.95,
            LogisticRegression.logit());

    private final AverageEffect estimand;
    private final int strata;
    private final double confidenceLevel;
    private final LogisticRegression propensityModel;

    private Stratification(AverageEffect estimand, int strata, double confidenceLevel,
            LogisticRegression propensityModel) {
        this.estimand = estimand;
        this.strata = strata;
        this.confidenceLevel = confidenceLevel;
        this.propensityModel = propensityModel;
    }

    /** @return five propensity-score strata, ATE */
    public static Stratification quintiles() {
        return DEFAULT;
    }

    /**
     * @param effect ATE, ATT or ATC
     * @return a copy estimating it
     */
    public Stratification withEstimand(AverageEffect effect) {
        return new Stratification(Objects.requireNonNull(effect, "effect"), strata, confidenceLevel, propensityModel);
    }

    /**
     * @param k number of strata, at least 2
     * @return a copy using k strata
     */
    public Stratification withStrata(int k) {
        if (k < 2) {
            throw new IllegalArgumentException("the number of strata must be at least 2, got " + k);
        }
        return new Stratification(estimand, k, confidenceLevel, propensityModel);
    }

    /**
     * @param level confidence level in (0, 1)
     * @return a copy using it
     */
    public Stratification withConfidenceLevel(double level) {
        OptionChecks.confidenceLevel(level);
        return new Stratification(estimand, strata, level, propensityModel);
    }

    /**
     * @param model the propensity-score logistic regression
     * @return a copy using it
     */
    public Stratification withPropensityModel(LogisticRegression model) {
        return new Stratification(estimand, strata, confidenceLevel, Objects.requireNonNull(model, "model"));
    }

    @Override
    public String method() {
        return "stratification";
    }

    @Override
    public Estimate estimate(Dataset data, String treatment, String outcome, List<String> covariates) {
        BackdoorInputs in = BackdoorInputs.of(data, treatment, outcome, covariates, true, method());
        PropensityScores ps = PropensityScores.fit(data, treatment, in.covariates, in.d, propensityModel);
        int n = in.n;
        int[] stratum = assign(ps.e, in.d, strata, estimand);
        int k = strata;
        double[][] count = new double[k][2];
        double[][] sum = new double[k][2];
        double[][] sumSq = new double[k][2];
        double[][] means = new double[k][2];
        for (int i = 0; i < n; i++) {
            int a = (int) in.d[i];
            count[stratum[i]][a]++;
            sum[stratum[i]][a] += in.y[i];
        }
        for (int s = 0; s < k; s++) {
            for (int a = 0; a < 2; a++) {
                means[s][a] = count[s][a] > 0 ? sum[s][a] / count[s][a] : 0.0;
            }
        }
        for (int i = 0; i < n; i++) {
            int a = (int) in.d[i];
            double r = in.y[i] - means[stratum[i]][a];
            sumSq[stratum[i]][a] += r * r;
        }
        List<String> warnings = new ArrayList<>(ps.fit.warnings());
        boolean[] usable = new boolean[k];
        double totalWeight = 0;
        int empty = 0;
        for (int s = 0; s < k; s++) {
            double units = count[s][0] + count[s][1];
            if (units == 0) {
                empty++;
                continue;
            }
            if (count[s][0] == 0 || count[s][1] == 0) {
                warnings.add("stratum " + (s + 1) + " has " + (int) count[s][1] + " treated and " + (int) count[s][0]
                        + " control units and was left out: the estimate covers the other strata only");
                continue;
            }
            usable[s] = true;
            totalWeight += stratumWeight(count[s]);
        }
        if (empty > 0) {
            warnings.add(empty + " of " + k + " strata are empty (ties in the propensity score)");
        }
        if (totalWeight == 0) {
            throw new CausalException("no propensity-score stratum contains both treated and control units: no overlap");
        }
        double[] pooled = new double[2];
        for (int a = 0; a < 2; a++) {
            double num = 0;
            double den = 0;
            for (int s = 0; s < k; s++) {
                if (count[s][a] >= 2) {
                    num += sumSq[s][a];
                    den += count[s][a] - 1;
                }
            }
            pooled[a] = den > 0 ? num / den : 0.0;
        }
        double tau = 0;
        double variance = 0;
        boolean borrowed = false;
        double[] stratumWeights = new double[k];
        for (int s = 0; s < k; s++) {
            if (!usable[s]) {
                continue;
            }
            double w = stratumWeight(count[s]) / totalWeight;
            stratumWeights[s] = w;
            tau += w * (means[s][1] - means[s][0]);
            for (int a = 0; a < 2; a++) {
                double v = count[s][a] >= 2 ? sumSq[s][a] / (count[s][a] - 1) : pooled[a];
                borrowed |= count[s][a] < 2;
                variance += w * w * v / count[s][a];
            }
        }
        if (borrowed) {
            warnings.add("a stratum has a single treated or control unit; its variance is the arm's pooled within-stratum "
                    + "variance");
        }
        Map<String, Double> diagnostics = new LinkedHashMap<>();
        diagnostics.put("strata", (double) k);
        for (int s = 0; s < k; s++) {
            diagnostics.put("stratum_" + (s + 1) + "_treated", count[s][1]);
            diagnostics.put("stratum_" + (s + 1) + "_control", count[s][0]);
        }
        double[] after = subclassWeights(stratum, in.d, count, stratumWeights);
        List<CovariateBalance> balance = Balance.of(in.data, in.covariates, in.d, after, estimand);
        if (!balance.isEmpty()) {
            diagnostics.put("max_abs_smd_before", Balance.maxAbsSmd(balance, false));
            diagnostics.put("max_abs_smd_after", Balance.maxAbsSmd(balance, true));
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("estimand", estimand.label());
        settings.put("strata", Integer.toString(k));
        settings.put("covariates", String.join(",", covariates));
        return Estimate.builder(method(), estimand).variables(treatment, outcome).value(tau, Math.sqrt(variance))
                .confidenceLevel(confidenceLevel).n(n).diagnostics(diagnostics).balance(balance).warnings(warnings)
                .provenance(Provenances.of(data, in.usedColumns(), method(), settings, OptionalLong.empty())).build();
    }

    private double stratumWeight(double[] counts) {
        return switch (estimand) {
            case ATE -> counts[0] + counts[1];
            case ATT -> counts[1];
            case ATC -> counts[0];
        };
    }

    /** Units weighted so each arm of each stratum carries the stratum's weight (for balance). */
    private static double[] subclassWeights(int[] stratum, double[] d, double[][] count, double[] stratumWeights) {
        double[] w = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            int a = (int) d[i];
            double c = count[stratum[i]][a];
            w[i] = c > 0 ? stratumWeights[stratum[i]] / c : 0.0;
        }
        return w;
    }

    /** MatchIt's strata: type-7 quantiles of the reference group's scores, findInterval(all.inside = TRUE). */
    static int[] assign(double[] e, double[] d, int k, AverageEffect estimand) {
        int n = e.length;
        double[] reference = new double[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            boolean in = switch (estimand) {
                case ATE -> true;
                case ATT -> d[i] == 1.0;
                case ATC -> d[i] == 0.0;
            };
            if (in) {
                reference[m++] = e[i];
            }
        }
        double[] sorted = Arrays.copyOf(reference, m);
        Arrays.sort(sorted);
        double[] q = new double[k + 1];
        for (int s = 0; s <= k; s++) {
            q[s] = quantileType7(sorted, (double) s / k);
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int below = 0;
            for (int s = 0; s <= k; s++) {
                if (q[s] <= e[i]) {
                    below++;
                }
            }
            out[i] = Math.min(Math.max(below, 1), k) - 1;
        }
        return out;
    }

    /** Hyndman &amp; Fan (1996) type 7, R's default: {@code x[j] + (h - j)(x[j+1] - x[j])}, {@code h = (m-1) p}. */
    static double quantileType7(double[] sorted, double p) {
        int m = sorted.length;
        double h = (m - 1) * p;
        int j = (int) Math.floor(h);
        if (j >= m - 1) {
            return sorted[m - 1];
        }
        return sorted[j] + (h - j) * (sorted[j + 1] - sorted[j]);
    }

    /** @return e.g. {@code "Stratification[ATE, strata=5]"} */
    @Override
    public String toString() {
        return "Stratification[" + estimand + ", strata=" + strata + "]";
    }
}
