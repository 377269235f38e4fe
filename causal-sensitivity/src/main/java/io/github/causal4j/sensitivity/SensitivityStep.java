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

import io.github.causal4j.estimate.AnalysisContext;
import io.github.causal4j.estimate.AnalysisStep;
import io.github.causal4j.estimate.CovarianceType;
import io.github.causal4j.estimate.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The omitted-variable-bias sensitivity analysis as a stage of a {@code CausalAnalysis}
 * ({@link AnalysisStep}): it regresses the outcome on the treatment and the adjustment set that
 * identification chose ({@link AnalysisContext#adjustmentSet()}), and offers the covariates of that
 * set as benchmarks ({@link #benchmarkCandidates(AnalysisContext)},
 * {@link #withAllCovariatesAsBenchmarks()}). When the analysis already has an OLS estimate with a
 * robust or cluster-robust covariance, the step uses the same covariance for the bias-adjusted
 * inference unless told otherwise.
 *
 * <pre>{@code
 * SensitivityReport r = CausalAnalysis.of(darfur, graph).treatment("directlyharmed").outcome("peacefactor")
 *         .identify()
 *         .sensitivity(SensitivityStep.omittedVariableBias().withBenchmarks("female").withMultipliers(1, 2, 3));
 * }</pre>
 */
public final class SensitivityStep implements AnalysisStep<SensitivityReport> {

    private final List<UnaryOperator<OlsSensitivity>> settings;
    private final boolean allCovariatesAsBenchmarks;
    private final boolean explicitCovariance;

    private SensitivityStep(List<UnaryOperator<OlsSensitivity>> settings, boolean all, boolean explicitCovariance) {
        this.settings = List.copyOf(settings);
        this.allCovariatesAsBenchmarks = all;
        this.explicitCovariance = explicitCovariance;
    }

    /** @return the step with sensemakr's defaults (q = 1, alpha = 0.05, toward zero, no benchmarks) */
    public static SensitivityStep omittedVariableBias() {
        return new SensitivityStep(List.of(), false, false);
    }

    /**
     * Shortcut for {@code omittedVariableBias().withBenchmarks(covariates)}:
     * {@code analysis.identify().estimate(Estimators.ols()).sensitivity(SensitivityStep.benchmarks("female"))}.
     *
     * @param covariates covariates of the adjustment set, each a benchmark of its own
     * @return the step with sensemakr's defaults and these benchmarks
     */
    public static SensitivityStep benchmarks(String... covariates) {
        return omittedVariableBias().withBenchmarks(covariates);
    }

    /**
     * The covariates the analysis adjusts for, each usable as a benchmark.
     *
     * @param context the analysis
     * @return its adjustment set
     */
    public static List<String> benchmarkCandidates(AnalysisContext context) {
        return context.adjustmentSet();
    }

    private SensitivityStep and(UnaryOperator<OlsSensitivity> setting, boolean covariance) {
        List<UnaryOperator<OlsSensitivity>> more = new ArrayList<>(settings);
        more.add(setting);
        return new SensitivityStep(more, allCovariatesAsBenchmarks, explicitCovariance || covariance);
    }

    /**
     * @param covariates covariates of the adjustment set, each a benchmark of its own
     * @return the step with these benchmarks
     */
    public SensitivityStep withBenchmarks(String... covariates) {
        String[] copy = covariates.clone();
        return and(s -> s.withBenchmarks(copy), false);
    }

    /** @return the step benchmarking every covariate of the adjustment set separately */
    public SensitivityStep withAllCovariatesAsBenchmarks() {
        return new SensitivityStep(settings, true, explicitCovariance);
    }

    /**
     * @param name the group's label
     * @param covariates covariates of the adjustment set benchmarked jointly
     * @return the step with this group benchmark
     */
    public SensitivityStep withGroupBenchmark(String name, List<String> covariates) {
        List<String> copy = List.copyOf(covariates);
        return and(s -> s.withGroupBenchmark(name, copy), false);
    }

    /**
     * @param kd multipliers (ky = kd)
     * @return the step with these multipliers
     */
    public SensitivityStep withMultipliers(double... kd) {
        double[] copy = kd.clone();
        return and(s -> s.withMultipliers(copy), false);
    }

    /**
     * @param kd multipliers with the treatment
     * @param ky multipliers with the outcome
     * @return the step with these multipliers
     */
    public SensitivityStep withMultipliers(double[] kd, double[] ky) {
        double[] d = kd.clone();
        double[] y = ky.clone();
        return and(s -> s.withMultipliers(d, y), false);
    }

    /**
     * @param options q, alpha and direction
     * @return the step with these options
     */
    public SensitivityStep withOptions(SensitivityOptions options) {
        Objects.requireNonNull(options, "options");
        return and(s -> s.withOptions(options), false);
    }

    /**
     * @param label a hypothetical confounder's label
     * @param confounder its strength
     * @return the step with it
     */
    public SensitivityStep withConfounder(String label, Confounder confounder) {
        return and(s -> s.withConfounder(label, confounder), false);
    }

    /**
     * @param type the covariance for the bias-adjusted inference (overrides the estimate's)
     * @return the step with it
     */
    public SensitivityStep withCovariance(CovarianceType type) {
        Objects.requireNonNull(type, "type");
        return and(s -> s.withCovariance(type), true);
    }

    /**
     * @param clusters cluster columns for cluster-robust inference (overrides the estimate's)
     * @return the step with them
     */
    public SensitivityStep clusteredBy(String... clusters) {
        String[] copy = clusters.clone();
        return and(s -> s.clusteredBy(copy), true);
    }

    @Override
    public SensitivityReport apply(AnalysisContext context) {
        OlsSensitivity s = OlsSensitivity.of(context.data(), context.treatment(), context.outcome(), context.adjustmentSet());
        if (!explicitCovariance && context.estimate().isPresent()) {
            s = inheritCovariance(s, context.estimate().get());
        }
        if (allCovariatesAsBenchmarks) {
            s = s.withBenchmarks(context.adjustmentSet().toArray(String[]::new));
        }
        for (UnaryOperator<OlsSensitivity> setting : settings) {
            s = setting.apply(s);
        }
        return s.run();
    }

    /** Takes the covariance (and clusters) of an OLS estimate of the same analysis. */
    private static OlsSensitivity inheritCovariance(OlsSensitivity s, Estimate e) {
        if (!"ols".equals(e.method())) {
            return s;
        }
        Map<String, String> settings = e.provenance().settings();
        String label = settings.getOrDefault("covariance", "classical");
        for (CovarianceType t : CovarianceType.values()) {
            if (t.label().equals(label.toLowerCase(Locale.ROOT))) {
                s = s.withCovariance(t);
            }
        }
        String clusters = settings.getOrDefault("clusters", "");
        if (!clusters.isBlank()) {
            s = s.clusteredBy(clusters.split(","));
        }
        return s;
    }

    @Override
    public String toString() {
        return "SensitivityStep[omitted-variable bias, " + settings.size() + " settings"
                + (allCovariatesAsBenchmarks ? ", every covariate a benchmark" : "") + "]";
    }
}
