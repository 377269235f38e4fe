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

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * JMH results as one Markdown table, each benchmark beside its floor: the {@code floor*} benchmark
 * of the same class, mode and {@code @Param} values, measured in the same run. The ratio is the
 * benchmark's time per operation over the floor's (whatever units the two report), and the goal
 * column checks it (or the time itself) against the method's {@link Goal}.
 *
 * <p>Rows come grouped by class and parameter values in the order JMH ran them, the floor of each
 * group first. A benchmark without a floor shows "—"; one whose group holds several floors shows
 * them all and no ratio, since the pairing would be a guess.
 */
public final class SpeedTable {

    /** The method-name prefix that marks a floor benchmark. */
    public static final String FLOOR_PREFIX = "floor";

    private static final String NONE = "—";

    private final List<Row> rows;

    private SpeedTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /**
     * One line of the table.
     *
     * @param measurement the benchmark's result
     * @param floors the floors of its group (one for a paired benchmark; empty for a floor itself)
     * @param ratio its time over the floor's, when exactly one floor exists
     * @param goal its goal, when one is declared for these parameters
     */
    public record Row(Measurement measurement, List<Measurement> floors, OptionalDouble ratio, Optional<SpeedGoal> goal) {

        /** Copies the floors. */
        public Row {
            floors = List.copyOf(floors);
        }

        /** @return whether the goal is met; empty without a goal or without the ratio it needs */
        public Optional<Boolean> goalMet() {
            return goal.flatMap(g -> g.met(ratio, measurement.secondsPerOperation()));
        }
    }

    /**
     * @param results JMH results in run order
     * @param goals the declared goal of a result's method, if any (applied only where its
     *     {@code where} values match the result's parameters)
     * @return the table
     */
    public static SpeedTable of(List<Measurement> results, Function<Measurement, Optional<SpeedGoal>> goals) {
        Objects.requireNonNull(goals, "goals");
        Map<List<Object>, List<Measurement>> groups = new LinkedHashMap<>();
        for (Measurement m : results) {
            groups.computeIfAbsent(List.of(m.benchmarkClass(), m.mode(), m.sortedParams()), k -> new ArrayList<>()).add(m);
        }
        List<Row> rows = new ArrayList<>();
        for (List<Measurement> group : groups.values()) {
            List<Measurement> floors = group.stream().filter(Measurement::isFloor).toList();
            for (Measurement floor : floors) {
                rows.add(new Row(floor, List.of(), OptionalDouble.empty(), goalFor(floor, goals)));
            }
            for (Measurement m : group) {
                if (m.isFloor()) {
                    continue;
                }
                OptionalDouble ratio = floors.size() == 1
                        ? OptionalDouble.of(m.secondsPerOperation() / floors.get(0).secondsPerOperation())
                        : OptionalDouble.empty();
                rows.add(new Row(m, floors, ratio, goalFor(m, goals)));
            }
        }
        return new SpeedTable(rows);
    }

    private static Optional<SpeedGoal> goalFor(Measurement m, Function<Measurement, Optional<SpeedGoal>> goals) {
        return goals.apply(m).filter(g -> g.appliesTo(m.params()));
    }

    /** @return the rows, in table order */
    public List<Row> rows() {
        return rows;
    }

    /** @return the table in Markdown (a header, a separator and one line per row, each ending in a newline) */
    public String toMarkdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("| benchmark | params | score ± error | unit | floor | ratio | goal |\n");
        sb.append("|---|---|--:|---|---|--:|---|\n");
        for (Row row : rows) {
            Measurement m = row.measurement();
            sb.append("| `").append(m.simpleClassName()).append('.').append(m.method()).append("` | ")
                    .append(params(m)).append(" | ")
                    .append(scoreWithError(m)).append(" | ")
                    .append(m.unit()).append(" | ")
                    .append(floorCell(row)).append(" | ")
                    .append(row.ratio().isPresent() ? ratio(row.ratio().getAsDouble()) : NONE).append(" | ")
                    .append(goalCell(row)).append(" |\n");
        }
        return sb.toString();
    }

    private static String params(Measurement m) {
        if (m.params().isEmpty()) {
            return NONE;
        }
        return m.sortedParams().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String floorCell(Row row) {
        if (row.measurement().isFloor()) {
            return "(floor)";
        }
        if (row.floors().isEmpty()) {
            return NONE;
        }
        if (row.floors().size() > 1) {
            return "ambiguous: " + row.floors().stream().map(f -> "`" + f.method() + "`").collect(Collectors.joining(", "));
        }
        Measurement f = row.floors().get(0);
        return "`" + f.method() + "` " + significant(f.score()) + " " + f.unit();
    }

    private static String goalCell(Row row) {
        if (row.goal().isEmpty()) {
            return NONE;
        }
        String bound = row.goal().get().describe();
        Optional<Boolean> met = row.goalMet();
        if (met.isEmpty()) {
            return bound + " (no floor)";
        }
        return bound + (met.get() ? " ✓" : " ✗ missed");
    }

    /** Three significant digits; the error to the same decimal places (JMH's NaN error left out). */
    static String scoreWithError(Measurement m) {
        BigDecimal score = rounded(m.score());
        if (Double.isNaN(m.error()) || Double.isInfinite(m.error())) {
            return score.toPlainString();
        }
        BigDecimal error = new BigDecimal(m.error()).setScale(Math.max(score.scale(), 0), RoundingMode.HALF_EVEN);
        return score.toPlainString() + " ± " + error.toPlainString();
    }

    static String significant(double v) {
        return rounded(v).toPlainString();
    }

    private static BigDecimal rounded(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("score " + v + " is not finite");
        }
        BigDecimal r = new BigDecimal(v).round(new MathContext(3, RoundingMode.HALF_EVEN));
        // three digits shown: 1 as 1.00, 70 as 70.0; 12345 as 12300 rather than 1.23E+4
        int wanted = Math.max(0, 3 - (r.precision() - r.scale()));
        return r.setScale(wanted, RoundingMode.HALF_EVEN);
    }

    /** Ratios below 1 to two decimals, others to three significant digits. */
    static String ratio(double r) {
        BigDecimal value = r < 1 ? new BigDecimal(r).setScale(2, RoundingMode.HALF_EVEN) : rounded(r);
        return value.toPlainString() + "×";
    }
}
