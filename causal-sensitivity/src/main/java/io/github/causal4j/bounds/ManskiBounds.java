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
import io.github.causal4j.result.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Bounds on the average treatment effect {@code E[Y(1)] - E[Y(0)]} of a binary treatment on an
 * outcome known to lie in {@code [a, b]}: Manski's (1990) no-assumption bounds, optionally
 * tightened by monotone treatment response (MTR, Manski 1997) and monotone treatment selection
 * (MTS, Manski &amp; Pepper 2000).
 *
 * <p>With {@code p = P(D=1)} and {@code m_t = E[Y | D=t]}, the sharp bounds are
 * <ul>
 *   <li>no assumption: {@code [m_1 p + a(1-p) - m_0(1-p) - b p, m_1 p + b(1-p) - m_0(1-p) - a p]},
 *       width exactly {@code b - a};</li>
 *   <li>MTR ({@code Y(1) >= Y(0)}): {@code [0, } Manski upper{@code ]};</li>
 *   <li>MTS ({@code E[Y(t)|D=1] >= E[Y(t)|D=0]}): {@code [}Manski lower{@code , m_1 - m_0]};</li>
 *   <li>MTR + MTS: {@code [0, m_1 - m_0]} (empty, and reported as refuted, when {@code m_1 < m_0}).</li>
 * </ul>
 * The decreasing versions mirror these. The bounds are plug-in estimates of the identified set.
 * Standard errors are analytic: every end is a smooth function of sample means, so its
 * influence function gives {@code se = sqrt(sum psi_i^2) / n} (no small-sample correction); where
 * an end is a minimum or maximum of candidates, the active candidate's influence function is used.
 * The confidence interval is Imbens &amp; Manski's (2004).
 *
 * <pre>{@code
 * Bounds b = ManskiBounds.noAssumptions(OutcomeRange.of(0, 10))
 *         .withMtr(Direction.INCREASING).withMts(Direction.INCREASING)
 *         .compute(data, BoundsVariables.of("d", "y_cont"));
 * }</pre>
 */
public final class ManskiBounds implements BoundsMethod {

    private final OutcomeRange range;
    private final Direction mtr;
    private final Direction mts;
    private final InferenceOptions inference;

    private ManskiBounds(OutcomeRange range, Direction mtr, Direction mts, InferenceOptions inference) {
        this.range = Objects.requireNonNull(range, "range");
        this.mtr = mtr;
        this.mts = mts;
        this.inference = Objects.requireNonNull(inference, "inference");
    }

    /**
     * Manski's (1990) worst-case bounds.
     *
     * @param range the interval {@code [a, b]} that contains every outcome value
     * @return the method
     */
    public static ManskiBounds noAssumptions(OutcomeRange range) {
        return new ManskiBounds(range, null, null, InferenceOptions.defaults());
    }

    /**
     * @param direction {@code INCREASING}: {@code Y(1) >= Y(0)} for every unit; {@code DECREASING}: {@code <=}
     * @return this method with monotone treatment response (Manski 1997)
     */
    public ManskiBounds withMtr(Direction direction) {
        return new ManskiBounds(range, Objects.requireNonNull(direction, "direction"), mts, inference);
    }

    /**
     * @param direction {@code INCREASING}: {@code E[Y(t)|D=1] >= E[Y(t)|D=0]} for t = 0, 1; {@code DECREASING}: {@code <=}
     * @return this method with monotone treatment selection (Manski &amp; Pepper 2000)
     */
    public ManskiBounds withMts(Direction direction) {
        return new ManskiBounds(range, mtr, Objects.requireNonNull(direction, "direction"), inference);
    }

    @Override
    public ManskiBounds withInference(InferenceOptions options) {
        return new ManskiBounds(range, mtr, mts, options);
    }

    /** @return the outcome range */
    public OutcomeRange range() {
        return range;
    }

    /** @return the MTR direction, if assumed */
    public Optional<Direction> mtr() {
        return Optional.ofNullable(mtr);
    }

    /** @return the MTS direction, if assumed */
    public Optional<Direction> mts() {
        return Optional.ofNullable(mts);
    }

    /** @return {@code manski}, {@code mtr}, {@code mts} or {@code mtr-mts} */
    @Override
    public String name() {
        if (mtr != null && mts != null) {
            return "mtr-mts";
        }
        return mtr != null ? "mtr" : mts != null ? "mts" : "manski";
    }

    /**
     * @param treatment the treatment variable
     * @param outcome the outcome variable
     * @return the assumptions, spelled out in these variable names
     */
    public List<Assumption> assumptions(String treatment, String outcome) {
        List<Assumption> out = new ArrayList<>();
        out.add(new Assumption(Assumption.Kind.BOUNDED_OUTCOME, "every potential outcome of " + outcome + " lies in "
                + range + " (Manski 1990)"));
        if (mtr != null) {
            out.add(mtrAssumption(outcome, mtr));
        }
        if (mts != null) {
            out.add(new Assumption(Assumption.Kind.MONOTONE_TREATMENT_SELECTION, "E[" + outcome + "(t) | " + treatment
                    + "=1] " + mts.symbol() + " E[" + outcome + "(t) | " + treatment
                    + "=0] for t = 0, 1 (monotone treatment selection, Manski & Pepper 2000)"));
        }
        return out;
    }

