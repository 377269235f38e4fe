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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An omitted-variable-bias sensitivity analysis from sufficient inputs: the coefficient's
 * {@link OmittedVariableBias}, benchmark covariates with their partial R&sup2; values, the multipliers
 * kd and ky, hypothetical confounders and the {@link SensitivityOptions}. It reproduces
 * {@code sensemakr(estimate =, se =, dof =, r2dxj.x =, r2yxj.dx =, kd =, ky =)}; the data-level entry
 * point {@code OlsSensitivity} computes the partial R&sup2; values from the regressions.
 *
 * <pre>{@code
 * SensitivityReport report = SensitivityAnalysis.of(OmittedVariableBias.of(0.0973158, 0.0232565, 783))
 *         .names("directlyharmed", "peacefactor")
 *         .withBenchmark(BenchmarkCovariate.of("female", 0.00908107, 0.109034))
 *         .withMultipliers(1, 2, 3)
 *         .run();
 * }</pre>
 *
 * Instances are immutable; every {@code with...} returns a new analysis.
 */
public final class SensitivityAnalysis {

    private final OmittedVariableBias ovb;
    private final String treatment;
    private final String outcome;
    private final String model;
    private final SensitivityOptions options;
    private final List<BenchmarkCovariate> benchmarks;
    private final double[] kd;
    private final double[] ky;
    private final Map<String, Confounder> hypothetical;

