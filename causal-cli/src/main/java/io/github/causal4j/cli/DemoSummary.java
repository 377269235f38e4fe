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
package io.github.causal4j.cli;

import io.github.causal4j.bounds.Bounds;
import io.github.causal4j.bounds.BoundsReport;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.analysis.AnalysisResult;
import io.github.causal4j.estimate.analysis.MethodEstimate;
import io.github.causal4j.estimate.internal.Formatting;
import io.github.causal4j.estimate.refute.Refutation;
import io.github.causal4j.independence.LocalTestReport;
import io.github.causal4j.sensitivity.BenchmarkBound;
import io.github.causal4j.sensitivity.SensitivityReport;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The few lines {@code causal demo} prints for one analysis: the strategy, every estimate, the
 * refutations, the sensitivity and bounds headlines, the testable implications and where the full
 * report is. Everything printed comes from the {@link AnalysisResult}; the report has the rest.
 */
final class DemoSummary {

    private static final int MESSAGE_WIDTH = 100;

    private final PrintWriter out;

    DemoSummary(PrintWriter out) {
        this.out = out;
    }

    void print(AnalysisResult r) {
        out.println("  data: " + r.data().rows() + " rows; " + r.strategySummary());
        out.println("  estimates (" + (r.isIdentified() ? "identified" : "not point-identified by the graph alone")
                + "):");
        for (MethodEstimate m : r.estimates()) {
            out.println("    " + line(m));
        }
        printRefutations(r.refutations());
        r.contribution(SensitivityReport.class).ifPresent(this::printSensitivity);
        r.contribution(BoundsReport.class).ifPresent(this::printBounds);
        r.independenceTests().ifPresent(this::printImplications);
        if (!r.warnings().isEmpty()) {
            out.println("  warnings: " + r.warnings().size() + " (listed in the report)");
        }
    }

    private static String line(MethodEstimate m) {
        String head = String.format(Locale.ROOT, "%-9s", m.method());
        if (m.estimate().isEmpty()) {
            String why = m.failure().orElse("no reason given");
            return head + " " + shorten(why.startsWith("not fitted") ? why : "not fitted: " + why);
        }
        Estimate e = m.estimate().get();
        return head + String.format(Locale.ROOT, " %-4s %s (SE %s), %s CI %s", e.estimand().label(),
                Formatting.number(e.value()), Formatting.number(e.stdError()), level(e.confidenceLevel()),
                interval(e.ciLower(), e.ciUpper()))
                + (m.role() == MethodEstimate.Role.PRIMARY ? "  <- primary" : "");
    }

    private void printRefutations(List<Refutation> refutations) {
        if (refutations.isEmpty()) {
            return;
        }
        long passed = refutations.stream().filter(Refutation::passed).count();
        out.println("  refutations: " + passed + " of " + refutations.size() + " passed ("
                + String.join(", ", refutations.stream().map(t -> t.kind().label() + (t.passed() ? "" : " FAILED"))
                        .toList()) + ")");
    }

    private void printSensitivity(SensitivityReport s) {
        out.println(String.format(Locale.ROOT, "  sensitivity: robustness value %s; at alpha = 0.05 %s",
                percent(s.robustnessValue()), percent(s.robustnessValueAlpha())));
        s.bounds().stream()
                .min(Comparator.comparingDouble((BenchmarkBound b) -> Math.abs(b.adjusted().tValue())))
                .ifPresent(b -> out.println("    confounder " + b.label() + " (the most damaging benchmark): adjusted "
                        + Formatting.number(b.adjusted().estimate()) + ", CI "
                        + interval(b.adjusted().lower(), b.adjusted().upper())));
    }

    private void printBounds(BoundsReport b) {
        b.contradiction().ifPresent(c -> out.println("  bounds: " + shorten(c)));
        if (b.identified() || b.bounds().isEmpty()) {
            return;
        }
        out.println("  bounds on " + b.bounds().get(0).estimand().description() + ":");
        for (Bounds x : b.bounds()) {
            String ci = x.inference().map(i -> ", " + level(i.level()) + " CI " + interval(i.ciLower(), i.ciUpper()))
                    .orElse("");
            out.println(String.format(Locale.ROOT, "    %-12s %s%s", x.method(), interval(x.lower(), x.upper()), ci));
        }
    }

    private void printImplications(LocalTestReport t) {
        out.println(String.format(Locale.ROOT, "  testable implications: %d tested (%s), %d rejected at %s",
                t.lines().size(), t.method(), t.rejected().size(), Formatting.number(t.alpha())));
    }

    static String interval(double lower, double upper) {
        return "[" + Formatting.number(lower) + ", " + Formatting.number(upper) + "]";
    }

    private static String level(double confidence) {
        return Formatting.number(100 * confidence) + "%";
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * share);
    }

    private static String shorten(String message) {
        String first = message.lines().findFirst().orElse("");
        return first.length() <= MESSAGE_WIDTH ? first : first.substring(0, MESSAGE_WIDTH - 3) + "...";
    }
}
