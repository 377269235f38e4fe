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
package io.github.causal4j.bounds;

import io.github.causal4j.data.Column;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.data.NumericColumn;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the columns a bounds method uses, with errors that name the column and the 1-based row
 * at fault: missing values, non-binary values where binary ones are required, outcomes outside
 * the stated range, negative weights.
 */
final class BoundsData {

    private BoundsData() {
    }

    /** A numeric column without missing values. */
    static double[] numeric(Dataset data, String column, String role) {
        Column c = data.column(column);
        if (!(c instanceof NumericColumn n)) {
            throw new IllegalArgumentException(role + " '" + column + "' must be numeric, but it is "
                    + c.type().name().toLowerCase(Locale.ROOT));
        }
        data.requireComplete(List.of(column));
        return n.toArray();
    }

    /** A column whose values are all 0 or 1. */
    static double[] binary(Dataset data, String column, String role) {
        double[] v = numeric(data, column, role);
        // Arithmetic scan: on 0/1 values in random order a comparison mispredicts about half the time (and
        // the JIT does not reliably turn comparisons into branch-free code), which made this check cost more
        // than the bounds. |x (x - 1)| is 0 exactly when x is 0 or 1 (or -0), and positive otherwise (NaN and
        // infinities make the sum NaN or infinite); a sum of non-negative terms cannot cancel to 0. Only a
        // failed scan looks for the row.
        double offBinary = 0;
        for (double x : v) {
            offBinary += Math.abs(x * (x - 1));
        }
        if (offBinary != 0) {
            for (int i = 0; i < v.length; i++) {
                if (v[i] != 0 && v[i] != 1) {
                    throw new IllegalArgumentException(role + " '" + column + "' must be binary (0/1), but row " + (i + 1)
                            + " has " + BoundsFormat.number(v[i]));
                }
            }
        }
        return v;
    }

    /** A column whose values are non-negative integers {@code 0..k-1}, for discrete models. */
    static int[] discrete(Dataset data, String column, String role) {
        double[] v = numeric(data, column, role);
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            if (v[i] < 0 || v[i] != Math.rint(v[i]) || v[i] > 1000) {
                throw new IllegalArgumentException(role + " '" + column + "' must be coded 0, 1, ..., k-1, but row "
                        + (i + 1) + " has " + BoundsFormat.number(v[i]));
            }
            out[i] = (int) v[i];
        }
        return out;
    }

    /** An outcome column whose values all lie in the stated range. */
    static double[] bounded(Dataset data, String column, OutcomeRange range) {
        double[] v = numeric(data, column, "outcome");
        for (int i = 0; i < v.length; i++) {
            if (v[i] < range.lower() || v[i] > range.upper()) {
                throw new IllegalArgumentException("outcome '" + column + "' value " + BoundsFormat.number(v[i])
                        + " at row " + (i + 1) + " lies outside the stated outcome range " + range);
            }
        }
        return v;
    }

    /** The weight column (non-negative, finite, not all zero), or all ones when there is none. */
    static double[] weights(Dataset data, Optional<String> weight) {
        if (weight.isEmpty()) {
            double[] ones = new double[data.rowCount()];
            java.util.Arrays.fill(ones, 1.0);
            return ones;
        }
        String column = weight.get();
        double[] w = numeric(data, column, "weight");
        double total = 0;
        for (int i = 0; i < w.length; i++) {
            if (w[i] < 0) {
                throw new IllegalArgumentException("weight '" + column + "' must be non-negative, but row " + (i + 1)
                        + " has " + BoundsFormat.number(w[i]));
            }
            total += w[i];
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("weight '" + column + "' sums to 0: there are no observations");
        }
        return w;
    }

    static double sum(double[] w) {
        double s = 0;
        for (double x : w) {
            s += x;
        }
        return s;
    }

    /** The sum of frequency weights as a count (rounded; a fractional total is rounded too). */
    static long count(double[] w) {
        return Math.round(sum(w));
    }

    static void requireRows(Dataset data) {
        if (data.rowCount() == 0) {
            throw new IllegalArgumentException("the data have no rows");
        }
    }
}
