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

import io.github.causal4j.result.Provenance;
import io.github.causal4j.result.Report;
import io.github.causal4j.sensitivity.internal.StudentT;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The result of a {@link SensitivityAnalysis}: what sensemakr's {@code sensemakr()} object holds
 * (sensitivity statistics, the bounds table) and what its methods print and draw (the verbal summary,
 * the minimal-reporting table, contour and extreme-scenario data and plots).
 */
public final class SensitivityReport {

    private final String treatment;
    private final String outcome;
    private final String model;
    private final OmittedVariableBias ovb;
    private final SensitivityOptions options;
    private final List<HypotheticalConfounder> hypothetical;
    private final List<BenchmarkBound> bounds;
    private final List<String> warnings;
    private final Optional<Provenance> provenance;

    SensitivityReport(String treatment, String outcome, String model, OmittedVariableBias ovb, SensitivityOptions options,
            List<HypotheticalConfounder> hypothetical, List<BenchmarkBound> bounds, List<String> warnings) {
        this(treatment, outcome, model, ovb, options, hypothetical, bounds, warnings, Optional.empty());
    }

    private SensitivityReport(String treatment, String outcome, String model, OmittedVariableBias ovb, SensitivityOptions options,
            List<HypotheticalConfounder> hypothetical, List<BenchmarkBound> bounds, List<String> warnings,
            Optional<Provenance> provenance) {
        this.provenance = provenance;
        this.treatment = treatment;
        this.outcome = outcome;
        this.model = model;
        this.ovb = ovb;
        this.options = options;
        this.hypothetical = List.copyOf(hypothetical);
        this.bounds = List.copyOf(bounds);
        this.warnings = List.copyOf(warnings);
    }

    /** @return the treatment's name */
    public String treatment() {
        return treatment;
    }

    /** @return the outcome's name */
    public String outcome() {
        return outcome;
    }

    /** @return the model description ({@code ""} if none was given) */
    public String model() {
        return model;
    }

    /** @return the coefficient's sensitivity calculator */
    public OmittedVariableBias omittedVariableBias() {
        return ovb;
    }

    /** @return q, alpha and direction */
    public SensitivityOptions options() {
        return options;
    }

    /** @return the unadjusted estimate */
    public double estimate() {
        return ovb.estimate();
    }

    /** @return its classical standard error */
    public double standardError() {
        return ovb.standardError();
    }

    /** @return its t-value (H0: &tau; = 0) */
    public double tValue() {
        return ovb.tValue();
    }

    /** @return residual degrees of freedom */
    public double dof() {
        return ovb.dof();
    }

    /** @return R&sup2;<sub>Y~D|X</sub> */
    public double partialR2() {
        return ovb.partialR2();
    }

    /** @return partial f&sup2; of the treatment with the outcome */
    public double partialF2() {
        return ovb.partialF2();
    }

    /** @return RV<sub>q</sub> for the report's q */
    public double robustnessValue() {
        return ovb.robustnessValue(options.q());
    }

    /** @return RV<sub>q,&alpha;</sub> for the report's q and alpha */
    public double robustnessValueAlpha() {
        return ovb.robustnessValue(options.q(), options.alpha());
    }

    /** @return XRV<sub>q,&alpha;</sub> for the report's q and alpha */
    public double extremeRobustnessValueAlpha() {
        return ovb.extremeRobustnessValue(options.q(), options.alpha());
    }

    /** @return the null value deemed problematic, est (1 - q) or est (1 + q) */
    public double nullValue() {
        return options.nullValue(ovb.estimate());
    }

    /** @return the bounds from benchmarks, benchmark-major, in multiplier order */
    public List<BenchmarkBound> bounds() {
        return bounds;
    }

    /** @return the confounders of stated strength and their adjusted estimates */
    public List<HypotheticalConfounder> hypotheticalConfounders() {
        return hypothetical;
    }

    /** @return warnings (e.g. a bound on R&sup2;<sub>Y~Z|D,X</sub> capped at 1) */
    public List<String> warnings() {
        return warnings;
    }

    /** @return where the report came from (data digest, settings, versions) when it was computed from data */
    public Optional<Provenance> provenance() {
        return provenance;
    }

    SensitivityReport withProvenance(Provenance source) {
        return new SensitivityReport(treatment, outcome, model, ovb, options, hypothetical, bounds, warnings,
                Optional.of(java.util.Objects.requireNonNull(source, "source")));
    }

    /** @return the verbal summary (sensemakr's {@code summary()}), as text and Markdown */
    public Report report() {
        return SensitivitySummary.render(this);
    }

    /**
     * The minimal-reporting table of Cinelli &amp; Hazlett (2020, Sec. 6; sensemakr's
     * {@code ovb_minimal_reporting}) with numbers rounded to 3 digits.
     *
     * @param format Markdown, HTML or LaTeX
     * @return the table's source
     */
    public String minimalReporting(TableFormat format) {
        return MinimalReporting.render(this, format, 3);
    }

