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

import io.github.causal4j.data.Dataset;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The observed distribution of a binary instrument {@code z}, treatment {@code x} and outcome
 * {@code y}, as the eight cell weights {@code w(z, x, y)} of a count table (or as conditional
 * probabilities {@code P(x, y | z)}). It is what Balke &amp; Pearl's bounds consume.
 */
public final class BinaryIvTable {

    private static final double TOLERANCE = 1e-9;

    private final String instrument;
    private final String treatment;
    private final String outcome;
    /** Cell weights, index {@code 4z + 2x + y}. */
    private final double[] cells;
    private final boolean counts;

    private BinaryIvTable(String instrument, String treatment, String outcome, double[] cells, boolean counts) {
        this.instrument = instrument;
        this.treatment = treatment;
        this.outcome = outcome;
        this.cells = cells;
        this.counts = counts;
        for (int z = 0; z < 2; z++) {
            if (armTotal(z) <= 0) {
                throw new IllegalArgumentException("the table has no observations with " + instrument + "=" + z
                        + ": P(" + treatment + ", " + outcome + " | " + instrument + "=" + z + ") is undefined");
            }
        }
    }

    /**
     * Counts the rows of the data (or sums a weight column of counts) by instrument, treatment and
     * outcome.
     *
     * @param data the data: one row per unit, or one row per cell with {@link BoundsVariables#weight()}
     * @param variables treatment, outcome, instrument (required) and weight
     * @return the table
     * @throws IllegalArgumentException if a variable is not binary (naming the row) or an instrument arm is empty
     */
    public static BinaryIvTable fromData(Dataset data, BoundsVariables variables) {
        String z = variables.requireInstrument("Balke-Pearl");
        BoundsData.requireRows(data);
        double[] zs = BoundsData.binary(data, z, "instrument");
        double[] xs = BoundsData.binary(data, variables.treatment(), "treatment");
        double[] ys = BoundsData.binary(data, variables.outcome(), "outcome");
        double[] w = BoundsData.weights(data, variables.weight());
        double[] cells = new double[8];
        boolean whole = true;
        for (int i = 0; i < w.length; i++) {
            cells[(int) (4 * zs[i] + 2 * xs[i] + ys[i])] += w[i];
            whole &= w[i] == Math.rint(w[i]);
        }
        return new BinaryIvTable(z, variables.treatment(), variables.outcome(), cells, whole);
    }

    /**
     * @param countsZxy the eight counts in the order (z, x, y) = 000, 001, 010, 011, 100, 101, 110, 111
     * @return the table, with variables named {@code z}, {@code x}, {@code y}
     */
    public static BinaryIvTable ofCounts(double... countsZxy) {
        double[] c = checkEight(countsZxy, "counts");
        boolean whole = Arrays.stream(c).allMatch(v -> v == Math.rint(v));
        return new BinaryIvTable("z", "x", "y", c, whole);
    }

    /**
     * @param probabilitiesZxy {@code P(x, y | z)} in the order (z, x, y) = 000, ..., 111; each block of four
     *     (one value of z) must sum to 1
     * @return the table (without a sample size, so without confidence intervals)
     * @throws IllegalArgumentException if a block is not a probability distribution
     */
    public static BinaryIvTable ofProbabilities(double... probabilitiesZxy) {
        double[] p = checkEight(probabilitiesZxy, "probabilities");
        for (int z = 0; z < 2; z++) {
            double s = p[4 * z] + p[4 * z + 1] + p[4 * z + 2] + p[4 * z + 3];
            if (Math.abs(s - 1) > TOLERANCE) {
                throw new IllegalArgumentException("P(x, y | z=" + z + ") sums to " + BoundsFormat.number(s) + ", not 1: not a probability "
                        + "distribution");
            }
            for (int k = 0; k < 4; k++) {
                // Probabilities computed by summing can exceed 1 by a rounding error; that is not bad input.
                if (p[4 * z + k] > 1 && p[4 * z + k] <= 1 + TOLERANCE) {
                    p[4 * z + k] = 1;
                }
                if (p[4 * z + k] > 1) {
                    throw new IllegalArgumentException("P(x=" + (k >> 1) + ", y=" + (k & 1) + " | z=" + z + ") = "
                            + p[4 * z + k] + " exceeds 1: not a probability");
                }
            }
        }
        return new BinaryIvTable("z", "x", "y", p, false);
    }

