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
package io.github.causal4j.estimate;

import io.github.causal4j.estimate.internal.Formatting;
import io.github.causal4j.result.Provenance;
import io.github.causal4j.result.Report;
import java.util.List;

/**
 * The outcome of a nonparametric bootstrap: the statistic on the data, the replicates, their
 * standard deviation (the bootstrap standard error), bias, and percentile and BCa intervals with
 * the conventions of R's {@code boot::boot.ci} (Davison &amp; Hinkley 1997, <i>Bootstrap Methods and
 * their Application</i>, sec. 5.2–5.3): order statistics at positions {@code (R + 1) alpha},
 * interpolated on the normal-quantile scale between neighbours.
 *
 * @param statistic the statistic on the original data
 * @param replicates the replicate values (successful ones, in replicate order)
 * @param failures replicates on which the statistic failed (excluded)
 * @param stdError sample standard deviation of the replicates
 * @param bias mean of the replicates minus the statistic
 * @param confidenceLevel level of the intervals
 * @param percentileLower percentile interval, lower
 * @param percentileUpper percentile interval, upper
 * @param bcaLower BCa interval, lower
 * @param bcaUpper BCa interval, upper
 * @param biasCorrection BCa's {@code z0 = Phi^{-1}(#{t* < t} / R)}
 * @param acceleration BCa's {@code a = sum L^3 / (6 (sum L^2)^{3/2})}, L jackknife influence values
 * @param warnings warnings (failed replicates, extreme order statistics)
 * @param provenance data digest, settings and seed
 */
public record BootstrapResult(double statistic, double[] replicates, int failures, double stdError, double bias,
        double confidenceLevel, double percentileLower, double percentileUpper, double bcaLower, double bcaUpper,
        double biasCorrection, double acceleration, List<String> warnings, Provenance provenance) {

    /** Copies the arrays and lists. */
    public BootstrapResult {
        replicates = replicates.clone();
        warnings = List.copyOf(warnings);
    }

    /** @return the replicates (a fresh copy) */
    @Override
    public double[] replicates() {
        return replicates.clone();
    }

    /** @return e.g. {@code "Bootstrap[1548.2, SE 790.1, 95% percentile [..], BCa [..], R = 999]"} */
    @Override
    public String toString() {
        return "Bootstrap[" + Formatting.number(statistic) + ", SE " + Formatting.number(stdError) + ", "
                + Formatting.number(100 * confidenceLevel) + "% percentile [" + Formatting.number(percentileLower) + ", "
                + Formatting.number(percentileUpper) + "], BCa [" + Formatting.number(bcaLower) + ", "
                + Formatting.number(bcaUpper) + "], R = " + replicates.length
                + (failures > 0 ? ", " + failures + " failed" : "") + "]";
    }

    /** @return the statistic, SE, bias, both intervals and the BCa constants */
    public Report report() {
        String[][] rows = {{"statistic", Formatting.number(statistic)}, {"bootstrap SE", Formatting.number(stdError)},
            {"bias", Formatting.number(bias)}, {"replicates", Integer.toString(replicates.length)},
            {"percentile CI", "[" + Formatting.number(percentileLower) + ", " + Formatting.number(percentileUpper) + "]"},
            {"BCa CI", "[" + Formatting.number(bcaLower) + ", " + Formatting.number(bcaUpper) + "]"},
            {"z0, a", Formatting.number(biasCorrection) + ", " + Formatting.number(acceleration)}};
        StringBuilder text = new StringBuilder("Nonparametric bootstrap (" + Formatting.number(100 * confidenceLevel)
                + "% intervals)\n");
        StringBuilder md = new StringBuilder("| bootstrap | value |\n|---|---:|\n");
        for (String[] r : rows) {
            text.append(String.format(java.util.Locale.ROOT, "  %-16s %s%n", r[0], r[1]));
            md.append("| ").append(r[0]).append(" | ").append(r[1]).append(" |\n");
        }
        for (String w : warnings) {
            text.append("Warning: ").append(w).append('\n');
            md.append("\n> Warning: ").append(w).append('\n');
        }
        return new Report(text.toString().stripTrailing(), md.toString());
    }
}