    /**
     * @param format Markdown, HTML or LaTeX
     * @param digits decimals kept by rounding (R's {@code round}); percentages show 100 &times; the rounded value
     * @return the table's source
     */
    public String minimalReporting(TableFormat format, int digits) {
        if (digits < 0 || digits > 15) {
            throw new IllegalArgumentException("digits must be in [0, 15], got " + digits);
        }
        return MinimalReporting.render(this, format, digits);
    }

    /**
     * The default plot limit for both axes: max(0.4, largest bound + 0.1), at most 0.99 (as sensemakr,
     * but kept below 1 so that every grid point is a valid confounder).
     *
     * @return the limit
     */
    public double defaultContourLimit() {
        double lim = 0.4;
        for (HypotheticalConfounder h : hypothetical) {
            lim = Math.max(lim, Math.max(h.adjusted().confounder().r2dzX(), h.adjusted().confounder().r2yzDX()) + 0.1);
        }
        for (BenchmarkBound b : bounds) {
            lim = Math.max(lim, Math.max(b.r2dzX(), b.r2yzDX()) + 0.1);
        }
        return Math.min(0.99, lim);
    }

    /**
     * Contour data on a 401 &times; 401 grid from 0 to {@link #defaultContourLimit()}.
     *
     * @param quantity what to evaluate
     * @return the grid
     */
    public ContourGrid contour(ContourQuantity quantity) {
        return contour(quantity, defaultContourLimit(), 401);
    }

    /**
     * Contour data: the quantity at every (R&sup2;<sub>D~Z|X</sub>, R&sup2;<sub>Y~Z|D,X</sub>) of an equally spaced
     * grid on [0, limit]&sup2;. Cost O(points&sup2;).
     *
     * @param quantity what to evaluate
     * @param limit the largest partial R&sup2; on both axes, in (0, 1)
     * @param points grid points per axis, at least 2
     * @return the grid
     */
    public ContourGrid contour(ContourQuantity quantity, double limit, int points) {
        if (!(limit > 0.0 && limit < 1.0)) {
            throw new IllegalArgumentException("contour limit must be in (0, 1), got " + limit);
        }
        if (points < 2 || points > 10_000) {
            throw new IllegalArgumentException("grid points per axis must be in [2, 10000], got " + points);
        }
        double[] grid = new double[points];
        for (int k = 0; k < points; k++) {
            grid[k] = limit * k / (points - 1);
        }
        double[][] values = new double[points][points];
        for (int i = 0; i < points; i++) {
            for (int j = 0; j < points; j++) {
                values[i][j] = quantity.valueOf(ovb.adjust(new Confounder(grid[i], grid[j]), options));
            }
        }
        return new ContourGrid(quantity, grid, grid.clone(), values, threshold(quantity));
    }

    /**
     * @param quantity the contour quantity
     * @return its critical level: the null value, or for t-values the two-sided critical t with the
     *         sign of the estimate (sensemakr rounds it to 2 digits for drawing; we keep it exact)
     */
    public double threshold(ContourQuantity quantity) {
        if (quantity == ContourQuantity.T_VALUE) {
            return Math.copySign(StudentT.twoSidedCritical(options.alpha(), ovb.dof()), ovb.estimate());
        }
        return nullValue();
    }

    /**
     * The default horizontal limit of extreme-scenario plots: large enough to show where the
     * scenario R&sup2;<sub>Y~Z|D,X</sub> = 1 reaches the null (at R&sup2;<sub>D~Z|X</sub> = XRV<sub>q</sub>) and
     * every bound, at least 0.1 and at most 0.99.
     *
     * @return the limit
     */
    public double defaultExtremeLimit() {
        double lim = Math.max(0.1, 1.25 * ovb.extremeRobustnessValue(options.q()));
        for (BenchmarkBound b : bounds) {
            lim = Math.max(lim, 1.25 * b.r2dzX());
        }
        return Math.min(0.99, lim);
    }

    /** @return the extreme scenarios R&sup2;<sub>Y~Z|D,X</sub> = 1, 0.75, 0.5 on 401 points up to {@link #defaultExtremeLimit()} */
    public List<ExtremeScenario> extremeScenarios() {
        return extremeScenarios(defaultExtremeLimit(), 401, 1.0, 0.75, 0.5);
    }

    /**
     * @param limit largest R&sup2;<sub>D~Z|X</sub>, in (0, 1)
     * @param points grid points, at least 2
     * @param r2yzDX the scenarios' R&sup2;<sub>Y~Z|D,X</sub> values in [0, 1]
     * @return one curve per scenario
     */
    public List<ExtremeScenario> extremeScenarios(double limit, int points, double... r2yzDX) {
        if (!(limit > 0.0 && limit < 1.0)) {
            throw new IllegalArgumentException("extreme-scenario limit must be in (0, 1), got " + limit);
        }
        if (points < 2 || points > 1_000_000) {
            throw new IllegalArgumentException("grid points must be in [2, 1000000], got " + points);
        }
        if (r2yzDX.length == 0) {
            throw new IllegalArgumentException("give at least one scenario value of r2yz.dx");
        }
        List<ExtremeScenario> out = new ArrayList<>();
        for (double y : r2yzDX) {
            double[] x = new double[points];
            double[] est = new double[points];
            for (int k = 0; k < points; k++) {
                x[k] = limit * k / (points - 1);
                est[k] = ovb.adjustedEstimate(new Confounder(x[k], y), options.direction());
            }
            out.add(new ExtremeScenario(y, x, est));
        }
        return out;
    }

