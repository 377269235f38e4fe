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

import io.github.causal4j.result.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * The verbal summary of a sensitivity analysis: the content of sensemakr's {@code summary()}
 * (unadjusted estimate, sensitivity statistics, their plain-language reading, the bounds table),
 * in our own words, as text and Markdown. Numbers are rounded to 4 decimals and percentages to 2,
 * as sensemakr prints them.
 */
final class SensitivitySummary {

    private static final int DIGITS = 4;

    private SensitivitySummary() {
    }

    static Report render(SensitivityReport r) {
        SensitivityOptions o = r.options();
        String q = Numbers.round(o.q(), 6);
        String alpha = Numbers.round(o.alpha(), 6);
        String h0 = Numbers.round(r.nullValue(), DIGITS);
        boolean reduce = o.direction().reduces();
        String treatment = r.treatment();

        List<String> head = new ArrayList<>();
        head.add("Sensitivity analysis to unobserved confounding (Cinelli & Hazlett 2020)");
        if (!r.model().isEmpty()) {
            head.add("Model: " + r.model());
        }
        head.add("Null hypothesis: q = " + q + ", bias " + (reduce ? "toward zero (reduce = TRUE)" : "away from zero (reduce = FALSE)")
                + "; the problematic value is H0: tau = " + h0);
        if (!"classical".equals(r.omittedVariableBias().covariance())) {
            head.add("Standard errors: " + r.omittedVariableBias().covariance() + " (robust se "
                    + Numbers.round(r.omittedVariableBias().inferenceStandardError(), DIGITS)
                    + "); bias-adjusted standard errors are the classical ones times robust/classical = "
                    + Numbers.round(r.omittedVariableBias().standardErrorRatio(), DIGITS));
        }

        TextTable unadjusted = new TextTable(List.of("Unadjusted estimate of '" + treatment + "'", "value"))
                .row(List.of("estimate", Numbers.round(r.estimate(), DIGITS)))
                .row(List.of("standard error", Numbers.round(r.standardError(), DIGITS)))
                .row(List.of("t-value (H0: tau = 0)", Numbers.round(r.tValue(), DIGITS)))
                .row(List.of("residual degrees of freedom", Numbers.dof(r.dof())));
        TextTable stats = new TextTable(List.of("Sensitivity statistic", "value"))
                .row(List.of("partial R2 of the treatment with the outcome", Numbers.round(r.partialR2(), DIGITS)))
                .row(List.of("robustness value, q = " + q, Numbers.round(r.robustnessValue(), DIGITS)))
                .row(List.of("robustness value, q = " + q + ", alpha = " + alpha, Numbers.round(r.robustnessValueAlpha(), DIGITS)));

        String r2 = Numbers.percentOfRounded(r.partialR2(), DIGITS) + "%";
        String rv = Numbers.percentOfRounded(r.robustnessValue(), DIGITS) + "%";
        String rva = Numbers.percentOfRounded(r.robustnessValueAlpha(), DIGITS) + "%";
        String bias = Numbers.round(100 * o.q(), 4) + "%";
        String moved = reduce ? "bring the point estimate to " + h0 : "move the point estimate to " + h0;
        List<String> reading = List.of(
                "Partial R2 of the treatment with the outcome: even a confounder (orthogonal to the covariates) that explained all"
                        + " of the residual variance of the outcome would have to explain at least " + r2
                        + " of the residual variance of the treatment to account for the whole estimated effect.",
                "Robustness value, q = " + q + ": confounders (orthogonal to the covariates) that explain more than " + rv
                        + " of the residual variance of both the treatment and the outcome are strong enough to " + moved
                        + " (a bias of " + bias + " of the estimate); confounders that explain no more than " + rv
                        + " of both are not.",
                "Robustness value, q = " + q + ", alpha = " + alpha + ": confounders (orthogonal to the covariates) that explain more than "
                        + rva + " of the residual variance of both the treatment and the outcome are strong enough to make the estimate"
                        + " no longer statistically different from " + h0 + " at level alpha = " + alpha + " (a bias of " + bias
                        + " of the estimate); confounders that explain no more than " + rva + " of both are not.");

        TextTable boundsTable = boundsTable(r);
        String boundsIntro = "Bounds on omitted-variable bias: the strongest confounders whose association with the treatment"
                + " and with the outcome is at most the stated multiple of the benchmark covariate's.";

        StringBuilder text = new StringBuilder();
        StringBuilder md = new StringBuilder();
        text.append(head.get(0)).append("\n\n");
        md.append("### ").append(head.get(0)).append("\n\n");
        for (String h : head.subList(1, head.size())) {
            text.append(h).append('\n');
            md.append(h).append("  \n");
        }
        text.append('\n').append(unadjusted.text()).append('\n').append(stats.text()).append('\n');
        md.append('\n').append(unadjusted.markdown()).append('\n').append(stats.markdown()).append('\n');
        text.append("Interpretation:\n");
        md.append("**Interpretation**\n\n");
        for (String s : reading) {
            text.append("-- ").append(s).append("\n\n");
            md.append("- ").append(s).append('\n');
        }
        if (boundsTable != null) {
            text.append(boundsIntro).append("\n\n").append(boundsTable.text());
            md.append('\n').append(boundsIntro).append("\n\n").append(boundsTable.markdown());
        }
        for (String w : r.warnings()) {
            text.append("warning: ").append(w).append('\n');
            md.append("\n> warning: ").append(w).append('\n');
        }
        return new Report(text.toString().stripTrailing() + "\n", md.toString());
    }

    /** sensemakr's bounds table, rounded to 4 digits; {@code null} when there are no bounds. */
    static TextTable boundsTable(SensitivityReport r) {
        if (r.bounds().isEmpty() && r.hypotheticalConfounders().isEmpty()) {
            return null;
        }
        TextTable t = new TextTable(List.of("Bound label", "R2dz.x", "R2yz.dx", "Treatment", "Adjusted estimate", "Adjusted se",
                "Adjusted t", "Adjusted lower CI", "Adjusted upper CI"));
        for (HypotheticalConfounder h : r.hypotheticalConfounders()) {
            t.row(row(h.label(), h.adjusted(), r.treatment()));
        }
        for (BenchmarkBound b : r.bounds()) {
            t.row(row(b.label(), b.adjusted(), r.treatment()));
        }
        return t;
    }

    private static List<String> row(String label, AdjustedEstimate a, String treatment) {
        return List.of(label, Numbers.round(a.confounder().r2dzX(), DIGITS), Numbers.round(a.confounder().r2yzDX(), DIGITS), treatment,
                Numbers.round(a.estimate(), DIGITS), Numbers.round(a.standardError(), DIGITS), Numbers.round(a.tValue(), DIGITS),
                Numbers.round(a.lower(), DIGITS), Numbers.round(a.upper(), DIGITS));
    }
}
