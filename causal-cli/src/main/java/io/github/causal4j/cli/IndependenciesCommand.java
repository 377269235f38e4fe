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

import io.github.causal4j.data.CategoricalColumn;
import io.github.causal4j.data.Column;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.data.NumericColumn;
import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.independence.ConditionalIndependence;
import io.github.causal4j.independence.FisherZTest;
import io.github.causal4j.independence.GTest;
import io.github.causal4j.independence.ImpliedIndependencies;
import io.github.causal4j.independence.IndependenceTest;
import io.github.causal4j.independence.IndependenceTestResult;
import io.github.causal4j.independence.LocalTestReport;
import io.github.causal4j.independence.LocalTests;
import io.github.causal4j.independence.MultipleTesting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code causal independencies}: the conditional independences a graph implies, optionally tested on data. */
@Command(name = "independencies", mixinStandardHelpOptions = true,
        description = "List the conditional independences the graph implies (one per separable non-adjacent pair); "
                + "with --data, test each one and adjust the p-values.")
final class IndependenciesCommand extends BatchableCommand {

    @Option(names = "--graph", paramLabel = "G", description = "dagitty text or a .dagitty/.dot file.")
    String graph;

    @Option(names = "--data", paramLabel = "F.csv", description = "Test the statements on this CSV file.")
    Path data;

    @Option(names = "--test", paramLabel = "T", defaultValue = "auto",
            description = "auto, fisher-z, g-test or chi-square (default auto: g-test when every tested column is "
                    + "categorical or has at most 10 distinct integer values, fisher-z otherwise).")
    String test;

    @Option(names = "--weight", paramLabel = "COL", description = "Column of counts for the g-test and chi-square.")
    String weight;

    @Option(names = "--correction", paramLabel = "C", defaultValue = "holm",
            description = "Multiple-testing correction: holm (default), bh or none.")
    String correction;

    @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.05", description = "Level for the adjusted p-values.")
    double alpha;

    @Override
    Supplier<IndependenciesCommand> factory() {
        return IndependenciesCommand::new;
    }

    @Override
    Map<String, Object> compute() {
        CausalGraph g = GraphSource.load(graph);
        List<ConditionalIndependence> statements = ImpliedIndependencies.of(g);
        Map<String, Object> out = new LinkedHashMap<>();
        if (data == null) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (ConditionalIndependence ci : statements) {
                list.add(statement(ci));
            }
            out.put("independencies", list);
            return out;
        }
        if (!Files.isRegularFile(data)) {
            throw new UserInputException("data file not found: " + data);
        }
        Dataset d = Dataset.readCsv(data);
        IndependenceTest t = chooseTest(d, statements);
        LocalTestReport report = LocalTests.run(statements, d, t, parseCorrection(), alpha);
        out.put("test", t.name());
        out.put("correction", correction.toLowerCase(Locale.ROOT));
        out.put("alpha", alpha);
        List<Map<String, Object>> list = new ArrayList<>();
        for (LocalTestReport.Line line : report.lines()) {
            IndependenceTestResult r = line.result();
            Map<String, Object> m = statement(r.statement());
            m.put("statistic", r.statistic());
            m.put("df", r.degreesOfFreedom());
            m.put("p_value", r.pValue());
            m.put("adjusted_p_value", line.adjustedPValue());
            m.put("rejected", line.rejected());
            list.add(m);
        }
        out.put("independencies", list);
        out.put("rejected", report.rejected().size());
        return out;
    }

    private static Map<String, Object> statement(ConditionalIndependence ci) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("x", ci.x());
        m.put("y", ci.y());
        m.put("given", ci.given());
        return m;
    }

    private MultipleTesting.Correction parseCorrection() {
        switch (correction.toLowerCase(Locale.ROOT)) {
            case "holm":
                return MultipleTesting.Correction.HOLM;
            case "bh":
            case "benjamini-hochberg":
                return MultipleTesting.Correction.BENJAMINI_HOCHBERG;
            case "none":
                return MultipleTesting.Correction.NONE;
            default:
                throw new UserInputException("--correction must be holm, bh or none, not '" + correction + "'");
        }
    }

    private IndependenceTest chooseTest(Dataset d, List<ConditionalIndependence> statements) {
        GTest g = weight == null ? GTest.create() : GTest.create().withWeight(weight);
        switch (test.toLowerCase(Locale.ROOT)) {
            case "fisher-z":
                return FisherZTest.create();
            case "g-test":
                return g;
            case "chi-square":
                return g.withStatistic(GTest.Statistic.PEARSON);
            case "auto":
                return allDiscrete(d, statements) ? g : FisherZTest.create();
            default:
                throw new UserInputException("--test must be auto, fisher-z, g-test or chi-square, not '" + test + "'");
        }
    }

    private static boolean allDiscrete(Dataset d, List<ConditionalIndependence> statements) {
        Set<String> used = new LinkedHashSet<>();
        for (ConditionalIndependence ci : statements) {
            used.add(ci.x());
            used.add(ci.y());
            used.addAll(ci.given());
        }
        for (String name : used) {
            Column c = d.column(name);
            if (c instanceof CategoricalColumn) {
                continue;
            }
            NumericColumn n = (NumericColumn) c;
            Set<Double> values = new HashSet<>();
            for (int r = 0; r < n.size(); r++) {
                double v = n.get(r);
                if (v != Math.rint(v) || (values.add(v) && values.size() > 10)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    String renderText(Map<String, Object> r) {
        StringBuilder sb = new StringBuilder();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list = (List<Map<String, Object>>) r.get("independencies");
        if (list.isEmpty()) {
            return "The graph implies no conditional independence between two observed variables.";
        }
        for (Map<String, Object> m : list) {
            @SuppressWarnings("unchecked")
            List<String> given = (List<String>) m.get("given");
            String s = m.get("x") + " _||_ " + m.get("y") + (given.isEmpty() ? "" : " | " + String.join(", ", given));
            if (m.containsKey("p_value")) {
                s = String.format(Locale.ROOT, "%-40s p = %.4g  adjusted p = %.4g%s", s, (Double) m.get("p_value"),
                        (Double) m.get("adjusted_p_value"), (Boolean) m.get("rejected") ? "  REJECTED" : "");
            }
            sb.append(s.stripTrailing()).append('\n');
        }
        if (r.containsKey("rejected")) {
            sb.append(r.get("rejected")).append(" of ").append(list.size()).append(" rejected (").append(r.get("test"))
                    .append(", ").append(r.get("correction")).append(", alpha ").append(r.get("alpha")).append(")\n");
        }
        return sb.toString().stripTrailing();
    }
}
