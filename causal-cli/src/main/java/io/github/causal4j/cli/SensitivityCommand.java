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
import io.github.causal4j.estimate.CovarianceType;
import io.github.causal4j.sensitivity.BenchmarkBound;
import io.github.causal4j.sensitivity.BiasDirection;
import io.github.causal4j.sensitivity.ContourQuantity;
import io.github.causal4j.sensitivity.OlsSensitivity;
import io.github.causal4j.sensitivity.SensitivityOptions;
import io.github.causal4j.sensitivity.SensitivityReport;
import io.github.causal4j.sensitivity.TableFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code causal sensitivity}: Cinelli-Hazlett omitted-variable-bias sensitivity of the OLS adjustment
 * estimate (sensemakr's numbers), with benchmark bounds, optional robust standard errors, the
 * minimal-reporting table and SVG plots.
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = "Omitted-variable-bias sensitivity of an OLS estimate (Cinelli & Hazlett 2020; sensemakr's numbers).")
final class SensitivityCommand extends JsonCommand {

    @Option(names = "--data", paramLabel = "F.csv", required = true, description = "CSV file with a header line.")
    Path data;

    @Option(names = "--treatment", paramLabel = "D", required = true, description = "Treatment column (numeric or 0/1).")
    String treatment;

    @Option(names = "--outcome", paramLabel = "Y", required = true, description = "Outcome column.")
    String outcome;

    @Option(names = "--covariates", paramLabel = "X1,X2", split = ",", description = "Adjustment covariates.")
    List<String> covariates;

    @Option(names = "--benchmark", paramLabel = "B1,B2", split = ",", description = "Benchmark covariates (each separately).")
    List<String> benchmark;

    @Option(names = "--group", description = "Benchmark the --benchmark covariates jointly, as one group.")
    boolean group;

    @Option(names = "--kd", paramLabel = "1,2,3", split = ",", description = "Multipliers with the treatment (default 1).")
    List<Double> kd;

    @Option(names = "--ky", paramLabel = "1,2,3", split = ",", description = "Multipliers with the outcome (default: kd).")
    List<Double> ky;

    @Option(names = "--q", paramLabel = "Q", description = "Problematic fraction of the estimate (default 1).")
    double q = 1.0;

    @Option(names = "--alpha", paramLabel = "A", description = "Significance level (default 0.05).")
    double alpha = 0.05;

    @Option(names = "--reduce", paramLabel = "true/false", arity = "1",
            description = "Bias toward zero (true, default) or away from zero (false).")
    boolean reduce = true;

    @Option(names = "--se", paramLabel = "TYPE", description = "Standard errors for the adjusted inference: classical (default), hc0, hc1, hc2, hc3.")
    String se = "classical";

    @Option(names = "--cluster", paramLabel = "C", split = ",", description = "Cluster-robust standard errors by these columns.")
    List<String> cluster;

    @Option(names = "--plot", paramLabel = "out.svg", description = "Write the contour plot (SVG).")
    Path plot;

    @Option(names = "--contour", paramLabel = "WHAT",
            description = "What the contour plot shows: estimate (default), t-value, lower, upper.")
    String contour = "estimate";

    @Option(names = "--extreme-plot", paramLabel = "out.svg", description = "Write the extreme-scenario plot (SVG).")
    Path extremePlot;

    @Option(names = "--table", paramLabel = "FORMAT", description = "Include the minimal-reporting table: markdown, html or latex.")
    String table;

    @Override
    Map<String, Object> compute() {
        if (!Files.isRegularFile(data)) {
            throw new UserInputException("data file not found: " + data);
        }
        Dataset dataset = Dataset.readCsv(data);
        OlsSensitivity s = OlsSensitivity.of(dataset, treatment, outcome, Lists.split(covariates))
                .withOptions(new SensitivityOptions(q, alpha, reduce ? BiasDirection.TOWARD_ZERO : BiasDirection.AWAY_FROM_ZERO));
        List<String> benchmarks = Lists.split(benchmark);
        if (group && benchmarks.isEmpty()) {
            throw new UserInputException("--group needs --benchmark");
        }
        if (group) {
            s = s.withGroupBenchmark(String.join("+", benchmarks), benchmarks);
        } else {
            s = s.withBenchmarks(benchmarks.toArray(String[]::new));
        }
        if (ky != null && kd == null) {
            throw new UserInputException("--ky needs --kd");
        }
        if (kd != null) {
            s = ky == null ? s.withMultipliers(toArray(kd)) : s.withMultipliers(toArray(kd), toArray(ky));
        }
        s = s.withCovariance(covariance(se));
        List<String> clusters = Lists.split(cluster);
        if (!clusters.isEmpty()) {
            s = s.clusteredBy(clusters.toArray(String[]::new));
        }
        SensitivityReport r = s.run();
        if (plot != null) {
            OutputFiles.write(plot, r.contourPlotSvg(quantity(contour)));
        }
        if (extremePlot != null) {
            OutputFiles.write(extremePlot, r.extremePlotSvg());
        }
        Map<String, Object> out = new LinkedHashMap<>(r.toJsonTree());
        if (table != null) {
            out.put("minimal_reporting", r.minimalReporting(format(table)));
        }
        out.put("summary", r.report().text());
        return out;
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static CovarianceType covariance(String s) {
        for (CovarianceType c : CovarianceType.values()) {
            if (c.label().equals(s.toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        throw new UserInputException("--se must be classical, hc0, hc1, hc2 or hc3, got '" + s + "'");
    }

    private static ContourQuantity quantity(String s) {
        switch (s.toLowerCase(Locale.ROOT)) {
            case "estimate":
                return ContourQuantity.ESTIMATE;
            case "t-value":
            case "t":
                return ContourQuantity.T_VALUE;
            case "lower":
                return ContourQuantity.LOWER_LIMIT;
            case "upper":
                return ContourQuantity.UPPER_LIMIT;
            default:
                throw new UserInputException("--contour must be estimate, t-value, lower or upper, got '" + s + "'");
        }
    }

    private static TableFormat format(String s) {
        switch (s.toLowerCase(Locale.ROOT)) {
            case "markdown":
            case "md":
                return TableFormat.MARKDOWN;
            case "html":
                return TableFormat.HTML;
            case "latex":
            case "tex":
                return TableFormat.LATEX;
            default:
                throw new UserInputException("--table must be markdown, html or latex, got '" + s + "'");
        }
    }

    @Override
    String renderText(Map<String, Object> r) {
        String text = (String) r.get("summary");
        if (r.containsKey("minimal_reporting")) {
            text += "\n" + r.get("minimal_reporting");
        }
        return text.stripTrailing();
    }
}
