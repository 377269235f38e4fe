package io.github.causal4j.cli;

import io.github.causal4j.data.CategoricalColumn;
import io.github.causal4j.data.Column;
import io.github.causal4j.data.CsvOptions;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.graph.NodeRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code causal demo}: the README's main job, run on data bundled in the jar. It loads the Darfur
 * survey of Cinelli &amp; Hazlett (2020), parses the bundled causal graph of that study and prints
 * the graph's d-separation facts that matter for estimating the effect of being directly harmed
 * on the pro-peace attitude.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the full analysis on the bundled Darfur data set.")
final class DemoCommand implements Callable<Integer> {

    static final String DARFUR_CSV = "/datasets/darfur.csv";
    static final String DARFUR_GRAPH = "/datasets/darfur.dagitty";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Dataset darfur = BundledData.dataset(DARFUR_CSV, CsvOptions.defaults());
        CausalGraph graph = CausalGraph.parse(BundledData.text(DARFUR_GRAPH));

        out.println("== Data: Darfur refugee survey (Hazlett 2019; Cinelli & Hazlett 2020)");
        out.println(darfur.rowCount() + " rows, " + darfur.columnCount() + " columns, sha256 " + darfur.sha256());
        for (Column c : darfur.columns()) {
            String detail = c instanceof CategoricalColumn k ? k.levels().size() + " levels" : "";
            out.printf("  %-22s %-11s %s%n", c.name(), c.type().name().toLowerCase(java.util.Locale.ROOT), detail);
        }

        out.println();
        out.println("== Graph");
        out.println(graph);
        String treatment = single(graph.exposures(), "exposure");
        String outcome = single(graph.outcomes(), "outcome");
        for (String node : graph.nodes()) {
            if (!graph.hasRole(node, NodeRole.LATENT) && !darfur.hasColumn(node)) {
                throw new IllegalStateException("graph node '" + node + "' is not a column of the data");
            }
        }

        out.println();
        out.println("== d-separation facts");
        List<String> covariates = new ArrayList<>(graph.parents(treatment));
        CausalGraph withoutEffect = graph.withoutEdge(treatment, outcome);
        out.printf("  %s _||_ %s | {} without the direct edge: %s%n", treatment, outcome,
                verdict(withoutEffect.isDSeparated(Set.of(treatment), Set.of(outcome), Set.of())));
        out.printf("  %s _||_ %s | %s without the direct edge: %s%n", treatment, outcome, covariates,
                verdict(withoutEffect.isDSeparated(Set.of(treatment), Set.of(outcome), covariates)));
        out.println("    (so the parents of the treatment block every back-door path)");
        List<String> roots = new ArrayList<>();
        for (String node : graph.nodes()) {
            if (graph.parents(node).isEmpty()) {
                roots.add(node);
            }
        }
        for (int i = 0; i < roots.size(); i++) {
            for (int j = i + 1; j < roots.size(); j++) {
                out.printf("  %s _||_ %s: %s%n", roots.get(i), roots.get(j),
                        verdict(graph.isDSeparated(Set.of(roots.get(i)), Set.of(roots.get(j)), Set.of())));
            }
        }
        out.println("  nodes d-connected to " + treatment + " given " + covariates + ": "
                + graph.dConnected(Set.of(treatment), covariates));
        return 0;
    }

    private static String verdict(boolean separated) {
        return separated ? "d-separated" : "d-connected";
    }

    private static String single(Set<String> nodes, String role) {
        if (nodes.size() != 1) {
            throw new IllegalStateException("the bundled graph must have exactly one " + role + ", it has " + nodes);
        }
        return nodes.iterator().next();
    }

    /** Data and graphs bundled in the jar under {@code /datasets}. */
    static final class BundledData {

        private BundledData() {
        }

        static Dataset dataset(String resource, CsvOptions options) {
            try (Reader reader = open(resource)) {
                return Dataset.readCsv(reader, options);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static String text(String resource) {
            try (Reader reader = open(resource)) {
                StringBuilder sb = new StringBuilder();
                char[] buffer = new char[4096];
                for (int n; (n = reader.read(buffer)) != -1; ) {
                    sb.append(buffer, 0, n);
                }
                return sb.toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Reader open(String resource) {
            InputStream in = DemoCommand.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException("bundled resource " + resource + " is missing from the jar");
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }
    }
}
