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

import io.github.causal4j.estimate.analysis.AnalysisResult;
import io.github.causal4j.estimate.internal.Formatting;
import io.github.causal4j.result.Markup;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code causal demo}: the README's main job. It runs the whole analysis of
 * {@link io.github.causal4j.estimate.CausalAnalysis#run(io.github.causal4j.estimate.analysis.RunOptions)}
 * on five data sets bundled in the jar ({@link DemoCase#all()}): Darfur (back-door adjustment and
 * Cinelli–Hazlett sensitivity), Lalonde (weighting, doubly robust and matching estimators against
 * the experimental benchmark),
 * cigarettes (instrumental variables with diagnostics), a proximal data set with an unmeasured
 * confounder (P2SLS against naive regression) and the Lipid Research Clinics trial, where the
 * effect is not identified and the analysis falls back to Balke–Pearl bounds. It prints a summary
 * of each and writes each full HTML report, with an index page, to {@code --out}.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"The whole analysis on five bundled data sets (Darfur, Lalonde, cigarettes, proximal, "
                + "Lipid Research Clinics), with HTML reports.",
            "  causal demo [--out causal-demo]"})
final class DemoCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "causal-demo",
            description = "Directory of the HTML reports (default: ${DEFAULT-VALUE}).")
    Path outDirectory;

    @CommandLine.Mixin
    RunSettings settings;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        OutputFiles.createDirectory(outDirectory);
        List<DemoCase> cases = DemoCase.all();
        out.println("causal4j demo: the whole analysis on " + cases.size() + " bundled data sets; reports in "
                + outDirectory);
        List<IndexPage.Entry> index = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            DemoCase c = cases.get(i);
            out.println();
            out.println(String.format(Locale.ROOT, "[%d/%d] %s", i + 1, cases.size(), c.title()));
            out.println("  " + c.question());
            out.flush();
            AnalysisResult result = settings.run(c.analysis(), spec.commandLine().getErr(), "  " + c.name());
            new DemoSummary(out).print(result);
            c.comparison().ifPresent(comparison -> comparison.print(result, out));
            Path report = outDirectory.resolve(c.name() + ".html");
            OutputFiles.write(report, result.toHtml());
            out.println("  report: " + report);
            out.flush();
            index.add(new IndexPage.Entry(c, result, report.getFileName().toString()));
        }
        Path page = outDirectory.resolve("index.html");
        OutputFiles.write(page, IndexPage.html(index));
        out.println();
        out.println("Open " + page + " in a browser for the reports: graph, estimates, refutations, "
                + "sensitivity contours, bounds and testable implications.");
        return 0;
    }

    /** The demo's {@code index.html}: one row per case with its strategy, primary estimate and report link. */
    static final class IndexPage {

        record Entry(DemoCase demoCase, AnalysisResult result, String href) {
        }

        private IndexPage() {
        }

        static String html(List<Entry> entries) {
            StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                    + "<title>causal4j demo</title><style>body{font-family:sans-serif;max-width:60em;margin:2em auto}"
                    + "td,th{padding:.3em .8em;text-align:left;vertical-align:top}</style></head><body>\n"
                    + "<h1>causal4j demo</h1>\n<p>The whole analysis (identification, estimates, refutations, "
                    + "sensitivity, bounds, testable implications) on five bundled data sets.</p>\n"
                    + "<table><tr><th>analysis</th><th>question</th><th>strategy</th><th>primary estimate</th></tr>\n");
            for (Entry e : entries) {
                String primary = e.result().primaryEstimate()
                        .map(x -> x.method() + " " + Formatting.number(x.value()) + " "
                                + DemoSummary.interval(x.ciLower(), x.ciUpper()))
                        .orElse("none");
                sb.append("<tr><td><a href=\"").append(Markup.escape(e.href())).append("\">")
                        .append(Markup.escape(e.demoCase().title())).append("</a></td><td>")
                        .append(Markup.escape(e.demoCase().question())).append("</td><td>")
                        .append(Markup.escape(e.result().strategySummary())).append("</td><td>")
                        .append(Markup.escape(primary)).append("</td></tr>\n");
            }
            return sb.append("</table>\n</body></html>\n").toString();
        }
    }
}
