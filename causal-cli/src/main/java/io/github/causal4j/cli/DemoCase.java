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
import io.github.causal4j.data.CsvOptions;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.CausalAnalysis;
import io.github.causal4j.estimate.analysis.AnalysisResult;
import io.github.causal4j.graph.CausalGraph;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * One analysis of {@code causal demo}: a data set and a causal graph bundled in the jar (both under
 * {@code /datasets}, described in {@code datasets/README.md}), what the analysis asks, and how the
 * data are prepared before {@link CausalAnalysis#run()} sees them. The graph names the treatment
 * ({@code [exposure]}) and the outcome ({@code [outcome]}).
 *
 * @param name file stem of the case's report ({@code darfur} writes {@code darfur.html})
 * @param title the heading of the case
 * @param question what the analysis asks and what it shows, one sentence
 * @param graphResource the bundled dagitty graph
 * @param data loads and prepares the data
 * @param configure options of the analysis beyond data, graph, treatment and outcome
 * @param comparison what the case prints after the analysis, if anything (an external benchmark)
 */
record DemoCase(String name, String title, String question, String graphResource, DataSource data,
        UnaryOperator<CausalAnalysis> configure, Optional<Comparison> comparison) {

    DemoCase(String name, String title, String question, String graphResource, DataSource data) {
        this(name, title, question, graphResource, data, UnaryOperator.identity(), Optional.empty());
    }

    /** Estimates set next to the analysis, such as an experimental benchmark. */
    @FunctionalInterface
    interface Comparison {
        void print(AnalysisResult result, PrintWriter out);
    }

    /** Loads a case's data. */
    @FunctionalInterface
    interface DataSource {
        Dataset load();
    }

    /** @return the five analyses of the demo, in the order they run */
    static List<DemoCase> all() {
        return List.of(
                new DemoCase("darfur", "Darfur: back-door adjustment and sensitivity",
                        "Did being directly harmed in the Darfur violence make people more or less inclined to peace, and "
                                + "how strong would an unobserved confounder have to be to overturn the answer "
                                + "(Hazlett 2019; Cinelli & Hazlett 2020)?",
                        "/datasets/darfur.dagitty", () -> csv("/datasets/darfur.csv")),
                new DemoCase("lalonde", "Lalonde: weighting, doubly robust and matching estimators",
                        "What did the NSW job-training programme do to 1978 earnings, estimated from observational "
                                + "comparison units, next to the experimental benchmark (LaLonde 1986; Dehejia & Wahba 1999)?",
                        "/datasets/lalonde.dagitty", () -> csv("/datasets/lalonde_psid.csv").without(List.of("id")),
                        UnaryOperator.identity(), Optional.of(new ExperimentalBenchmark())),
                new DemoCase("cigarettes", "Cigarettes: instrumental variables with diagnostics",
                        "What is the price elasticity of cigarette demand across US states in 1995, with sales tax and "
                                + "cigarette-specific tax as instruments (Stock & Watson, Introduction to Econometrics, ch. 12)?",
                        "/datasets/cigarettes.dagitty", () -> csv("/datasets/cigarettes_1995.csv")),
                new DemoCase("proximal", "Proximal inference: an unmeasured confounder and two proxies",
                        "With the confounder U unmeasured, do a treatment-side proxy Z and an outcome-side proxy W recover "
                                + "the true effect 2.0 where naive regression cannot (Miao, Geng & Tchetgen Tchetgen 2018)?",
                        "/datasets/proximal.dagitty",
                        () -> csv("/datasets/proximal_linear.csv").without(List.of("id", "U"))),
                new DemoCase("lipid", "Not identified: bounds from an instrument (Balke-Pearl)",
                        "Cholestyramine assignment z, actual use x and cholesterol reduction y in the Lipid Research "
                                + "Clinics trial: the effect of use is not identified, so what do the data still say "
                                + "(Balke & Pearl 1997)?",
                        "/datasets/lipid.dagitty", DemoCase::lipidTrial));
    }

    /** @return the data, the graph, treatment and outcome from the graph's roles, and the options */
    CausalAnalysis analysis() {
        CausalGraph graph = CausalGraph.parse(BundledData.text(graphResource));
        CausalAnalysis analysis = CausalAnalysis.of(data.load(), graph)
                .treatment(only(graph.exposures(), "exposure"))
                .outcome(only(graph.outcomes(), "outcome"));
        return configure.apply(analysis);
    }

    private String only(java.util.Set<String> nodes, String role) {
        if (nodes.size() != 1) {
            throw new IllegalStateException("bundled graph " + graphResource + " must mark exactly one " + role
                    + ", it marks " + nodes);
        }
        return nodes.iterator().next();
    }

    private static Dataset csv(String resource) {
        return BundledData.dataset(resource, CsvOptions.defaults());
    }

    /** The Lipid Research Clinics table of Balke &amp; Pearl (1997), one row per participant (337). */
    private static Dataset lipidTrial() {
        Dataset tables = csv("/datasets/balke_pearl_tables.csv");
        CategoricalColumn table = tables.categorical("table");
        int[] rows = IntStream.range(0, tables.rowCount())
                .filter(i -> table.label(i).equals("lipid_research_clinics")).toArray();
        return tables.rows(rows).without(List.of("table")).expandCounts("count");
    }
}