    static Assumption mtrAssumption(String outcome, Direction direction) {
        return new Assumption(Assumption.Kind.MONOTONE_TREATMENT_RESPONSE, outcome + "(1) " + direction.symbol() + " "
                + outcome + "(0) for every unit (monotone treatment response, Manski 1997)");
    }

    @Override
    public Bounds compute(Dataset data, BoundsVariables variables) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(variables, "variables");
        BoundsData.requireRows(data);
        String t = variables.treatment();
        String o = variables.outcome();
        double[] d = BoundsData.binary(data, t, "treatment");
        double[] y = BoundsData.bounded(data, o, range);
        double[] w = BoundsData.weights(data, variables.weight());
        requireBothArms(d, w, t);
        boolean analytic = inference.mode() == InferenceOptions.Mode.AUTOMATIC;
        MeanBounds mb = MeanBounds.of(d, y, w, range, mtr, mts, analytic);
        MeanBounds.End lower = mb.ateLower();
        MeanBounds.End upper = mb.ateUpper();
        requireNonEmpty(lower.value(), upper.value(), t, o);

        Optional<BoundsInference> inf = Optional.empty();
        List<String> warnings = new ArrayList<>();
        if (analytic) {
            double[] se = MeanBounds.stdErrors(lower, upper, d, y, w);
            inf = Optional.of(ImbensManski.analytic(inference.level(), lower.value(), upper.value(), se[0], se[1]));
        } else if (inference.mode() == InferenceOptions.Mode.BOOTSTRAP) {
            Bootstrap.Replicates reps = Bootstrap.run(w, inference.replications(), inference.seed(), rw -> {
                requireBothArms(d, rw, t);
                MeanBounds r = MeanBounds.of(d, y, rw, range, mtr, mts, false);
                return new double[] {r.ateLower().value(), r.ateUpper().value()};
            });
            if (reps.failed() > 0) {
                warnings.add(reps.failed() + " bootstrap resamples had an empty treatment arm and were skipped");
            }
            inf = Optional.of(Bootstrap.inference(reps, inference, lower.value(), upper.value()));
        }
        long count = BoundsData.count(w);
        Map<String, Double> diagnostics = new LinkedHashMap<>();
        diagnostics.put("p_treated", mb.pTreated);
        diagnostics.put("mean_outcome_treated", mb.meanTreated);
        diagnostics.put("mean_outcome_control", mb.meanControl);
        diagnostics.put("ey1_lower", mb.lower1.value());
        diagnostics.put("ey1_upper", mb.upper1.value());
        diagnostics.put("ey0_lower", mb.lower0.value());
        diagnostics.put("ey0_upper", mb.upper0.value());
        return new Bounds(BoundsEstimand.averageTreatmentEffect(t, o), lower.value(), upper.value(), name(),
                assumptions(t, o), inf, count, diagnostics, warnings, provenance(data, count, variables));
    }

    private Provenance provenance(Dataset data, long count, BoundsVariables variables) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("treatment", variables.treatment());
        settings.put("outcome", variables.outcome());
        variables.weight().ifPresent(c -> settings.put("weight", c));
        settings.put("outcome_range", range.toString());
        settings.put("mtr", mtr == null ? "none" : mtr.name().toLowerCase(java.util.Locale.ROOT));
        settings.put("mts", mts == null ? "none" : mts.name().toLowerCase(java.util.Locale.ROOT));
        settings.put("inference", inference.mode().name().toLowerCase(java.util.Locale.ROOT));
        settings.put("level", Double.toString(inference.level()));
        OptionalLong seed = inference.mode() == InferenceOptions.Mode.BOOTSTRAP ? OptionalLong.of(inference.seed())
                : OptionalLong.empty();
        if (seed.isPresent()) {
            settings.put("replications", Integer.toString(inference.replications()));
        }
        return Provenance.of(data.sha256(), count, name(), settings, seed);
    }

    static void requireBothArms(double[] d, double[] w, String treatment) {
        double treated = 0;
        double control = 0;
        for (int i = 0; i < d.length; i++) {
            // d is exactly 0 or 1: the same sums as a branch, without its mispredictions
            treated += d[i] * w[i];
            control += (1 - d[i]) * w[i];
        }
        if (treated == 0 || control == 0) {
            throw new IllegalArgumentException("treatment '" + treatment + "' has no " + (treated == 0 ? "treated ("
                    + treatment + "=1)" : "untreated (" + treatment + "=0)") + " rows: bounds need both arms");
        }
    }

    private void requireNonEmpty(double lower, double upper, String t, String o) {
        if (lower > upper) {
            throw new AssumptionsRefutedException("the identified set under " + name() + " is empty: the lower bound "
                    + BoundsFormat.number(lower) + " exceeds the upper bound " + BoundsFormat.number(upper)
                    + (mtr != null && mts != null && mtr == mts ? " (MTR and MTS in the same direction imply E[" + o
                            + " | " + t + "=1] " + mtr.symbol() + " E[" + o + " | " + t + "=0], which the data contradict)"
                            : "") + "; the assumptions are refuted by the data");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ManskiBounds other && other.range.equals(range) && other.mtr == mtr && other.mts == mts
                && other.inference.equals(inference);
    }

    @Override
    public int hashCode() {
        return Objects.hash(range, mtr, mts, inference);
    }

    @Override
    public String toString() {
        return "ManskiBounds[" + name() + ", outcome range " + range + (mtr == null ? "" : ", MTR " + mtr)
                + (mts == null ? "" : ", MTS " + mts) + "]";
    }
}
