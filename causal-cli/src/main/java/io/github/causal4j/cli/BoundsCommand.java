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

import io.github.causal4j.bounds.BalkePearlBounds;
import io.github.causal4j.bounds.Bounds;
import io.github.causal4j.bounds.BoundsInference;
import io.github.causal4j.bounds.BoundsMethod;
import io.github.causal4j.bounds.BoundsVariables;
import io.github.causal4j.bounds.Direction;
import io.github.causal4j.bounds.InferenceOptions;
import io.github.causal4j.bounds.LeeBounds;
import io.github.causal4j.bounds.LinearProgramBounds;
import io.github.causal4j.bounds.ManskiBounds;
import io.github.causal4j.bounds.MivBounds;
import io.github.causal4j.bounds.OutcomeRange;
import io.github.causal4j.bounds.TianPearlBounds;
import io.github.causal4j.data.CategoricalColumn;
import io.github.causal4j.data.CsvOptions;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.data.MissingValues;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code causal bounds}: partial-identification bounds on a causal effect (DESIGN.md's contract). */
@Command(name = "bounds", mixinStandardHelpOptions = true,
        description = {"Bounds on a causal effect that the data do not point-identify.",
            "  manski|mtr|mts|mtr-mts  --data F --treatment D --outcome Y --outcome-range a,b [--direction decreasing]",
            "  miv                     ... --outcome-range a,b --instrument V [--with-mtr] [--bias-correction]",
            "  balke-pearl             --data F --instrument Z --treatment X --outcome Y [--weight COUNT] [--table NAME]",
            "  lp                      --data F --graph G --treatment X --outcome Y [--weight COUNT] [--table NAME]",
            "  lee                     --data F --treatment D --outcome Y --selection S",
            "  pns                     --data EXPERIMENT --treatment X --outcome Y [--observational F] [--quantity pn]"})
final class BoundsCommand extends JsonCommand {

    @Option(names = "--method", required = true, paramLabel = "M",
            description = "manski, mtr, mts, mtr-mts, miv, balke-pearl, lp, lee or pns.")
    String method;

    @Option(names = "--data", required = true, paramLabel = "F.csv", description = "The data (for pns: the experiment).")
    Path data;

    @Option(names = "--treatment", required = true, paramLabel = "D", description = "Treatment column (0/1).")
    String treatment;

    @Option(names = "--outcome", required = true, paramLabel = "Y", description = "Outcome column.")
    String outcome;

    @Option(names = "--outcome-range", paramLabel = "a,b", description = "Interval known to contain every outcome.")
    String outcomeRange;

    @Option(names = "--direction", paramLabel = "increasing|decreasing", defaultValue = "increasing",
            description = "Direction of MTR/MTS/MIV (default: ${DEFAULT-VALUE}).")
    String direction;

    @Option(names = "--instrument", paramLabel = "Z", description = "Instrument (balke-pearl, miv).")
    String instrument;

    @Option(names = "--with-mtr", description = "miv: also assume monotone treatment response (in --direction).")
    boolean withMtr;

    @Option(names = "--bias-correction", description = "miv: Kreider-Pepper (2007) bootstrap bias correction.")
    boolean biasCorrection;

    @Option(names = "--selection", paramLabel = "S", description = "lee: 1 when the outcome is observed.")
    String selection;

    @Option(names = "--graph", paramLabel = "G", description = "lp: dagitty text or a .dagitty/.dot file.")
    String graph;

    @Option(names = "--weight", paramLabel = "COUNT", description = "Column of counts (one row per cell).")
    String weight;

    @Option(names = "--table", paramLabel = "NAME", description = "Use only the rows whose --table-column is NAME.")
    String table;

    @Option(names = "--table-column", paramLabel = "COL", defaultValue = "table",
            description = "Column naming the table of each row (default: ${DEFAULT-VALUE}).")
    String tableColumn;

    @Option(names = "--observational", paramLabel = "F.csv", description = "pns: observational data, same columns.")
    Path observational;

    @Option(names = "--quantity", paramLabel = "pns|pn|ps", defaultValue = "pns",
            description = "pns: which probability of causation (default: ${DEFAULT-VALUE}).")
    String quantity;

    @Option(names = "--level", paramLabel = "L", defaultValue = "0.95", description = "Confidence level.")
    double level;

    @Option(names = "--se", paramLabel = "auto|bootstrap|none", defaultValue = "auto",
            description = "Standard errors: analytic where available (auto), bootstrap, or none.")
    String se;

    @Option(names = "--bootstrap", paramLabel = "B", defaultValue = "999", description = "Bootstrap replications.")
    int replications;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "20240601", description = "Bootstrap seed.")
    long seed;

    /** The human-readable report of the last result (the JSON carries the numbers only). */
    private String reportText = "";

    @Override
    Map<String, Object> compute() {
        Dataset d = read(data);
        BoundsVariables vars = BoundsVariables.of(treatment, outcome);
        if (weight != null) {
            vars = vars.withWeight(weight);
        }
        if (instrument != null) {
            vars = vars.withInstrument(instrument);
        }
        if (selection != null) {
            vars = vars.withSelection(selection);
        }
        BoundsMethod m = method().withInference(inferenceOptions());
        Map<String, Object> out;
        if (m instanceof TianPearlBounds tp) {
            TianPearlBounds.CausationBounds all = tp.all(d, vars);
            Bounds main = tp.compute(d, vars);
            out = json(main);
            all.pn().ifPresent(b -> out.put("pn", json(b)));
            all.ps().ifPresent(b -> out.put("ps", json(b)));
            if (!quantity.equalsIgnoreCase("pns")) {
                out.put("pns", json(all.pns()));
            }
            reportText = main.report().text();
        } else {
            Bounds b = m.compute(d, vars);
            out = json(b);
            reportText = b.report().text();
        }
        return out;
    }

    private BoundsMethod method() {
        String name = method.toLowerCase(Locale.ROOT);
        return switch (name) {
            case "manski", "mtr", "mts", "mtr-mts" -> {
                ManskiBounds mb = ManskiBounds.noAssumptions(range());
                if (name.equals("mtr") || name.equals("mtr-mts")) {
                    mb = mb.withMtr(direction());
                }
                if (name.equals("mts") || name.equals("mtr-mts")) {
                    mb = mb.withMts(direction());
                }
                yield mb;
            }
            case "miv" -> {
                require(instrument, "--instrument", name);
                MivBounds miv = MivBounds.of(range()).withDirection(direction());
                if (withMtr) {
                    miv = miv.withMtr(direction());
                }
                yield biasCorrection ? miv.withBiasCorrection() : miv;
            }
            case "balke-pearl" -> {
                require(instrument, "--instrument", name);
                yield BalkePearlBounds.create();
            }
            case "lp" -> {
                require(graph, "--graph", name);
                yield LinearProgramBounds.of(GraphSource.load(graph));
            }
            case "lee" -> {
                require(selection, "--selection", name);
                yield LeeBounds.create();
            }
            case "pns" -> {
                TianPearlBounds tp = TianPearlBounds.create().withQuantity(quantity());
                yield observational == null ? tp : tp.withObservational(read(observational));
            }
            default -> throw new UserInputException("unknown --method '" + method
                    + "'; use manski, mtr, mts, mtr-mts, miv, balke-pearl, lp, lee or pns");
        };
    }

    private Dataset read(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new UserInputException("data file not found: " + path);
        }
        // missing values are kept so that each method can name the row (Lee's files leave y empty where s = 0)
        Dataset all = Dataset.readCsv(path, CsvOptions.defaults().withMissing(MissingValues.KEEP));
        if (table == null) {
            return all;
        }
        if (!all.hasColumn(tableColumn)) {
            throw new UserInputException("--table needs a column '" + tableColumn + "' naming each row's table; the "
                    + "columns are " + all.columnNames());
        }
        CategoricalColumn names = all.categorical(tableColumn);
        int[] rows = IntStream.range(0, all.rowCount()).filter(i -> table.equals(names.label(i))).toArray();
        if (rows.length == 0) {
            throw new UserInputException("no rows with " + tableColumn + " = '" + table + "'; the tables are "
                    + names.levels());
        }
        return all.rows(rows).without(List.of(tableColumn));
    }

    private OutcomeRange range() {
        if (outcomeRange == null) {
            throw new UserInputException("--method " + method + " needs --outcome-range a,b");
        }
        String[] parts = outcomeRange.split(",");
        if (parts.length != 2) {
            throw new UserInputException("--outcome-range must be two numbers a,b, got '" + outcomeRange + "'");
        }
        try {
            return OutcomeRange.of(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()));
        } catch (NumberFormatException e) {
            throw new UserInputException("--outcome-range must be two numbers a,b, got '" + outcomeRange + "'");
        }
    }

    private Direction direction() {
        return switch (direction.toLowerCase(Locale.ROOT)) {
            case "increasing" -> Direction.INCREASING;
            case "decreasing" -> Direction.DECREASING;
            default -> throw new UserInputException("--direction must be increasing or decreasing, got '" + direction + "'");
        };
    }

    private TianPearlBounds.Quantity quantity() {
        try {
            return TianPearlBounds.Quantity.valueOf(quantity.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--quantity must be pns, pn or ps, got '" + quantity + "'");
        }
    }

    private InferenceOptions inferenceOptions() {
        InferenceOptions.Mode mode = switch (se.toLowerCase(Locale.ROOT)) {
            case "auto" -> InferenceOptions.Mode.AUTOMATIC;
            case "bootstrap" -> InferenceOptions.Mode.BOOTSTRAP;
            case "none" -> InferenceOptions.Mode.NONE;
            default -> throw new UserInputException("--se must be auto, bootstrap or none, got '" + se + "'");
        };
        return InferenceOptions.defaults().withLevel(level).withMode(mode).withReplications(replications).withSeed(seed);
    }

    private static void require(String value, String option, String method) {
        if (value == null) {
            throw new UserInputException("--method " + method + " needs " + option);
        }
    }

    private static Map<String, Object> json(Bounds b) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("method", b.method());
        out.put("estimand", b.estimand().description());
        out.put("lower", b.lower());
        out.put("upper", b.upper());
        out.put("width", b.width());
        out.put("assumptions", b.assumptions().stream().map(a -> a.statement()).toList());
        out.put("assumption_kinds", b.assumptions().stream().map(a -> a.kind().name().toLowerCase(Locale.ROOT)).toList());
        out.put("n", b.n());
        b.inference().ifPresent(i -> {
            out.put("ci_level", i.level());
            out.put("ci_lower", i.ciLower());
            out.put("ci_upper", i.ciUpper());
            out.put("set_ci_lower", i.setCiLower());
            out.put("set_ci_upper", i.setCiUpper());
            out.put("lower_std_error", i.lowerStdError());
            out.put("upper_std_error", i.upperStdError());
            out.put("critical_value", i.criticalValue());
            out.put("inference", i.kind() == BoundsInference.Kind.ANALYTIC ? "analytic" : "bootstrap");
            if (i.kind() == BoundsInference.Kind.BOOTSTRAP) {
                out.put("replications", i.replications());
                out.put("seed", i.seed().getAsLong());
            }
        });
        out.put("diagnostics", b.diagnostics());
        out.put("warnings", b.warnings());
        return out;
    }

    @Override
    String renderText(Map<String, Object> result) {
        StringBuilder sb = new StringBuilder(reportText);
        for (String extra : new String[] {"pns", "pn", "ps"}) {
            if (result.get(extra) instanceof Map<?, ?> m) {
                sb.append('\n').append(extra.toUpperCase(Locale.ROOT)).append(": [").append(m.get("lower")).append(", ")
                        .append(m.get("upper")).append(']');
            }
        }
        return sb.toString();
    }
}
