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
package io.github.causal4j.estimate.internal;

import io.github.causal4j.estimate.Coefficient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The coefficient table every fit carries (least squares, logistic, instrumental variables): the
 * rows in table order with Wald inference, their covariance, lookup by design-column name, and the
 * table's text and Markdown rendering. Each fit keeps its own wording around it (what a missing
 * name means, the report's head and tail).
 */
public final class CoefficientTable {

    private final List<Coefficient> rows;
    private final Map<String, Integer> position;
    /** k x k, row-major, in table order */
    private final double[] covariance;

    /**
     * @param rows the table
     * @param covariance their k x k covariance, row-major (kept, not copied)
     */
    public CoefficientTable(List<Coefficient> rows, double[] covariance) {
        this.rows = List.copyOf(rows);
        Map<String, Integer> pos = new HashMap<>();
        for (int a = 0; a < this.rows.size(); a++) {
            pos.putIfAbsent(this.rows.get(a).name(), a);
        }
        this.position = pos;
        this.covariance = covariance;
    }

    /**
     * Wald rows: {@code statistic = b / se}, two-sided p-value of t with {@code dof} degrees of
     * freedom (normal for infinite {@code dof}), limits {@code b -+ critical * se}, with
     * {@code se = sqrt} of the covariance's diagonal.
     *
     * @param names the estimated columns' names, in table order
     * @param estimates their coefficients
     * @param covariance their k x k covariance, row-major
     * @param critical the quantile of the intervals
     * @param dof degrees of freedom of the p-values ({@code Double.POSITIVE_INFINITY}: normal)
     * @return the rows
     */
    public static List<Coefficient> waldRows(List<String> names, double[] estimates, double[] covariance, double critical,
            double dof) {
        int k = estimates.length;
        List<Coefficient> table = new ArrayList<>(k);
        for (int a = 0; a < k; a++) {
            double b = estimates[a];
            double se = Math.sqrt(covariance[a * k + a]);
            double statistic = b / se;
            table.add(new Coefficient(names.get(a), b, se, statistic, Distributions.twoSidedP(statistic, dof),
                    b - critical * se, b + critical * se));
        }
        return table;
    }

    /** @return the rows, in table order */
    public List<Coefficient> rows() {
        return rows;
    }

    /** @return the number of rows k */
    public int size() {
        return rows.size();
    }

    /**
     * @param name a column name
     * @return whether the table has a row for it
     */
    public boolean contains(String name) {
        return position.containsKey(name);
    }

    /**
     * @param name a column name
     * @param missing the message for a name without a row
     * @return the index of its (first) row
     * @throws IllegalArgumentException with {@code missing}'s message if it has no row
     */
    public int indexOf(String name, Function<String, String> missing) {
        Integer a = position.get(Objects.requireNonNull(name, "name"));
        if (a == null) {
            throw new IllegalArgumentException(missing.apply(name));
        }
        return a;
    }

    /**
     * @param a a row index
     * @param b another
     * @return their covariance
     */
    public double covariance(int a, int b) {
        return covariance[a * rows.size() + b];
    }

    /** @return the covariance as a fresh k x k array */
    public double[][] covarianceMatrix() {
        return square(covariance, rows.size());
    }

    /**
     * @param flat a k x k row-major matrix
     * @param k its order
     * @return it as a fresh two-dimensional array
     */
    public static double[][] square(double[] flat, int k) {
        double[][] out = new double[k][k];
        for (int a = 0; a < k; a++) {
            System.arraycopy(flat, a * k, out[a], 0, k);
        }
        return out;
    }

    /** @return the longest row name */
    public int longestName() {
        int width = 0;
        for (Coefficient c : rows) {
            width = Math.max(width, c.name().length());
        }
        return width;
    }

    /**
     * One text line per row: the name left-aligned in {@code nameWidth}, then estimate, standard
     * error, statistic and p-value.
     *
     * @param text where to append
     * @param indent what starts each line
     * @param nameWidth the name column's width
     */
    public void appendText(StringBuilder text, String indent, int nameWidth) {
        for (Coefficient c : rows) {
            text.append(indent).append(String.format(Locale.ROOT, "%-" + nameWidth + "s %12s %12s %10s %10s%n", c.name(),
                    Formatting.number(c.estimate()), Formatting.number(c.stdError()), Formatting.number(c.statistic()),
                    Formatting.pValue(c.pValue())));
        }
    }

    /**
     * The Markdown table: header and one row per coefficient.
     *
     * @param md where to append
     * @param statistic the statistic column's heading ({@code t}, {@code z}, ...)
     * @param intervalHeading the interval column's heading, or {@code null} for no interval column
     */
    public void appendMarkdown(StringBuilder md, String statistic, String intervalHeading) {
        md.append("| term | estimate | std. error | ").append(statistic).append(" | p-value |");
        md.append(intervalHeading == null ? "\n|---|---:|---:|---:|---:|\n" : " " + intervalHeading + " |\n|---|---:|---:|---:|---:|---|\n");
        for (Coefficient c : rows) {
            md.append("| ").append(c.name()).append(" | ").append(Formatting.number(c.estimate())).append(" | ")
                    .append(Formatting.number(c.stdError())).append(" | ").append(Formatting.number(c.statistic()))
                    .append(" | ").append(Formatting.pValue(c.pValue())).append(" |");
            if (intervalHeading != null) {
                md.append(" [").append(Formatting.number(c.ciLower())).append(", ").append(Formatting.number(c.ciUpper()))
                        .append("] |");
            }
            md.append('\n');
        }
    }

    /**
     * Warnings after a report's tail: {@code "\nWarning: w"} in the text, a quoted line in Markdown.
     *
     * @param text the text report
     * @param md the Markdown report
     * @param warnings the warnings
     */
    public static void appendWarnings(StringBuilder text, StringBuilder md, List<String> warnings) {
        for (String w : warnings) {
            text.append("\nWarning: ").append(w);
            md.append("\n> Warning: ").append(w).append('\n');
        }
    }
}
