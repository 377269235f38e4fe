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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.util.Version;

/**
 * Runs the JMH benchmarks (all, or those matching the regular expressions given) through the JMH
 * {@link Runner} and prints one Markdown {@link SpeedTable}: every benchmark with its floor, the
 * ratio and its {@link Goal}. With {@code --readme FILE} it also rewrites the file's performance
 * section, between {@code <!-- perf:begin -->} and {@code <!-- perf:end -->}.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.causal4j.bench.BenchmarkTable                    # all, short settings
 * java -cp benchmarks/target/benchmarks.jar io.github.causal4j.bench.BenchmarkTable -wi 3 -i 5 DSeparation
 * java -cp benchmarks/target/benchmarks.jar io.github.causal4j.bench.BenchmarkTable --annotated --readme README.md
 * </pre>
 *
 * <p>Any JMH option may be given ({@code -f}, {@code -wi}, {@code -i}, {@code -w}, {@code -r},
 * {@code -p name=v1,v2}, {@code -e}, ...). Unless {@code --annotated} is given, the settings the
 * command line leaves open are short ones ({@value #SHORT}) instead of each class's
 * annotations, so that the whole suite runs in minutes. JMH's progress goes to stderr, the table
 * to stdout.
 */
public final class BenchmarkTable {

    /** The settings used for what the command line leaves open, unless {@code --annotated}. */
    static final String SHORT = "-f 1 -wi 1 -w 1s -i 3 -r 1s";

    private BenchmarkTable() {
    }

    /**
     * @param args {@code [--readme FILE] [--annotated] [JMH options] [regex ...]}
     * @throws RunnerException if JMH fails
     * @throws IOException if the README cannot be read or written
     */
    public static void main(String[] args) throws RunnerException, IOException {
        Path readme = null;
        boolean annotated = false;
        List<String> jmhArgs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--readme":
                    if (i + 1 == args.length) {
                        usage("--readme needs a file");
                    }
                    readme = Path.of(args[++i]);
                    break;
                case "--annotated":
                    annotated = true;
                    break;
                case "-h":
                case "--help":
                    usage(null);
                    break;
                default:
                    jmhArgs.add(args[i]);
            }
        }
        if (readme != null && !Files.isRegularFile(readme)) {
            usage("no such file: " + readme);
        }
        CommandLineOptions given;
        try {
            given = new CommandLineOptions(jmhArgs.toArray(String[]::new));
        } catch (CommandLineOptionException e) {
            usage(e.getMessage());
            return;
        }
        Options options = options(given, annotated);
        Collection<RunResult> results = new Runner(options,
                OutputFormatFactory.createFormatInstance(System.err, given.verbosity().orElse(VerboseMode.NORMAL))).run();

        SpeedTable table = SpeedTable.of(measurements(results), BenchmarkTable::declaredGoal);
        String section = caption(options, annotated) + "\n\n" + table.toMarkdown();
        System.out.print(section);
        if (readme != null) {
            String before = Files.readString(readme, StandardCharsets.UTF_8);
            String after = ReadmeSection.PERFORMANCE.replace(before, section);
            Files.writeString(readme, after, StandardCharsets.UTF_8);
            System.err.println(readme + ": performance section " + (after.equals(before) ? "unchanged" : "rewritten"));
        }
    }

    private static void usage(String problem) {
        System.err.println("usage: BenchmarkTable [--readme FILE] [--annotated] [JMH options] [regex ...]");
        System.err.println("  short settings unless --annotated or given: " + SHORT);
        if (problem != null) {
            System.err.println("error: " + problem);
            System.exit(2);
        }
        System.exit(0);
    }

    /** The command line's options, with the short settings for what it leaves open. */
    static Options options(CommandLineOptions given, boolean annotated) {
        ChainedOptionsBuilder b = new OptionsBuilder().parent(given);
        if (!annotated) {
            if (!given.getForkCount().hasValue()) {
                b.forks(1);
            }
            if (!given.getWarmupIterations().hasValue()) {
                b.warmupIterations(1);
            }
            if (!given.getWarmupTime().hasValue()) {
                b.warmupTime(TimeValue.seconds(1));
            }
            if (!given.getMeasurementIterations().hasValue()) {
                b.measurementIterations(3);
            }
            if (!given.getMeasurementTime().hasValue()) {
                b.measurementTime(TimeValue.seconds(1));
            }
        }
        return b.build();
    }

    /** Results as plain values, in the order JMH ran them. */
    static List<Measurement> measurements(Collection<RunResult> results) {
        List<Measurement> out = new ArrayList<>();
        for (RunResult r : results) {
            BenchmarkParams p = r.getParams();
            String name = p.getBenchmark();
            int dot = name.lastIndexOf('.');
            Map<String, String> params = new LinkedHashMap<>();
            for (String key : p.getParamsKeys()) {
                params.put(key, p.getParam(key));
            }
            Result<?> primary = r.getPrimaryResult();
            out.add(new Measurement(name.substring(0, dot), name.substring(dot + 1), p.getMode().shortLabel(), params,
                    primary.getScore(), primary.getScoreError(), primary.getScoreUnit()));
        }
        return out;
    }

    private static final Map<String, Optional<SpeedGoal>> GOALS = new ConcurrentHashMap<>();

    /** The {@link Goal} on the benchmark method, found by name in its class. */
    static Optional<SpeedGoal> declaredGoal(Measurement m) {
        return GOALS.computeIfAbsent(m.benchmarkClass() + "#" + m.method(), k -> {
            try {
                Class<?> type = Class.forName(m.benchmarkClass());
                return Arrays.stream(type.getMethods()).filter(x -> x.getName().equals(m.method()))
                        .map(x -> x.getAnnotation(Goal.class)).filter(g -> g != null).findFirst().map(SpeedGoal::of);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("benchmark class " + m.benchmarkClass() + " is not on the class path", e);
            }
        });
    }

    private static String caption(Options o, boolean annotated) {
        String settings = annotated ? "each class's own JMH settings"
                : "forks " + o.getForkCount().get() + ", warm-up " + o.getWarmupIterations().get() + " × "
                        + o.getWarmupTime().get() + ", measurement " + o.getMeasurementIterations().get() + " × "
                        + o.getMeasurementTime().get();
        return "Generated by `BenchmarkTable` (JMH " + Version.getPlainVersion() + ", Java "
                + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
                + " CPUs; " + settings + "). Ratio: time per operation over the floor's, same run, same parameters.";
    }
}
