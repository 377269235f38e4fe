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
import io.github.causal4j.estimate.PropensityScale;
import io.github.causal4j.estimate.internal.OptionChecks;
import io.github.causal4j.estimate.internal.Provenances;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Propensity-score matching: each unit of the target group (the treated for the ATT, the controls
 * for the ATC, everyone for the ATE) is matched, with replacement, to its k nearest units of the
 * other arm on the estimated propensity score; ties are all kept and averaged; an optional
 * caliper discards matches that are too far. The effect is the mean over matched target units of
 * the difference between a unit's outcome and the mean outcome of its matches (Abadie &amp; Imbens
 * 2006, Econometrica 74:235, without bias adjustment).
 *
 * <p>Conventions are those of R's {@code Matching::Match(Y, Tr, X = ps, M = k, replace = TRUE,
 * ties = TRUE)} (Sekhon 2011, J. Stat. Softw. 42(7)), so the two agree: distances are
 * {@code ((x_i - x_j)/s)^2} with s the sample SD of the score; candidates within
 * {@link #withTieTolerance(double) 1e-5} of the k-th smallest distance are ties; the caliper is
 * in units of the score's population SD. The standard error is Abadie–Imbens' (2006, Theorem 6)
 * estimator of the population variance with a homoskedastic conditional variance estimated
 * from the matched pairs ({@code Var.calc = 0}):
 *
 * <pre>
 * V = [ sum_{i in target} (tau_i - tau)^2 + sigma^2 sum_j (K_j^2 - K'_j) (+ 2 K_j for the ATE) ] / N^2,
 * </pre>
 *
 * K_j the number of times unit j is used as a match (each match weighted 1/#matches), K'_j the sum
 * of the squared weights, {@code sigma^2} half the weighted mean squared deviation of the pair
 * differences from tau. It treats the propensity score as known (Abadie &amp; Imbens 2016 derive the
 * correction for an estimated score, not applied here). Inference is normal.
 *
 * <p>{@link #matchedSample(Dataset, String, String, List)} returns the estimate with its matched
 * sets (each target unit, its matches and their weights), for example for Rosenbaum's sensitivity
 * analysis in causal-sensitivity ({@code RosenbaumBounds.of(sample)}).
 */
public final class PropensityScoreMatching implements EffectEstimator {

    private static final PropensityScoreMatching DEFAULT = new PropensityScoreMatching(AverageEffect.ATT, 1,
            Double.POSITIVE_INFINITY, 1e-5, PropensityScale.PROBABILITY, 0.95, LogisticRegression.logit());

    private final AverageEffect estimand;
    private final int neighbours;
    private final double caliper;
    private final double tieTolerance;
    private final PropensityScale scale;
    private final double confidenceLevel;
    private final LogisticRegression propensityModel;

    private PropensityScoreMatching(AverageEffect estimand, int neighbours, double caliper, double tieTolerance,
            PropensityScale scale, double confidenceLevel, LogisticRegression propensityModel) {
        this.estimand = estimand;
        this.neighbours = neighbours;
        this.caliper = caliper;
        this.tieTolerance = tieTolerance;
        this.scale = scale;
        this.confidenceLevel = confidenceLevel;
        this.propensityModel = propensityModel;
    }

    /** @return 1:1 nearest-neighbour matching with replacement for the ATT, ties kept, no caliper */
    public static PropensityScoreMatching nearestNeighbour() {
        return DEFAULT;
    }

    /**
     * @param effect ATT, ATC or ATE
     * @return a copy estimating it
     */
    public PropensityScoreMatching withEstimand(AverageEffect effect) {
        return new PropensityScoreMatching(Objects.requireNonNull(effect, "effect"), neighbours, caliper, tieTolerance,
                scale, confidenceLevel, propensityModel);
    }

    /**
     * @param k matches per unit (before ties), at least 1
     * @return a copy using 1:k matching
     */
    public PropensityScoreMatching withNeighbours(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("the number of matches must be at least 1, got " + k);
        }
        return new PropensityScoreMatching(estimand, k, caliper, tieTolerance, scale, confidenceLevel, propensityModel);
    }

    /**
     * @param sds the caliper in standard deviations of the (probability or logit) score, positive
     * @return a copy that drops matches farther than that
     */
    public PropensityScoreMatching withCaliper(double sds) {
        if (!(sds > 0)) {
            throw new IllegalArgumentException("the caliper must be positive, got " + sds);
        }
        return new PropensityScoreMatching(estimand, neighbours, sds, tieTolerance, scale, confidenceLevel,
                propensityModel);
    }

    /**
     * @param tolerance candidates whose squared standardised distance exceeds the k-th smallest by at
     *     most this are ties (Matching's {@code distance.tolerance}, default 1e-5; 0 keeps exact ties only)
     * @return a copy using it
     */
    public PropensityScoreMatching withTieTolerance(double tolerance) {
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("the tie tolerance must be non-negative, got " + tolerance);
        }
        return new PropensityScoreMatching(estimand, neighbours, caliper, tolerance, scale, confidenceLevel,
                propensityModel);
    }

    /**
     * @param onScale match on the probability or on its logit
     * @return a copy using it
     */
    public PropensityScoreMatching withScale(PropensityScale onScale) {
        return new PropensityScoreMatching(estimand, neighbours, caliper, tieTolerance,
                Objects.requireNonNull(onScale, "onScale"), confidenceLevel, propensityModel);
    }

    /**
     * @param level confidence level in (0, 1)
     * @return a copy using it
     */
    public PropensityScoreMatching withConfidenceLevel(double level) {
        OptionChecks.confidenceLevel(level);
        return new PropensityScoreMatching(estimand, neighbours, caliper, tieTolerance, scale, level, propensityModel);
    }

    /**
     * @param model the propensity-score logistic regression
     * @return a copy using it
     */
    public PropensityScoreMatching withPropensityModel(LogisticRegression model) {
        return new PropensityScoreMatching(estimand, neighbours, caliper, tieTolerance, scale, confidenceLevel,
                Objects.requireNonNull(model, "model"));
    }

    @Override
    public String method() {
        return "matching";
    }

    @Override
    public Estimate estimate(Dataset data, String treatment, String outcome, List<String> covariates) {
        return run(data, treatment, outcome, covariates).estimate;
    }

    /**
     * The estimate together with the matched sets it averages over: each matched target unit with
     * its matches and their weights (for sensitivity analyses of the matched outcomes, balance
     * checks on the matched rows, or an export of the matched data).
     *
     * @param data the data
     * @param treatment the binary 0/1 treatment
     * @param outcome the outcome
     * @param covariates the covariates of the propensity model
     * @return the estimate ({@link #estimate(Dataset, String, String, List)}'s) and the matched sets
     * @throws IllegalArgumentException for unknown columns or a treatment that is not binary
     * @throws CausalException when no unit can be matched
     */
    public MatchedSample matchedSample(Dataset data, String treatment, String outcome, List<String> covariates) {
        Run r = run(data, treatment, outcome, covariates);
        double[] y = r.y;
        double[] d = r.d;
        List<MatchedSet> sets = new ArrayList<>(r.matches.matchedTarget);
        for (int i = 0; i < d.length; i++) {
            int[] m = r.matches.matchRows[i];
            if (m == null) {
                continue;
            }
            List<Match> list = new ArrayList<>(m.length);
            double w = 1.0 / m.length;
            for (int j : m) {
                list.add(new Match(j, y[j], w));
            }
            sets.add(new MatchedSet(i, d[i] == 1.0, y[i], list));
        }
        return new MatchedSample(r.estimate, sets);
    }

    /** The estimate with what it was computed from. */
    private record Run(Estimate estimate, Matches matches, double[] d, double[] y) {
    }

    private Run run(Dataset data, String treatment, String outcome, List<String> covariates) {
        BackdoorInputs in = BackdoorInputs.of(data, treatment, outcome, covariates, true, method());
        PropensityScores ps = PropensityScores.fit(data, treatment, in.covariates, in.d, propensityModel);
        int n = in.n;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = scale == PropensityScale.PROBABILITY ? ps.e[i] : ps.fit.linearPredictor(i);
        }
        Matches matches = match(x, in.d, in.y, neighbours, caliper, tieTolerance, estimand);
        if (matches.matchedTarget == 0) {
            throw new CausalException("no unit could be matched within the caliper of " + caliper + " SD");
        }
        Map<String, Double> diagnostics = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>(ps.fit.warnings());
        diagnostics.put("matched_units", (double) matches.matchedTarget);
        diagnostics.put("unmatched_units", (double) matches.unmatchedTarget);
        diagnostics.put("matched_pairs", (double) matches.pairs);
        diagnostics.put("distinct_matches", (double) matches.distinctMatches);
        if (matches.unmatchedTarget > 0) {
            warnings.add(matches.unmatchedTarget + " units had no match within the caliper and were dropped: the estimate "
                    + "is for the matched units only");
        }
        double[] after = matches.balanceWeights(in.d, estimand);
        List<CovariateBalance> balance = Balance.of(in.data, in.covariates, in.d, after, estimand);
        if (!balance.isEmpty()) {
            diagnostics.put("max_abs_smd_before", Balance.maxAbsSmd(balance, false));
            diagnostics.put("max_abs_smd_after", Balance.maxAbsSmd(balance, true));
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("estimand", estimand.label());
        settings.put("neighbours", Integer.toString(neighbours));
        settings.put("caliper", Double.toString(caliper));
        settings.put("tie_tolerance", Double.toString(tieTolerance));
        settings.put("scale", scale.name().toLowerCase(java.util.Locale.ROOT));
        settings.put("covariates", String.join(",", covariates));
        Estimate e = Estimate.builder(method(), estimand).variables(treatment, outcome)
                .value(matches.estimate, Math.sqrt(matches.variance)).confidenceLevel(confidenceLevel).n(n)
                .diagnostics(diagnostics).balance(balance).warnings(warnings)
                .provenance(Provenances.of(data, in.usedColumns(), method(), settings, OptionalLong.empty())).build();
        return new Run(e, matches, in.d, in.y);
    }

    /** The matched sample and the Abadie–Imbens variance. */
    static final class Matches {
        double estimate;
        double variance;
        int matchedTarget;
        int unmatchedTarget;
        int pairs;
        int distinctMatches;
        double[] kCount;
        boolean[] matched;
        /** The matched rows of each matched target unit, {@code null} for the others. */
        int[][] matchRows;

        double[] balanceWeights(double[] d, AverageEffect estimand) {
            int n = d.length;
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                boolean target = switch (estimand) {
                    case ATT -> d[i] == 1.0;
                    case ATC -> d[i] == 0.0;
                    case ATE -> true;
                };
                w[i] = (target && matched[i] ? 1.0 : 0.0) + kCount[i];
            }
            return w;
        }
    }

    /**
     * Matches and computes the estimate and variance. Units of the target group are matched to the
     * other arm; for the ATE both arms are targets (treated matched to controls and vice versa).
     */
    static Matches match(double[] x, double[] d, double[] y, int k, double caliperSds, double tolerance,
            AverageEffect estimand) {
        int n = x.length;
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        double sampleSd = Math.sqrt(ss / (n - 1));
        double populationSd = Math.sqrt(ss / n);
        if (!(sampleSd > 0)) {
            throw new CausalException("the propensity score is the same for every unit: there is nothing to match on");
        }
        double rawCaliper = Double.isInfinite(caliperSds) ? Double.POSITIVE_INFINITY : caliperSds * populationSd;
        int[] treated = rowsOf(d, 1.0);
        int[] controls = rowsOf(d, 0.0);
        boolean matchTreated = estimand != AverageEffect.ATC;
        boolean matchControls = estimand != AverageEffect.ATT;
        // Matching::Match caps M at the size of the smaller donor pool (both arms for the ATE).
        int kk = estimand == AverageEffect.ATE ? Math.min(k, Math.min(treated.length, controls.length))
                : Math.min(k, (estimand == AverageEffect.ATT ? controls : treated).length);
        NearestNeighbours toControls = new NearestNeighbours(x, controls, sampleSd, tolerance, rawCaliper);
        NearestNeighbours toTreated = new NearestNeighbours(x, treated, sampleSd, tolerance, rawCaliper);
        Matches out = new Matches();
        out.kCount = new double[n];
        out.matched = new boolean[n];
        out.matchRows = new int[n][];
        double[] kkCount = new double[n];
        double[] tau = new double[n];
        // pair-level sums for sigma^2: sum w (tau_pair - est)^2 = sum w tau_pair^2 - 2 est sum w tau_pair + est^2 sum w
        double pairWeight = 0;
        double pairSum = 0;
        double pairSumSq = 0;
        boolean[] used = new boolean[n];
        for (int i = 0; i < n; i++) {
            boolean isTreated = d[i] == 1.0;
            if (isTreated ? !matchTreated : !matchControls) {
                continue;
            }
            int[] m = (isTreated ? toControls : toTreated).matches(x[i], kk);
            if (m.length == 0) {
                out.unmatchedTarget++;
                continue;
            }
            out.matched[i] = true;
            out.matchRows[i] = m;
            out.matchedTarget++;
            double w = 1.0 / m.length;
            double mean1 = 0;
            for (int j : m) {
                mean1 += y[j];
            }
            mean1 /= m.length;
            tau[i] = isTreated ? y[i] - mean1 : mean1 - y[i];
            for (int j : m) {
                out.kCount[j] += w;
                kkCount[j] += w * w;
                used[j] = true;
                double pairTau = isTreated ? y[i] - y[j] : y[j] - y[i];
                pairWeight += w;
                pairSum += w * pairTau;
                pairSumSq += w * pairTau * pairTau;
                out.pairs++;
            }
        }
        for (boolean u : used) {
            if (u) {
                out.distinctMatches++;
            }
        }
        if (out.matchedTarget == 0) {
            return out;
        }
        double est = pairSum / pairWeight;
        double sigma2 = 0.5 * Math.max(0.0, pairSumSq - 2 * est * pairSum + est * est * pairWeight) / pairWeight;
        double size = out.matchedTarget;
        double v = 0;
        for (int i = 0; i < n; i++) {
            if (out.matched[i]) {
                v += (tau[i] - est) * (tau[i] - est);
            }
            double kc = out.kCount[i];
            if (kc > 0) {
                v += sigma2 * (kc * kc - kkCount[i] + (estimand == AverageEffect.ATE ? 2 * kc : 0.0));
            }
        }
        out.estimate = est;
        out.variance = v / (size * size);
        return out;
    }

    private static int[] rowsOf(double[] d, double arm) {
        int count = 0;
        for (double v : d) {
            if (v == arm) {
                count++;
            }
        }
        int[] out = new int[count];
        int j = 0;
        for (int i = 0; i < d.length; i++) {
            if (d[i] == arm) {
                out[j++] = i;
            }
        }
        return out;
    }

    /** @return e.g. {@code "PropensityScoreMatching[ATT, k=1, caliper=Infinity, ties=1e-5, PROBABILITY]"} */
    @Override
    public String toString() {
        return "PropensityScoreMatching[" + estimand + ", k=" + neighbours + ", caliper=" + caliper + ", ties="
                + tieTolerance + ", " + scale + "]";
    }
}