    /**
     * A contour plot as a standalone SVG document: axes with ticks and labels, labelled contour lines,
     * the critical contour dashed red, the unadjusted estimate and every bound as labelled points.
     *
     * @param quantity what to plot
     * @return the SVG text
     */
    public String contourPlotSvg(ContourQuantity quantity) {
        return SensitivityPlots.contour(this, contour(quantity, defaultContourLimit(), 201));
    }

    /** @return the extreme-scenario plot as a standalone SVG document */
    public String extremePlotSvg() {
        return SensitivityPlots.extreme(this, extremeScenarios());
    }

    /**
     * The report as a tree of maps, lists and scalars with snake_case keys (the JSON of
     * {@code causal sensitivity} and of the analysis pipeline; write it with
     * {@link io.github.causal4j.result.JsonWriter}): {@code estimate}, {@code std_error},
     * {@code t_value}, {@code dof}, {@code partial_r2_yd_x}, {@code partial_f2_yd_x}, {@code rv_q},
     * {@code rv_qa}, {@code xrv_qa}, {@code q}, {@code alpha}, {@code reduce}, {@code covariance},
     * {@code std_error_inference}, {@code bounds[]} (each {@code benchmark}, {@code label}, {@code kd},
     * {@code ky}, {@code r2dz_x}, {@code r2yz_dx}, {@code adjusted_estimate}, {@code adjusted_se},
     * {@code adjusted_t} (null when infinite), {@code adjusted_lower}, {@code adjusted_upper},
     * {@code benchmark_r2dxj_x}, {@code benchmark_r2yxj_dx}), {@code confounders[]} (the stated
     * confounders: {@code label}, {@code r2dz_x}, {@code r2yz_dx} and the adjusted numbers) and {@code warnings}.
     *
     * @return the tree, in a stable key order
     */
    public java.util.Map<String, Object> toJsonTree() {
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("treatment", treatment);
        out.put("outcome", outcome);
        out.put("estimate", estimate());
        out.put("std_error", standardError());
        out.put("t_value", tValue());
        out.put("dof", dof());
        out.put("partial_r2_yd_x", partialR2());
        out.put("partial_f2_yd_x", partialF2());
        out.put("rv_q", robustnessValue());
        out.put("rv_qa", robustnessValueAlpha());
        out.put("xrv_qa", extremeRobustnessValueAlpha());
        out.put("q", options().q());
        out.put("alpha", options().alpha());
        out.put("reduce", options().direction() == BiasDirection.TOWARD_ZERO);
        out.put("covariance", omittedVariableBias().covariance());
        out.put("std_error_inference", omittedVariableBias().inferenceStandardError());
        List<java.util.Map<String, Object>> rows = new java.util.ArrayList<>();
        for (BenchmarkBound b : bounds()) {
            java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("benchmark", b.benchmark().name());
            row.put("label", b.label());
            row.put("kd", b.kd());
            row.put("ky", b.ky());
            row.put("r2dz_x", b.r2dzX());
            row.put("r2yz_dx", b.r2yzDX());
            row.put("adjusted_estimate", b.adjusted().estimate());
            row.put("adjusted_se", b.adjusted().standardError());
            row.put("adjusted_t", Double.isFinite(b.adjusted().tValue()) ? b.adjusted().tValue() : null);
            row.put("adjusted_lower", b.adjusted().lower());
            row.put("adjusted_upper", b.adjusted().upper());
            row.put("benchmark_r2dxj_x", b.benchmark().r2dxjX());
            row.put("benchmark_r2yxj_dx", b.benchmark().r2yxjDX());
            rows.add(row);
        }
        out.put("bounds", rows);
        List<java.util.Map<String, Object>> stated = new java.util.ArrayList<>();
        for (HypotheticalConfounder h : hypotheticalConfounders()) {
            java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("label", h.label());
            row.put("r2dz_x", h.adjusted().confounder().r2dzX());
            row.put("r2yz_dx", h.adjusted().confounder().r2yzDX());
            row.put("adjusted_estimate", h.adjusted().estimate());
            row.put("adjusted_se", h.adjusted().standardError());
            row.put("adjusted_t", Double.isFinite(h.adjusted().tValue()) ? h.adjusted().tValue() : null);
            row.put("adjusted_lower", h.adjusted().lower());
            row.put("adjusted_upper", h.adjusted().upper());
            stated.add(row);
        }
        out.put("confounders", stated);
        out.put("warnings", warnings());
        return out;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT,
                "SensitivityReport[%s on %s: estimate=%.6g, se=%.6g, t=%.5g, dof=%s, R2yd.x=%.5g, RV_q=%.5g, RV_q,a=%.5g, %d bounds]",
                treatment, outcome, estimate(), standardError(), tValue(), Numbers.dof(dof()), partialR2(),
                robustnessValue(), robustnessValueAlpha(), bounds.size() + hypothetical.size());
    }
}
