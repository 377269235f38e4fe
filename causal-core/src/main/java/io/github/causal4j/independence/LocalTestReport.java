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
package io.github.causal4j.independence;

import io.github.causal4j.result.Report;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Which implied independences the data reject.
 *
 * @param lines one line per statement tested, in the order given
 * @param method the test used
 * @param correction the multiple-testing correction
 * @param alpha the level of the adjusted p-values
 */
public record LocalTestReport(List<Line> lines, String method, MultipleTesting.Correction correction, double alpha) {

    /**
     * @param result the test result
     * @param adjustedPValue the p-value after the correction
     * @param rejected whether {@code adjustedPValue < alpha}
     */
    public record Line(IndependenceTestResult result, double adjustedPValue, boolean rejected) {

        /** Validates. */
        public Line {
            Objects.requireNonNull(result, "result");
        }
    }

    /** Validates and copies. */
    public LocalTestReport {
        lines = List.copyOf(lines);
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(correction, "correction");
    }

    /** @return the lines whose statement the data reject */
    public List<Line> rejected() {
        return lines.stream().filter(Line::rejected).collect(Collectors.toList());
    }

    /** @return a table of every statement: statistic, p-value, adjusted p-value, verdict */
    public Report report() {
        StringBuilder text = new StringBuilder(toString()).append('\n');
        StringBuilder md = new StringBuilder("| statement | statistic | df | p | adjusted p | rejected |\n|---|---|---|---|---|---|\n");
        for (Line l : lines) {
            IndependenceTestResult r = l.result();
            String row = String.format(Locale.ROOT, "%-30s %10.4g %6s %10.4g %10.4g %s", r.statement().toText(),
                    r.statistic(), df(r), r.pValue(), l.adjustedPValue(), l.rejected() ? "REJECTED" : "");
            text.append(row.stripTrailing()).append('\n');
            md.append(String.format(Locale.ROOT, "| `%s` | %.4g | %s | %.4g | %.4g | %s |%n", r.statement().toText(),
                    r.statistic(), df(r), r.pValue(), l.adjustedPValue(), l.rejected() ? "**yes**" : "no"));
        }
        return new Report(text.toString(), md.toString());
    }

    private static String df(IndependenceTestResult r) {
        return Long.toString((long) r.degreesOfFreedom());
    }

    /** @return e.g. {@code 12 implied independences tested (fisher-z, HOLM); 2 rejected at alpha 0.05} */
    @Override
    public String toString() {
        return lines.size() + " implied independences tested (" + method + ", " + correction + "); " + rejected().size()
                + " rejected at alpha " + alpha;
    }
}
