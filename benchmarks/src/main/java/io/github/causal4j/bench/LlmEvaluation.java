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
package io.github.causal4j.bench;

import io.github.causal4j.CausalException;
import io.github.causal4j.llm.BenchmarkNetwork;
import io.github.causal4j.llm.CauseEffectPair;
import io.github.causal4j.llm.GraphEvaluation;
import io.github.causal4j.llm.GraphScore;
import io.github.causal4j.llm.GraphSuggester;
import io.github.causal4j.llm.GraphSuggesters;
import io.github.causal4j.llm.PairScore;
import io.github.causal4j.llm.Persona;
import io.github.causal4j.llm.RecordingSuggester;
import io.github.causal4j.llm.SuggestionEvaluation;
import io.github.causal4j.llm.SuggestionProvenance;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Scores a graph-suggestion provider against the ground truth in {@code datasets/llm-eval}: each
 * network's edges (SHD, precision, recall, orientation accuracy) and the Tübingen cause–effect
 * pairs (accuracy, weighted accuracy, abstentions, sample failures, tokens). Not a JMH benchmark:
 * run it against a live endpoint you name, e.g.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.causal4j.bench.LlmEvaluation \
 *     --provider "openai-compat:http://localhost:11434/v1?model=qwen2.5:7b" --networks asia,sachs --pairs --samples 5
 * </pre>
 *
 * Options: {@code --provider SPEC} (required), {@code --datasets DIR} (default {@code datasets/llm-eval}),
 * {@code --networks a,b} (default all six; {@code none} for none), {@code --pairs} (the 102 scalar
 * pairs), {@code --all-pairs} (every pair with weight &gt; 0), {@code --limit N} (first N pairs),
 * {@code --samples N}, {@code --temperature T}, {@code --seed S}, {@code --min-confidence P},
 * {@code --personas}, {@code --record FILE} (record the answers; replay with {@code replay:FILE}).
 */
public final class LlmEvaluation {

    static final List<String> NETWORKS = List.of("cancer", "earthquake", "asia", "sachs", "child", "alarm");

    private LlmEvaluation() {
    }

    /**
     * @param args the options above
     */
    public static void main(String[] args) {
        try {
            run(args, System.out);
        } catch (IllegalArgumentException | CausalException | java.io.UncheckedIOException e) {
            System.err.println("LlmEvaluation: " + e.getMessage());
            System.exit(2);
        }
    }

    static void run(String[] args, PrintStream out) {
        String provider = null;
        Path dir = Path.of("datasets", "llm-eval");
        List<String> networks = NETWORKS;
        boolean pairs = false;
        boolean allPairs = false;
        int limit = Integer.MAX_VALUE;
        SuggestionEvaluationSettings s = new SuggestionEvaluationSettings();
        Path record = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--provider" -> provider = value(args, ++i, a);
                case "--datasets" -> dir = Path.of(value(args, ++i, a));
                case "--networks" -> {
                    String v = value(args, ++i, a);
                    networks = v.equals("none") ? List.of() : List.of(v.split(","));
                }
                case "--pairs" -> pairs = true;
                case "--all-pairs" -> {
                    pairs = true;
                    allPairs = true;
                }
                case "--limit" -> limit = Integer.parseInt(value(args, ++i, a));
                case "--samples" -> s.samples = Integer.parseInt(value(args, ++i, a));
                case "--temperature" -> s.temperature = Double.parseDouble(value(args, ++i, a));
                case "--seed" -> s.seed = Long.parseLong(value(args, ++i, a));
                case "--min-confidence" -> s.minConfidence = Double.parseDouble(value(args, ++i, a));
                case "--personas" -> s.personas = true;
                case "--record" -> record = Path.of(value(args, ++i, a));
                default -> throw new IllegalArgumentException("unknown option " + a + " (see the class javadoc)");
            }
        }
        if (provider == null) {
            throw new IllegalArgumentException("--provider SPEC is required, e.g. --provider "
                    + "\"openai-compat:http://localhost:11434/v1?model=qwen2.5:7b\"");
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no folder " + dir + "; give --datasets DIR (the repository's datasets/llm-eval)");
        }
        try (GraphSuggester opened = GraphSuggesters.open(provider);
                GraphSuggester suggester = record == null ? opened : RecordingSuggester.recording(opened, record)) {
            SuggestionEvaluation eval = SuggestionEvaluation.of(suggester).withSamples(s.samples).withTemperature(s.temperature)
                    .withSeed(s.seed).withMinConfidence(s.minConfidence)
                    .withPersonas(s.personas ? Persona.experts() : List.of());
            out.println("provider " + suggester.name() + ", " + s.samples + " samples, T = " + s.temperature + ", seed "
                    + s.seed + ", minimum confidence " + s.minConfidence);
            if (!networks.isEmpty()) {
                out.println();
                out.println(String.format(Locale.ROOT, "%-11s %5s %5s %5s %7s %9s %6s %6s %6s %6s %6s %8s %6s %7s",
                        "network", "nodes", "|T|", "|P|", "SHD", "SHD/|T|", "prec", "rec", "F1", "orient", "skelR",
                        "tokens", "fail", "seconds"));
                List<GraphEvaluation> all = new ArrayList<>();
                for (String name : networks) {
                    GraphEvaluation ev = eval.network(BenchmarkNetwork.read(dir, name.strip()));
                    all.add(ev);
                    GraphScore g = ev.score();
                    SuggestionProvenance p = ev.suggestion().provenance();
                    out.println(String.format(Locale.ROOT, "%-11s %5d %5d %5d %7d %9s %6s %6s %6s %6s %6s %8d %6d %7.1f",
                            ev.network(), ev.suggestion().request().variables().size(), g.truthEdges(), g.proposedEdges(),
                            g.shd(), f(g.normalizedShd()), f(g.precision()), f(g.recall()), f(g.f1()),
                            f(g.orientationAccuracy()), f(g.skeletonRecall()), p.tokens().total(), p.failedSamples(),
                            p.wallTime().toMillis() / 1000.0));
                }
            }
            if (pairs) {
                List<CauseEffectPair> list = SuggestionEvaluation.readPairs(dir.resolve("tuebingen_pairs.csv"), !allPairs);
                if (allPairs) {
                    list = list.stream().filter(p -> p.weight() > 0).toList();
                }
                list = list.subList(0, Math.min(limit, list.size()));
                PairScore ps = eval.pairs(list);
                out.println();
                out.println(String.format(Locale.ROOT, "%-10s %6s %8s %8s %9s %10s %9s %10s %9s", "pairs", "scored",
                        "answered", "accuracy", "weighted", "abstained", "failed", "fail-rate", "tokens"));
                out.println(String.format(Locale.ROOT, "%-10s %6d %8d %8s %9s %10s %9d %10s %9d", "tuebingen", ps.pairs(),
                        ps.answered(), f(ps.accuracy()), f(ps.weightedAccuracy()), f(ps.abstentionRate()), ps.failed(),
                        f(ps.sampleFailureRate()), ps.tokens().total()));
            }
        }
    }

    private static String f(OptionalDouble d) {
        return d.isPresent() ? String.format(Locale.ROOT, "%.3f", d.getAsDouble()) : "n/a";
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    /** Request settings read from the command line. */
    private static final class SuggestionEvaluationSettings {
        int samples = 5;
        double temperature = 0.7;
        long seed = 0;
        double minConfidence = 0.5;
        boolean personas;
    }
}
