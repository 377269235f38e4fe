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

import io.github.causal4j.estimate.AdjustmentRule;
import io.github.causal4j.estimate.AnalysisContext;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.analysis.AnalysisContributor;
import io.github.causal4j.estimate.analysis.Contribution;
import io.github.causal4j.estimate.analysis.ContributorInput;
import io.github.causal4j.estimate.internal.Formatting;
import io.github.causal4j.result.ReportBlock;
import io.github.causal4j.result.ReportSection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sensitivity stage of {@code CausalAnalysis.run()} (an {@link AnalysisContributor} found by
 * {@link java.util.ServiceLoader}): when the analysis has an OLS estimate of a back-door
 * adjustment, the Cinelli &amp; Hazlett (2020) omitted-variable-bias analysis of it
 * ({@link SensitivityStep}), with every covariate of the adjustment set as a benchmark (the first
 * {@value #MAX_BENCHMARKS} when there are more) at 1, 2 and 3 times its strength (1 time only for a
 * covariate whose multiples are impossible confounders), the covariance of
 * the OLS estimate, the robustness values, the bounds table and the contour plot of the
 * bias-adjusted estimate. Otherwise its section says why it does not apply.
 */
public final class SensitivityContributor implements AnalysisContributor {

    /** The most covariates benchmarked (each costs a regression of the treatment on the others). */
    public static final int MAX_BENCHMARKS = 10;

    private static final double[] MULTIPLIERS = {1, 2, 3};

    /** For {@link java.util.ServiceLoader}. */
    public SensitivityContributor() {
    }

    private static boolean feasible(BenchmarkCovariate b) {
        try {
            BenchmarkBound.confounder(b, MULTIPLIERS[MULTIPLIERS.length - 1], MULTIPLIERS[MULTIPLIERS.length - 1]);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String name() {
        return "sensitivity";
    }

    @Override
    public Contribution contribute(ContributorInput input) {
        AnalysisContext c = input.context();
        Optional<Estimate> ols = input.estimate("ols");
        if (ols.isEmpty() || c.adjustmentRule() == AdjustmentRule.NO_VALID_SET) {
            String why = "the omitted-variable-bias analysis of Cinelli & Hazlett (2020) applies to an OLS estimate of a "
                    + "back-door adjustment; " + (c.adjustmentRule() == AdjustmentRule.NO_VALID_SET
                            ? "this effect has no valid adjustment set" : "the OLS estimate is not available");
            return Contribution.of(name(), () -> ReportSection.builder(name(), "Sensitivity analysis")
                    .callout(ReportBlock.Tone.NOTE, "Not run: " + why + ".").build(),
                    Map.of("available", false, "note", why), List.of(), Optional.empty());
        }
        List<String> covariates = c.adjustmentSet();
        List<String> candidates = covariates.size() > MAX_BENCHMARKS ? covariates.subList(0, MAX_BENCHMARKS) : covariates;
        List<String> notes = new ArrayList<>();
        if (candidates.size() < covariates.size()) {
            notes.add("only the first " + MAX_BENCHMARKS + " of the " + covariates.size()
                    + " covariates were used as benchmarks");
        }
        // One pass of regressions gives every benchmark's partial R2; the bounds at kd = 1, 2, 3 then
        // follow from numbers alone. A covariate so strongly related to the treatment that 2 or 3
        // times its strength is impossible (r2dz.x >= 1) is bounded at 1x only, as a stated confounder.
        SensitivityReport first = SensitivityStep.omittedVariableBias().withBenchmarks(candidates.toArray(String[]::new))
                .apply(c.withEstimate(ols.get()));
        SensitivityAnalysis analysis = SensitivityAnalysis.of(first.omittedVariableBias())
                .names(first.treatment(), first.outcome()).model(first.model()).withOptions(first.options())
                .withMultipliers(MULTIPLIERS);
        for (BenchmarkBound b : first.bounds()) {
            if (feasible(b.benchmark())) {
                analysis = analysis.withBenchmark(b.benchmark());
            } else {
                analysis = analysis.withConfounder(b.label(), BenchmarkBound.confounder(b.benchmark(), 1, 1));
                notes.add("a confounder 2 or 3 times as strong as '" + b.benchmark().name() + "' is impossible (it would "
                        + "explain all the residual variance of the treatment): bounded at 1x only");
            }
        }
        SensitivityReport r = analysis.run();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("available", true);
        json.putAll(r.toJsonTree());
        json.put("notes", notes);
        return Contribution.of(name(), () -> section(r, notes), json, r.warnings(), Optional.of(r));
    }

    private ReportSection section(SensitivityReport r, List<String> notes) {
        ReportSection.Builder b = ReportSection.builder(name(), "Sensitivity analysis");
        b.paragraph("Omitted-variable-bias sensitivity of the OLS estimate (Cinelli & Hazlett 2020, sensemakr): how "
                + "strong would an unobserved confounder have to be to change the conclusion?");
        b.table(List.of("estimate", "std. error", "t", "dof", "partial R² of treatment with outcome", "RV (q = "
                        + fmt(r.options().q()) + ")", "RV (q = " + fmt(r.options().q()) + ", α = " + fmt(r.options().alpha())
                        + ")"),
                List.of(List.of(fmt(r.estimate()), fmt(r.standardError()), fmt(r.tValue()), Numbers.dof(r.dof()),
                        pct(r.partialR2()), pct(r.robustnessValue()), pct(r.robustnessValueAlpha()))));
        b.paragraph(String.format(Locale.ROOT, "An unobserved confounder that explains %s of the residual variance of "
                + "both treatment and outcome would bring the estimate to zero; one explaining %s of both would make it "
                + "no longer significant at level %s.", pct(r.robustnessValue()), pct(r.robustnessValueAlpha()),
                fmt(r.options().alpha())));
        if (!r.bounds().isEmpty() || !r.hypotheticalConfounders().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (BenchmarkBound bound : r.bounds()) {
                rows.add(row(bound.label(), bound.adjusted()));
            }
            for (HypotheticalConfounder h : r.hypotheticalConfounders()) {
                rows.add(row(h.label(), h.adjusted()));
            }
            b.add(new ReportBlock.Table(List.of("bound (confounder as strong as)", "R²(D~Z|X)", "R²(Y~Z|D,X)",
                    "adjusted estimate", "adjusted SE", "adjusted t", "adjusted CI"), rows,
                    "Bounds on the strength of a confounder k times as strong as each covariate of the adjustment set "
                            + "(Cinelli & Hazlett 2020, Sec. 4.4)."));
        }
        b.figure(r.contourPlotSvg(ContourQuantity.ESTIMATE), "Contours of the bias-adjusted estimate over the partial R² "
                + "of a confounder with the treatment (x) and with the outcome (y); the critical contour is dashed red, "
                + "the benchmark bounds are marked.");
        b.bullets(notes);
        b.bullets(r.warnings());
        return b.build();
    }

    private static List<String> row(String label, AdjustedEstimate a) {
        return List.of(label, fmt(a.confounder().r2dzX()), fmt(a.confounder().r2yzDX()), fmt(a.estimate()),
                fmt(a.standardError()), Double.isFinite(a.tValue()) ? fmt(a.tValue()) : "inf",
                "[" + fmt(a.lower()) + ", " + fmt(a.upper()) + "]");
    }

    private static String fmt(double x) {
        return Formatting.number(x);
    }

    private static String pct(double x) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * x);
    }
}
