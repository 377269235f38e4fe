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
package io.github.causal4j.examples;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.CausalAnalysis;
import io.github.causal4j.estimate.analysis.AnalysisResult;
import io.github.causal4j.estimate.analysis.MethodEstimate;
import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.sensitivity.SensitivityReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The whole analysis in one call on the Darfur survey: identification, the estimates side by
 * side, refutations, Cinelli–Hazlett sensitivity with benchmarks from the adjustment set, the
 * graph's testable implications, and a self-contained HTML report.
 *
 * <p>Run: {@code WholeAnalysis [datasets-directory [report.html]]}.
 */
public final class WholeAnalysis {

    private WholeAnalysis() {
    }

    /**
     * @param datasets the directory holding {@code darfur.csv} and {@code darfur.dagitty}
     * @return the analysis
     */
    public static AnalysisResult analyze(Path datasets) {
        Dataset darfur = ExampleData.read(datasets, "darfur.csv");
        CausalGraph graph = ExampleData.graph(datasets, "darfur.dagitty");
        return CausalAnalysis.of(darfur, graph).treatment("directlyharmed").outcome("peacefactor").seed(1).run();
    }

    /**
     * Prints the strategy and the estimates, and writes the HTML report.
     *
     * @param args the data-set directory (default {@code datasets}) and the report's path (default
     *     {@code target/darfur-report.html})
     * @throws IOException if the report cannot be written
     */
    public static void main(String[] args) throws IOException {
        AnalysisResult r = analyze(ExampleData.directory(args));
        Path report = Path.of(args.length > 1 ? args[1] : "target/darfur-report.html");
        System.out.println(r.strategySummary());
        for (MethodEstimate m : r.estimates()) {
            System.out.println("  " + m.method() + ": " + m.estimate().map(e -> String.format(Locale.ROOT,
                    "%.7f (SE %.7f)", e.value(), e.stdError())).orElse("not estimated, see the report"));
        }
        r.contribution(SensitivityReport.class).ifPresent(s -> System.out.printf(Locale.ROOT,
                "robustness value %.6f; %d benchmark confounders in the report%n", s.robustnessValue(),
                s.bounds().size()));
        System.out.println(r.refutations().size() + " refutation tests, " + r.warnings().size() + " warnings");
        if (report.toAbsolutePath().getParent() != null) {
            Files.createDirectories(report.toAbsolutePath().getParent());
        }
        Files.writeString(report, r.toHtml());
        System.out.println("HTML report: " + report);
    }
}
