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
 * {@value #MAX_BENCHMARKS} when there are more) at 1, 2 and 3 times its strength, the covariance of
 * the OLS estimate, the robustness values, the bounds table and the contour plot of the
 * bias-adjusted estimate. Otherwise its section says why it does not apply.
 */
public final class SensitivityContributor implements AnalysisContributor {

    /** The most covariates benchmarked (each costs a regression of the treatment on the others). */
    public static final int MAX_BENCHMARKS = 10;

    /** For {@link java.util.ServiceLoader}. */
    public SensitivityContributor() {
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
            return new Contribution(name(), ReportSection.builder(name(), "Sensitivity analysis")
                    .callout(ReportBlock.Tone.NOTE, "Not run: " + why + ".").build(),
                    Map.of("available", false, "note", why), List.of(), Optional.empty());
        }
        List<String> covariates = c.adjustmentSet();
        List<String> benchmarks = covariates.size() > MAX_BENCHMARKS ? covariates.subList(0, MAX_BENCHMARKS) : covariates;
        SensitivityReport r = SensitivityStep.omittedVariableBias().withBenchmarks(benchmarks.toArray(String[]::new))
                .withMultipliers(1, 2, 3).apply(c.withEstimate(ols.get()));
        List<String> notes = new ArrayList<>();
        if (benchmarks.size() < covariates.size()) {
            notes.add("only the first " + MAX_BENCHMARKS + " of the " + covariates.size()
                    + " covariates were used as benchmarks");
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("available", true);
        json.putAll(r.toJsonTree());
        json.put("notes", notes);
        return new Contribution(name(), section(r, notes), json, r.warnings(), Optional.of(r));
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
        if (!r.bounds().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (BenchmarkBound bound : r.bounds()) {
                AdjustedEstimate a = bound.adjusted();
                rows.add(List.of(bound.label(), fmt(bound.r2dzX()), fmt(bound.r2yzDX()), fmt(a.estimate()),
                        fmt(a.standardError()), Double.isFinite(a.tValue()) ? fmt(a.tValue()) : "inf",
                        "[" + fmt(a.lower()) + ", " + fmt(a.upper()) + "]"));
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

    private static String fmt(double x) {
        return Formatting.number(x);
    }

    private static String pct(double x) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * x);
    }
}
