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

import io.github.causal4j.data.Dataset;
import io.github.causal4j.data.NumericColumn;
import io.github.causal4j.result.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Lee's (2009, Review of Economic Studies 76:1071–1102) trimming bounds on the average effect of a
 * randomised binary treatment {@code d} on an outcome {@code y} that is observed only when
 * {@code s = 1}, for the units observed under either treatment (the "always-observed"), under
 * monotone selection: treatment never makes an outcome unobserved ({@code S(1) >= S(0)}), or never
 * observed, whichever direction the data show.
 *
 * <p>With {@code q_t = P(S=1 | D=t)} and, when {@code q_1 >= q_0}, the trimming share
 * {@code p = (q_1 - q_0) / q_1}: the lower bound is the mean of the treated observed outcomes below
 * their {@code 1-p} quantile minus the mean of the control observed outcomes, the upper bound the
 * mean above their {@code p} quantile minus the same control mean (Lee 2009, Prop. 1a). When
 * {@code q_0 > q_1} the controls are trimmed instead, with {@code p = (q_0 - q_1)/q_0}.
 *
 * <p><b>Trimming convention:</b> fractional weighting of the boundary observation (see
 * {@link TrimmedMean}): the trimmed mean of {@code m} observations keeping {@code (1-p) m} of them,
 * where the boundary observation enters with the fractional weight that completes that count. When
 * {@code (1-p) m} is whole, every convention gives the same number.
 *
 * <p><b>Standard errors:</b> analytic, from the asymptotic variance of Lee (2009, Prop. 3), which we
 * write with the trimmed arm {@code t}, the other arm {@code o}, {@code tau = 1 - p}, the trimmed
 * mean {@code mu}, the trimmed distribution's variance {@code sigma^2}, its boundary quantile
 * {@code y_b}, and {@code N_d} the number of observed outcomes in arm {@code d}:
 * {@code Var = [sigma^2 + (1 - tau)(y_b - mu)^2] / (tau N_t) + ((y_b - mu) / tau)^2 Var(tau_hat)
 * + sigma_o^2 / N_o}, with {@code Var(tau_hat) = tau^2 [(1 - q_t)/N_t + (1 - q_o)/N_o]}. The
 * confidence interval is Imbens &amp; Manski's (2004), as Lee (2009) uses. Bootstrap standard errors
 * are available through {@link InferenceOptions.Mode#BOOTSTRAP}.
 */
public final class LeeBounds implements BoundsMethod {

    private final InferenceOptions inference;

    private LeeBounds(InferenceOptions inference) {
        this.inference = Objects.requireNonNull(inference, "inference");
    }

    /** @return the method with default inference */
    public static LeeBounds create() {
        return new LeeBounds(InferenceOptions.defaults());
    }

    @Override
    public LeeBounds withInference(InferenceOptions options) {
        return new LeeBounds(options);
    }

    @Override
    public String name() {
        return "lee";
    }

    /** The point estimates and the pieces of their variance. */
    private record Estimate(double lower, double upper, double seLower, double seUpper, double trimmingShare,
            int trimmedArm, double q1, double q0, double observedMean1, double observedMean0) {
    }

    @Override
    public Bounds compute(Dataset data, BoundsVariables variables) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(variables, "variables");
        BoundsData.requireRows(data);
        String t = variables.treatment();
        String o = variables.outcome();
        String s = variables.requireSelection("Lee");
        double[] d = BoundsData.binary(data, t, "treatment");
        double[] sel = BoundsData.binary(data, s, "selection");
        double[] w = BoundsData.weights(data, variables.weight());
        NumericColumn yc = data.numeric(o);
        double[] y = yc.toArray();
        // branch-free first (selection is 0/1 in random order), the row only if something is wrong
        boolean missing = false;
        for (int i = 0; i < y.length; i++) {
            missing |= (sel[i] == 1) & Double.isNaN(y[i]);
        }
        for (int i = 0; missing && i < y.length; i++) {
            if (sel[i] == 1 && Double.isNaN(y[i])) {
                throw new IllegalArgumentException("outcome '" + o + "' is missing at row " + (i + 1) + ", where "
                        + s + " = 1 says it is observed");
            }
        }
        Estimate e = estimate(d, sel, y, w, t, s);
        Optional<BoundsInference> inf = Optional.empty();
        List<String> warnings = new ArrayList<>();
        if (inference.mode() == InferenceOptions.Mode.AUTOMATIC) {
            inf = Optional.of(ImbensManski.analytic(inference.level(), e.lower(), e.upper(), e.seLower(), e.seUpper()));
        } else if (inference.mode() == InferenceOptions.Mode.BOOTSTRAP) {
            Bootstrap.Replicates reps = Bootstrap.run(w, inference.replications(), inference.seed(), rw -> {
                Estimate b = estimate(d, sel, y, rw, t, s);
                return new double[] {b.lower(), b.upper()};
            });
            if (reps.failed() > 0) {
                warnings.add(reps.failed() + " bootstrap resamples had an arm without observed outcomes and were skipped");
            }
            inf = Optional.of(Bootstrap.inference(reps, inference, e.lower(), e.upper()));
        }
        Map<String, Double> diagnostics = new LinkedHashMap<>();
        diagnostics.put("trimming_share", e.trimmingShare());
        diagnostics.put("trimmed_arm", (double) e.trimmedArm());
        diagnostics.put("p_observed_treated", e.q1());
        diagnostics.put("p_observed_control", e.q0());
        diagnostics.put("mean_observed_treated", e.observedMean1());
        diagnostics.put("mean_observed_control", e.observedMean0());
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("treatment", t);
        settings.put("outcome", o);
        settings.put("selection", s);
        variables.weight().ifPresent(c -> settings.put("weight", c));
        settings.put("trimming", "fractional weighting of the boundary observation");
        settings.put("inference", inference.mode().name().toLowerCase(java.util.Locale.ROOT));
        OptionalLong seed = inference.mode() == InferenceOptions.Mode.BOOTSTRAP ? OptionalLong.of(inference.seed())
                : OptionalLong.empty();
        BoundsEstimand estimand = new BoundsEstimand(BoundsEstimand.Kind.AVERAGE_EFFECT_ALWAYS_OBSERVED,
                "effect of " + t + " on " + o + " for the always-observed: E[" + o + "(1) - " + o + "(0) | " + s
                        + "(0) = " + s + "(1) = 1]");
        List<Assumption> assumptions = List.of(
                new Assumption(Assumption.Kind.RANDOMIZED_TREATMENT, t + " is randomised: independent of ("
                        + o + "(0), " + o + "(1), " + s + "(0), " + s + "(1))"),
                new Assumption(Assumption.Kind.MONOTONE_SELECTION, e.trimmedArm() == 1
                        ? s + "(1) >= " + s + "(0) for every unit: treatment never makes " + o + " unobserved (Lee 2009)"
                        : s + "(1) <= " + s + "(0) for every unit: treatment never makes " + o + " observed (Lee 2009)"));
        long count = BoundsData.count(w);
        return new Bounds(estimand, e.lower(), e.upper(), name(), assumptions, inf, count, diagnostics,
                warnings, Provenance.of(data.sha256(), count, name(), settings, seed));
    }

    private static Estimate estimate(double[] d, double[] sel, double[] y, double[] w, String t, String s) {
        // d and sel are exactly 0 or 1, so the products below add exactly what a branch would (w or +0.0),
        // without the mispredicted branches of 0/1 values in random order
        double n1 = 0;
        double n0 = 0;
        double obs1 = 0;
        double obs0 = 0;
        int count1 = 0;
        int count0 = 0;
        for (int i = 0; i < d.length; i++) {
            double observedWeight = sel[i] * w[i];
            n1 += d[i] * w[i];
            n0 += (1 - d[i]) * w[i];
            obs1 += d[i] * observedWeight;
            obs0 += (1 - d[i]) * observedWeight;
            boolean observed = (sel[i] == 1) & (w[i] > 0);
            count1 += observed & (d[i] == 1) ? 1 : 0;
            count0 += observed & (d[i] == 0) ? 1 : 0;
        }
        if (n1 == 0 || n0 == 0) {
            throw new IllegalArgumentException("treatment '" + t + "' has no " + (n1 == 0 ? "treated" : "untreated")
                    + " rows: Lee bounds need both arms");
        }
        if (obs1 == 0 || obs0 == 0) {
            throw new IllegalArgumentException("no observed outcomes (" + s + " = 1) among the " + (obs1 == 0
                    ? "treated" : "untreated") + ": Lee bounds need observed outcomes in both arms");
        }
        Arm[] arms = observed(d, sel, y, w, count1, count0);
        Arm arm1 = arms[1];
        Arm arm0 = arms[0];
        double q1 = obs1 / n1;
        double q0 = obs0 / n0;
        int trimmed = q1 >= q0 ? 1 : 0;
        double qt = trimmed == 1 ? q1 : q0;
        double qo = trimmed == 1 ? q0 : q1;
        double tau = qo / qt;
        Arm trimmedArm = trimmed == 1 ? arm1 : arm0;
        Arm otherArm = trimmed == 1 ? arm0 : arm1;
        double nt = trimmed == 1 ? obs1 : obs0;
        double no = trimmed == 1 ? obs0 : obs1;
        TrimmedMean tm = TrimmedMean.of(trimmedArm.y, trimmedArm.w, trimmedArm.size, tau);
        double otherMean = 0;
        for (int i = 0; i < otherArm.size; i++) {
            otherMean += otherArm.w[i] * otherArm.y[i];
        }
        otherMean /= no;
        double otherVar = 0;
        for (int i = 0; i < otherArm.size; i++) {
            otherVar += otherArm.w[i] * (otherArm.y[i] - otherMean) * (otherArm.y[i] - otherMean);
        }
        otherVar /= no;
        double varTau = tau * tau * ((1 - qt) / nt + (1 - qo) / no);
        double varLow = trimmedVariance(tm.lower, tau, nt, varTau) + otherVar / no;
        double varHigh = trimmedVariance(tm.upper, tau, nt, varTau) + otherVar / no;
        double mean1 = trimmed == 1 ? Double.NaN : otherMean;
        double mean0 = trimmed == 1 ? otherMean : Double.NaN;
        double lower;
        double upper;
        double seLower;
        double seUpper;
        if (trimmed == 1) {
            lower = tm.lower.mean() - otherMean;
            upper = tm.upper.mean() - otherMean;
            seLower = Math.sqrt(varLow);
            seUpper = Math.sqrt(varHigh);
            mean1 = arm1.weightedMean();
        } else {
            lower = otherMean - tm.upper.mean();
            upper = otherMean - tm.lower.mean();
            seLower = Math.sqrt(varHigh);
            seUpper = Math.sqrt(varLow);
            mean0 = arm0.weightedMean();
        }
        return new Estimate(lower, upper, seLower, seUpper, 1 - tau, trimmed, q1, q0, mean1, mean0);
    }

    /** Lee (2009, Prop. 3): trimmed-mean variance with known share, plus the share's estimation. */
    private static double trimmedVariance(TrimmedMean.Part part, double tau, double nt, double varTau) {
        double gap = part.boundary() - part.mean();
        return (part.variance() + (1 - tau) * gap * gap) / (tau * nt) + (gap / tau) * (gap / tau) * varTau;
    }

    /**
     * The observed outcomes of one arm with positive weight, in row order: {@code y[0..size)}, {@code w[0..size)}.
     *
     * @param y outcomes (one spare slot at the end)
     * @param w weights (one spare slot at the end)
     * @param size the number of outcomes
     */
    private record Arm(double[] y, double[] w, int size) {

        double weightedMean() {
            double s = 0;
            double total = 0;
            for (int i = 0; i < size; i++) {
                s += w[i] * y[i];
                total += w[i];
            }
            return s / total;
        }
    }

    /**
     * Both arms' observed outcomes in one pass, by branch-free compaction: every row is written to the next
     * free slot of both arms and the slot is kept only if the row belongs there (hence the spare slot).
     */
    private static Arm[] observed(double[] d, double[] sel, double[] y, double[] w, int count1, int count0) {
        double[] y1 = new double[count1 + 1];
        double[] w1 = new double[count1 + 1];
        double[] y0 = new double[count0 + 1];
        double[] w0 = new double[count0 + 1];
        int k1 = 0;
        int k0 = 0;
        for (int i = 0; i < d.length; i++) {
            boolean observed = (sel[i] == 1) & (w[i] > 0);
            y1[k1] = y[i];
            w1[k1] = w[i];
            k1 += observed & (d[i] == 1) ? 1 : 0;
            y0[k0] = y[i];
            w0[k0] = w[i];
            k0 += observed & (d[i] == 0) ? 1 : 0;
        }
        return new Arm[] {new Arm(y0, w0, count0), new Arm(y1, w1, count1)};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LeeBounds other && other.inference.equals(inference);
    }

    @Override
    public int hashCode() {
        return inference.hashCode();
    }

    @Override
    public String toString() {
        return "LeeBounds[" + inference + "]";
    }
}