    private SensitivityAnalysis(OmittedVariableBias ovb, String treatment, String outcome, String model,
            SensitivityOptions options, List<BenchmarkCovariate> benchmarks, double[] kd, double[] ky,
            Map<String, Confounder> hypothetical) {
        this.ovb = ovb;
        this.treatment = treatment;
        this.outcome = outcome;
        this.model = model;
        this.options = options;
        this.benchmarks = List.copyOf(benchmarks);
        this.kd = kd.clone();
        this.ky = ky == null ? null : ky.clone();
        this.hypothetical = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(hypothetical));
    }

    /**
     * @param ovb the coefficient's estimate, standard error and degrees of freedom
     * @return an analysis with default options, no benchmarks, kd = ky = 1
     */
    public static SensitivityAnalysis of(OmittedVariableBias ovb) {
        Objects.requireNonNull(ovb, "ovb");
        return new SensitivityAnalysis(ovb, "treatment", "outcome", "", SensitivityOptions.defaults(), List.of(),
                new double[] {1.0}, null, Map.of());
    }

    /**
     * Settings without a coefficient yet (options, multipliers, hypothetical confounders), for the
     * data-level entry points that learn the coefficient only when they fit; {@link #run()} refuses it.
     */
    static SensitivityAnalysis settingsOnly() {
        return new SensitivityAnalysis(null, "treatment", "outcome", "", SensitivityOptions.defaults(), List.of(),
                new double[] {1.0}, null, Map.of());
    }

    /**
     * @param treatmentName the treatment's name (for reports)
     * @param outcomeName the outcome's name (for reports)
     * @return this analysis with names
     */
    public SensitivityAnalysis names(String treatmentName, String outcomeName) {
        requireName(treatmentName, "treatment");
        requireName(outcomeName, "outcome");
        for (BenchmarkCovariate b : benchmarks) {
            requireNotTreatment(b, treatmentName);
        }
        return new SensitivityAnalysis(ovb, treatmentName, outcomeName, model, options, benchmarks, kd, ky, hypothetical);
    }

    /**
     * @param modelDescription the model formula or description shown in the summary
     * @return this analysis with a model description
     */
    public SensitivityAnalysis model(String modelDescription) {
        Objects.requireNonNull(modelDescription, "modelDescription");
        return new SensitivityAnalysis(ovb, treatment, outcome, modelDescription, options, benchmarks, kd, ky, hypothetical);
    }

    private static void requireName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(what + " name must not be blank");
        }
    }

    private static void requireNotTreatment(BenchmarkCovariate b, String treatmentName) {
        if (b.covariates().contains(treatmentName)) {
            throw new IllegalArgumentException("benchmark '" + b.name() + "' contains the treatment '" + treatmentName
                    + "': the treatment cannot be its own benchmark");
        }
    }

    /**
     * @param newOptions q, alpha and direction
     * @return this analysis with other options
     */
    public SensitivityAnalysis withOptions(SensitivityOptions newOptions) {
        Objects.requireNonNull(newOptions, "options");
        return new SensitivityAnalysis(ovb, treatment, outcome, model, newOptions, benchmarks, kd, ky, hypothetical);
    }

    /**
     * Adds a benchmark (single covariate or group); each benchmark gives one bound per multiplier.
     *
     * @param benchmark the benchmark
     * @return this analysis with one more benchmark
     */
    public SensitivityAnalysis withBenchmark(BenchmarkCovariate benchmark) {
        Objects.requireNonNull(benchmark, "benchmark");
        requireNotTreatment(benchmark, treatment);
        for (BenchmarkCovariate b : benchmarks) {
            if (b.name().equals(benchmark.name())) {
                throw new IllegalArgumentException("benchmark '" + benchmark.name() + "' given twice");
            }
        }
        List<BenchmarkCovariate> more = new ArrayList<>(benchmarks);
        more.add(benchmark);
        return new SensitivityAnalysis(ovb, treatment, outcome, model, options, more, kd, ky, hypothetical);
    }

    /**
     * Sets kd and lets ky = kd (sensemakr's default).
     *
     * @param kdValues multipliers of the benchmarks' strength with the treatment, positive
     * @return this analysis with these multipliers
     */
    public SensitivityAnalysis withMultipliers(double... kdValues) {
        requireMultipliers(kdValues, "kd");
        return new SensitivityAnalysis(ovb, treatment, outcome, model, options, benchmarks, kdValues, null, hypothetical);
    }

    /**
     * Sets kd and ky separately; vectors of equal length pair up, a single ky applies to every kd and
     * vice versa.
     *
     * @param kdValues multipliers with the treatment
     * @param kyValues multipliers with the outcome
     * @return this analysis with these multipliers
     */
    public SensitivityAnalysis withMultipliers(double[] kdValues, double[] kyValues) {
        requireMultipliers(kdValues, "kd");
        requireMultipliers(kyValues, "ky");
        if (kdValues.length != kyValues.length && kdValues.length != 1 && kyValues.length != 1) {
            throw new IllegalArgumentException("kd has " + kdValues.length + " values and ky has " + kyValues.length
                    + ": give vectors of equal length, or a single value for one of them");
        }
        int n = Math.max(kdValues.length, kyValues.length);
        double[] d = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = kdValues[kdValues.length == 1 ? 0 : i];
            y[i] = kyValues[kyValues.length == 1 ? 0 : i];
        }
        return new SensitivityAnalysis(ovb, treatment, outcome, model, options, benchmarks, d, y, hypothetical);
    }

    private static void requireMultipliers(double[] k, String name) {
        if (k == null || k.length == 0) {
            throw new IllegalArgumentException(name + " needs at least one multiplier");
        }
        for (double v : k) {
            if (!(v > 0.0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(name + " multipliers must be positive and finite, got " + Arrays.toString(k));
            }
        }
    }

    /**
     * Adds a confounder of stated strength (sensemakr's manual {@code r2dz.x}, {@code r2yz.dx}).
     *
     * @param label its label
     * @param confounder its strength
     * @return this analysis with one more hypothetical confounder
     */
    public SensitivityAnalysis withConfounder(String label, Confounder confounder) {
        requireName(label, "confounder label");
        Objects.requireNonNull(confounder, "confounder");
        Map<String, Confounder> more = new LinkedHashMap<>(hypothetical);
        if (more.put(label, confounder) != null) {
            throw new IllegalArgumentException("confounder label '" + label + "' given twice");
        }
        return new SensitivityAnalysis(ovb, treatment, outcome, model, options, benchmarks, kd, ky, more);
    }

    /**
     * Copies this analysis's options, multipliers and hypothetical confounders (not its coefficient,
     * names or benchmarks) into another analysis; used by the data-level entry points, which collect
     * settings before the coefficient is known.
     */
    SensitivityAnalysis copyInto(SensitivityAnalysis target) {
        return new SensitivityAnalysis(target.ovb, target.treatment, target.outcome, target.model, options, target.benchmarks, kd, ky,
                hypothetical);
    }

    /**
     * Computes the statistics and bounds. Cost: O(benchmarks &times; multipliers).
     *
     * @return the report
     */
    public SensitivityReport run() {
        if (ovb == null) {
            throw new IllegalStateException("settings-only analysis: the coefficient is not known yet");
        }
        List<HypotheticalConfounder> manual = new ArrayList<>();
        hypothetical.forEach((label, c) -> manual.add(new HypotheticalConfounder(label, ovb.adjust(c, options))));
        List<BenchmarkBound> bounds = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (BenchmarkCovariate b : benchmarks) {
            for (int i = 0; i < kd.length; i++) {
                double d = kd[i];
                double y = ky == null ? d : ky[i];
                Confounder c = BenchmarkBound.confounder(b, d, y);
                boolean capped = BenchmarkBound.outcomeR2Exceeds1(b, d, y);
                String label = BenchmarkBound.label(b.name(), d, y);
                if (capped) {
                    warnings.add("bound " + label + ": the implied r2yz.dx exceeds 1 and was set to 1; try smaller kd and/or ky");
                }
                bounds.add(new BenchmarkBound(b, d, y, label, ovb.adjust(c, options), capped));
            }
        }
        return new SensitivityReport(treatment, outcome, model, ovb, options, manual, bounds, warnings);
    }
}
