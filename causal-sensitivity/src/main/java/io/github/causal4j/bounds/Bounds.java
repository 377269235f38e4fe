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

import io.github.causal4j.result.Provenance;
import io.github.causal4j.result.Report;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Bounds on a partially identified causal parameter: the sample estimate {@code [lower, upper]}
 * of the identified set (the plug-in estimate of the sharp bounds the assumptions imply), the
 * assumptions used, and the sampling uncertainty.
 *
 * @param estimand what is bounded
 * @param lower the estimated lower bound
 * @param upper the estimated upper bound ({@code >= lower})
 * @param method the method as the command line names it, e.g. {@code "balke-pearl"}
 * @param assumptions the assumptions the bounds rest on
 * @param inference Imbens &amp; Manski (2004) confidence intervals, if requested and available
 * @param n the number of observations (the sum of the weights for a count table)
 * @param diagnostics further numbers, by snake_case name (e.g. {@code p_treated}, {@code trimming_share})
 * @param warnings conditions a reader should know about
 * @param provenance the data digest, settings and seed
 */
public record Bounds(BoundsEstimand estimand, double lower, double upper, String method, List<Assumption> assumptions,
        Optional<BoundsInference> inference, long n, Map<String, Double> diagnostics, List<String> warnings,
        Provenance provenance) {

    /** Validates and copies the fields; an empty (crossing) or non-finite interval is rejected. */
    public Bounds {
        Objects.requireNonNull(estimand, "estimand");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(inference, "inference");
        Objects.requireNonNull(provenance, "provenance");
        if (!Double.isFinite(lower) || !Double.isFinite(upper)) {
            throw new IllegalArgumentException("bounds must be finite, got [" + lower + ", " + upper + "]");
        }
        if (lower > upper) {
            throw new IllegalArgumentException("lower bound " + lower + " exceeds upper bound " + upper);
        }
        assumptions = List.copyOf(assumptions);
        diagnostics = Collections.unmodifiableMap(new LinkedHashMap<>(diagnostics));
        warnings = List.copyOf(warnings);
    }

    /** @return {@code upper - lower} */
    public double width() {
        return upper - lower;
    }

    /**
     * @param value a value of the parameter
     * @return whether the estimated identified set contains it
     */
    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }

    /** @return a one-line summary: estimand, interval, method, confidence interval, n */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Bounds[").append(estimand.description()).append(": ")
                .append(BoundsFormat.interval(lower, upper)).append(", ").append(method);
        inference.ifPresent(i -> sb.append(", ").append(BoundsFormat.percent(i.level())).append(" CI ")
                .append(BoundsFormat.interval(i.ciLower(), i.ciUpper())));
        return sb.append(", n=").append(n).append(']').toString();
    }

    /** @return the bounds, assumptions, inference, diagnostics and warnings as text and Markdown */
    public Report report() {
        StringBuilder t = new StringBuilder();
        StringBuilder m = new StringBuilder();
        t.append("Bounds on ").append(estimand.description()).append('\n');
        m.append("### Bounds on ").append(estimand.description()).append("\n\n");
        t.append("  method: ").append(method).append(", n = ").append(n).append('\n');
        t.append("  estimated identified set: ").append(BoundsFormat.interval(lower, upper)).append(" (width ")
                .append(BoundsFormat.number(width())).append(")\n");
        m.append("| quantity | value |\n|---|---|\n");
        m.append("| method | ").append(method).append(" |\n");
        m.append("| n | ").append(n).append(" |\n");
        m.append("| estimated identified set | ").append(BoundsFormat.interval(lower, upper)).append(" |\n");
        m.append("| width | ").append(BoundsFormat.number(width())).append(" |\n");
        inference.ifPresent(i -> {
            String how = i.kind() == BoundsInference.Kind.ANALYTIC ? "analytic"
                    : "bootstrap, " + i.replications() + " replications, seed " + i.seed().getAsLong();
            String level = BoundsFormat.percent(i.level());
            t.append("  ").append(level).append(" CI for the parameter (Imbens & Manski 2004, ").append(how)
                    .append("): ").append(BoundsFormat.interval(i.ciLower(), i.ciUpper())).append('\n');
            t.append("  ").append(level).append(" confidence set for the identified set: ")
                    .append(BoundsFormat.interval(i.setCiLower(), i.setCiUpper())).append('\n');
            t.append("  standard errors: lower ").append(BoundsFormat.number(i.lowerStdError())).append(", upper ")
                    .append(BoundsFormat.number(i.upperStdError())).append("; critical value ")
                    .append(BoundsFormat.number(i.criticalValue())).append('\n');
            m.append("| ").append(level).append(" CI for the parameter (Imbens & Manski, ").append(how).append(") | ")
                    .append(BoundsFormat.interval(i.ciLower(), i.ciUpper())).append(" |\n");
            m.append("| ").append(level).append(" confidence set for the identified set | ")
                    .append(BoundsFormat.interval(i.setCiLower(), i.setCiUpper())).append(" |\n");
            m.append("| standard error of lower / upper | ").append(BoundsFormat.number(i.lowerStdError()))
                    .append(" / ").append(BoundsFormat.number(i.upperStdError())).append(" |\n");
        });
        for (Map.Entry<String, Double> d : diagnostics.entrySet()) {
            m.append("| ").append(d.getKey()).append(" | ").append(BoundsFormat.number(d.getValue())).append(" |\n");
        }
        if (!diagnostics.isEmpty()) {
            t.append("  diagnostics:");
            diagnostics.forEach((k, v) -> t.append(' ').append(k).append('=').append(BoundsFormat.number(v)));
            t.append('\n');
        }
        t.append("  assumptions:\n");
        m.append("\n**Assumptions**\n\n");
        for (Assumption a : assumptions) {
            t.append("    - ").append(a.statement()).append('\n');
            m.append("- ").append(a.statement()).append('\n');
        }
        if (!warnings.isEmpty()) {
            t.append("  warnings:\n");
            m.append("\n**Warnings**\n\n");
            for (String w : warnings) {
                t.append("    - ").append(w).append('\n');
                m.append("- ").append(w).append('\n');
            }
        }
        return new Report(t.toString().stripTrailing(), m.toString().stripTrailing());
    }
}