    private static double[] checkEight(double[] values, String what) {
        Objects.requireNonNull(values, what);
        if (values.length != 8) {
            throw new IllegalArgumentException("a binary instrument table has 8 cells (z, x, y), got " + values.length
                    + " " + what);
        }
        for (int i = 0; i < 8; i++) {
            if (!(values[i] >= 0) || !Double.isFinite(values[i])) {
                throw new IllegalArgumentException(what + " must be finite and non-negative, but cell (z, x, y) = ("
                        + (i >> 2) + ", " + ((i >> 1) & 1) + ", " + (i & 1) + ") is " + values[i]);
            }
        }
        return values.clone();
    }

    /** @return the instrument's name */
    public String instrument() {
        return instrument;
    }

    /** @return the treatment's name */
    public String treatment() {
        return treatment;
    }

    /** @return the outcome's name */
    public String outcome() {
        return outcome;
    }

    /**
     * @param x treatment value
     * @param y outcome value
     * @param z instrument value
     * @return {@code P(X=x, Y=y | Z=z)}
     */
    public double probability(int x, int y, int z) {
        return cells[4 * z + 2 * x + y] / armTotal(z);
    }

    /**
     * @param z instrument value
     * @param x treatment value
     * @param y outcome value
     * @return the cell's weight (count, or probability for a table of probabilities)
     */
    public double weight(int z, int x, int y) {
        return cells[4 * z + 2 * x + y];
    }

    /** @return the number of observations, when the table holds whole-number counts */
    public OptionalLong sampleSize() {
        return counts ? OptionalLong.of(Math.round(Arrays.stream(cells).sum())) : OptionalLong.empty();
    }

    double[] cells() {
        return cells.clone();
    }

    private double armTotal(int z) {
        return cells[4 * z] + cells[4 * z + 1] + cells[4 * z + 2] + cells[4 * z + 3];
    }

    /**
     * Pearl's (1995) instrumental inequality {@code max_x sum_y max_z P(x, y | z) <= 1}, which every
     * distribution generated by {@code z -> x -> y} with {@code x <-> y} satisfies.
     *
     * @return {@code sum_y max_z P(x, y | z)} for x = 0 and x = 1
     */
    public double[] instrumentalInequalitySums() {
        double[] s = new double[2];
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                s[x] += Math.max(probability(x, y, 0), probability(x, y, 1));
            }
        }
        return s;
    }

    /** @return a message naming the violated instrumental inequality, or empty when it holds */
    public Optional<String> instrumentalInequalityViolation() {
        double[] s = instrumentalInequalitySums();
        for (int x = 0; x < 2; x++) {
            if (s[x] > 1 + TOLERANCE) {
                StringBuilder terms = new StringBuilder();
                for (int y = 0; y < 2; y++) {
                    int zMax = probability(x, y, 1) > probability(x, y, 0) ? 1 : 0;
                    terms.append(y == 0 ? "" : " + ").append("P(").append(treatment).append('=').append(x).append(", ")
                            .append(outcome).append('=').append(y).append(" | ").append(instrument).append('=')
                            .append(zMax).append(") = ").append(BoundsFormat.number(probability(x, y, zMax)));
                }
                return Optional.of("Pearl's instrumental inequality sum_y max_z P(" + treatment + "=" + x + ", y | z) <= 1"
                        + " is violated for " + treatment + "=" + x + ": " + terms + ", total "
                        + BoundsFormat.number(s[x]) + " > 1; no model in which " + instrument + " is a valid instrument ("
                        + instrument + " -> " + treatment + " -> " + outcome + ", " + treatment + " <-> " + outcome
                        + ") produces this table, so it is not bounded");
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BinaryIvTable other && Arrays.equals(other.cells, cells) && other.counts == counts
                && other.instrument.equals(instrument) && other.treatment.equals(treatment)
                && other.outcome.equals(outcome);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(cells), instrument, treatment, outcome);
    }

    @Override
    public String toString() {
        return "BinaryIvTable[" + instrument + " -> " + treatment + " -> " + outcome + ", cells (z,x,y) "
                + Arrays.toString(cells) + "]";
    }
}
