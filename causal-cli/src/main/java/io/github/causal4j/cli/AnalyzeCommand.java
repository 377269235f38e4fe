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

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.CausalAnalysis;
import io.github.causal4j.estimate.analysis.AnalysisResult;
import io.github.causal4j.graph.CausalGraph;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code causal analyze}: the whole analysis of DESIGN.md in one command — identification (every
 * strategy, the one chosen and why), estimates side by side, refutations, implied-independence
 * tests, sensitivity and bounds — printed as text, or with {@code --json} as one JSON object
 * ({@link AnalysisResult#toJson()}), and written as a self-contained HTML report
 * ({@code --report}) and Markdown ({@code --markdown}). A progress bar goes to standard error when
 * it is a terminal or with {@code --progress}; never to standard output.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"The whole causal analysis: identification, estimates, refutations, testable implications, "
                + "sensitivity and bounds.",
            "  causal analyze --data F.csv --graph G --treatment D --outcome Y [--report out.html] [--json]"})
final class AnalyzeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", paramLabel = "F.csv", required = true, description = "The data (CSV with a header).")
    Path data;

    @Option(names = "--graph", paramLabel = "G", required = true, description = "dagitty text or a .dagitty/.dot file.")
    String graph;

    @Option(names = "--treatment", paramLabel = "D", description = "Treatment column (default: the graph's [exposure]).")
    List<String> treatment;

    @Option(names = "--outcome", paramLabel = "Y", description = "Outcome column (default: the graph's [outcome]).")
    List<String> outcome;

    @Option(names = "--covariates", paramLabel = "X1,X2", split = ",",
            description = "Adjustment set to use instead of identification's (checked against the graph).")
    List<String> covariates;

    @Option(names = "--outcome-range", paramLabel = "a,b",
            description = "Interval known to contain every outcome (for bounds when the effect is not identified).")
    String outcomeRange;

    @CommandLine.Mixin
    RunSettings settings;

    @Option(names = "--report", paramLabel = "out.html", description = "Write the self-contained HTML report.")
    Path report;

    @Option(names = "--markdown", paramLabel = "out.md", description = "Write the report as Markdown.")
    Path markdown;

    @Option(names = "--json", description = "Print the whole result as one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(data)) {
            throw new UserInputException("data file not found: " + data);
        }
        CausalGraph g = GraphSource.load(graph);
        String d = single(GraphRoles.treatments(g, treatment), "--treatment");
        String y = single(GraphRoles.outcomes(g, outcome), "--outcome");
        CausalAnalysis analysis = CausalAnalysis.of(Dataset.readCsv(data), g).treatment(d).outcome(y);
        if (covariates != null) {
            analysis = analysis.adjustingFor(Lists.split(covariates));
        }
        if (outcomeRange != null) {
            double[] r = range(outcomeRange);
            analysis = analysis.outcomeSupport(r[0], r[1]);
        }
        AnalysisResult result = settings.run(analysis, spec.commandLine().getErr(), "causal analyze");
        if (report != null) {
            OutputFiles.write(report, result.toHtml());
        }
        if (markdown != null) {
            OutputFiles.write(markdown, result.toMarkdown());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? result.toJson() : result.toText().stripTrailing());
        return 0;
    }

    private static String single(List<String> names, String option) {
        if (names.size() != 1) {
            throw new UserInputException(option + " must name one variable, got " + names);
        }
        return names.get(0);
    }

    private static double[] range(String text) {
        String[] parts = text.split(",");
        try {
            if (parts.length == 2) {
                return new double[] {Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip())};
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UserInputException("--outcome-range must be two numbers a,b with a < b, got '" + text + "'");
    }

}
