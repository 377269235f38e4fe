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
package io.github.causal4j.bounds.internal;

import io.github.causal4j.CausalException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;

/**
 * A linear program in standard equality form, {@code optimise c'q subject to A q = b, q >= 0},
 * solved with Commons Math's two-phase simplex method under Bland's pivot rule (the bounds programs
 * are highly degenerate, and Bland's rule cannot cycle) after a presolve, and <b>certified</b>: an
 * optimum is returned only with a {@link DualCertificate} (a dual-feasible {@code y} with
 * {@code b'y = c'q}, checked on the program as posed). If the certificate fails, the program is
 * solved again along other simplex paths (the columns in reverse order, then Dantzig's rule); if no
 * path yields a certified optimum, a {@link CausalException} reports the numbers. Not API: the
 * bounds package uses it and keeps Commons Math types out of its signatures.
 */
public final class LinearProgram {

    /** How an optimisation ended. */
    public enum Status {
        /** An optimum was found (and certified). */
        OPTIMAL,
        /** No {@code q >= 0} satisfies the equalities. */
        INFEASIBLE,
        /** The objective is unbounded (impossible for bounds over a probability simplex). */
        UNBOUNDED
    }

    /**
     * The outcome of one optimisation.
     *
     * @param status how it ended
     * @param value the optimal objective value (NaN unless optimal)
     * @param point an optimal {@code q} (empty unless optimal)
     * @param certificate the optimality certificate (null unless optimal; it always holds)
     */
    public record Result(Status status, double value, double[] point, DualCertificate certificate) {
    }

    /** The solvers tried in turn: Bland's rule, Bland's rule on the reversed columns, Dantzig's rule. */
    private static final List<PrimalSolver> SOLVERS = List.of(new CommonsSimplex(PivotSelectionRule.BLAND, false),
            new CommonsSimplex(PivotSelectionRule.BLAND, true), new CommonsSimplex(PivotSelectionRule.DANTZIG, false));

    private final int variables;
    private final List<PrimalSolver> solvers;
    private final List<double[]> rows = new ArrayList<>();
    private final List<Double> rhs = new ArrayList<>();

    /** @param variables the number of non-negative variables */
    public LinearProgram(int variables) {
        this(variables, SOLVERS);
    }

    /** A program solved by the given solvers, in turn (tests pass faulty ones). */
    LinearProgram(int variables, List<PrimalSolver> solvers) {
        if (variables < 1) {
            throw new IllegalArgumentException("a linear program needs at least one variable");
        }
        this.variables = variables;
        this.solvers = List.copyOf(solvers);
    }

    /**
     * Adds the equality {@code row . q = value}.
     *
     * @param row coefficients, one per variable (not copied)
     * @param value the right-hand side
     */
    public void addEquality(double[] row, double value) {
        Objects.requireNonNull(row, "row");
        if (row.length != variables) {
            throw new IllegalArgumentException("row has " + row.length + " coefficients for " + variables + " variables");
        }
        rows.add(row);
        rhs.add(value);
    }

    /** @return the number of equality constraints */
    public int constraintCount() {
        return rows.size();
    }

    int variableCount() {
        return variables;
    }

    double[] row(int i) {
        return rows.get(i);
    }

    double rhs(int i) {
        return rhs.get(i);
    }

    /**
     * @param objective coefficients {@code c}
     * @param maximize whether to maximise (else minimise)
     * @return the result; an optimum always carries a certificate that holds
     * @throws CausalException if no solver's optimum can be certified
     */
    public Result optimize(double[] objective, boolean maximize) {
        requireLength(objective);
        Presolved p = presolve();
        if (p == null) {
            return new Result(Status.INFEASIBLE, Double.NaN, new double[0], null);
        }
        int[] columns = distinctColumns(p, objective, maximize);
        double[] c = new double[columns.length];
        double[][] reducedRows = new double[p.rows.length][columns.length];
        for (int j = 0; j < c.length; j++) {
            c[j] = objective[p.columns[columns[j]]];
            for (int i = 0; i < p.rows.length; i++) {
                reducedRows[i][j] = p.rows[i][columns[j]];
            }
        }
        List<String> failures = new ArrayList<>();
        for (PrimalSolver solver : solvers) {
            double[] point = new double[variables];
            double value = 0;
            if (columns.length > 0) {
                PrimalSolver.Solution s;
                try {
                    s = solver.solve(c, reducedRows, p.rhs, maximize);
                } catch (IllegalStateException e) {
                    failures.add(solver + ": " + e.getMessage());
                    continue;
                }
                if (s.status() != Status.OPTIMAL) {
                    return new Result(s.status(), Double.NaN, new double[0], null);
                }
                for (int j = 0; j < columns.length; j++) {
                    point[p.columns[columns[j]]] = s.point()[j];
                }
                value = s.value();
            }
            DualCertificate certificate = DualCertificate.of(this, p, objective, maximize, point, value);
            if (certificate.holds()) {
                return new Result(Status.OPTIMAL, value, point, certificate);
            }
            failures.add(solver + ": " + certificate);
        }
        throw new CausalException("the bounds linear program (" + rows.size() + " equalities, " + variables
                + " variables, " + (maximize ? "maximum" : "minimum") + ") has no certified optimum: every simplex "
                + "path failed its duality check [" + String.join("; ", failures) + "]");
    }

    /**
     * The certificate of a candidate optimum (for example one computed elsewhere).
     *
     * @param objective coefficients {@code c}
     * @param maximize the direction
     * @param point the candidate {@code q}
     * @param reportedValue the optimum claimed for it
     * @return the certificate; {@link DualCertificate#holds()} says whether {@code point} is optimal
     */
    public DualCertificate certify(double[] objective, boolean maximize, double[] point, double reportedValue) {
        requireLength(objective);
        requireLength(point);
        Presolved p = presolve();
        if (p == null) {
            return new DualCertificate(Double.NaN, reportedValue, Double.NaN, Double.POSITIVE_INFINITY,
                    Double.POSITIVE_INFINITY, new double[0]);
        }
        return DualCertificate.of(this, p, objective, maximize, point, reportedValue);
    }

    private void requireLength(double[] v) {
        if (Objects.requireNonNull(v, "vector").length != variables) {
            throw new IllegalArgumentException("vector has " + v.length + " entries for " + variables + " variables");
        }
    }

    /**
     * Keeps one column of each group of columns with identical constraint coefficients: the one with
     * the best objective coefficient for the direction (which leaves the optimum unchanged). Commons
     * Math 3.6.1 reads the solution off the final tableau by looking for unit columns and takes the
     * first it finds for a row, so a non-basic duplicate of a basic column would be reported in its
     * place, with the wrong objective value; without duplicates that cannot happen.
     *
     * @return indices into the presolved columns
     */
    private static int[] distinctColumns(Presolved p, double[] objective, boolean maximize) {
        java.util.Map<java.util.List<Double>, Integer> best = new java.util.LinkedHashMap<>();
        for (int j = 0; j < p.columns.length; j++) {
            java.util.List<Double> key = new ArrayList<>(p.rows.length);
            for (double[] row : p.rows) {
                key.add(row[j] == 0 ? 0.0 : row[j]);
            }
            Integer current = best.get(key);
            double cj = objective[p.columns[j]];
            if (current == null || (maximize ? cj > objective[p.columns[current]] : cj < objective[p.columns[current]])) {
                best.put(key, j);
            }
        }
        return best.values().stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /**
     * The largest violation of {@code q >= 0} or of an equality (relative to {@code max(1, |b_i|)}).
     *
     * @param q a point
     * @return 0 for a feasible point
     */
    double infeasibility(double[] q) {
        double worst = 0;
        for (int j = 0; j < variables; j++) {
            worst = Math.max(worst, -q[j]);
        }
        for (int i = 0; i < rows.size(); i++) {
            double[] a = rows.get(i);
            double s = 0;
            for (int j = 0; j < variables; j++) {
                s += a[j] * q[j];
            }
            worst = Math.max(worst, Math.abs(s - rhs.get(i)) / Math.max(1, Math.abs(rhs.get(i))));
        }
        return worst;
    }

    /**
     * The program after presolving.
     *
     * @param columns the kept columns (original indices)
     * @param rows the independent rows over the kept columns
     * @param rhs their right-hand sides
     * @param rowIndex the original index of each independent row
     * @param zeroRows the original indices of the rows {@code a.q = 0, a >= 0} that forced columns to
     *     zero, in the order they were dropped
     */
    record Presolved(int[] columns, double[][] rows, double[] rhs, int[] rowIndex, int[] zeroRows) {
    }

    /**
     * Two reductions that leave the optimum unchanged and spare the simplex the degenerate structure
     * on which Commons Math 3.6.1's two-phase method can stop at a non-optimal vertex (with
     * artificial variables left basic at zero for redundant rows):
     * <ol>
     *   <li>a row {@code a . q = 0} with {@code a >= 0} forces {@code q_j = 0} wherever {@code a_j > 0}
     *       (the bounds programs have many: response types that contradict an observed zero cell);
     *       such columns and rows are removed;</li>
     *   <li>rows that are linear combinations of others are removed (Gaussian elimination with partial
     *       pivoting on the augmented rows); an inconsistent combination means infeasibility.</li>
     * </ol>
     *
     * @return the reduced program, or null if the equalities are inconsistent
     */
    private Presolved presolve() {
        boolean[] zero = new boolean[variables];
        boolean[] dropRow = new boolean[rows.size()];
        List<Integer> zeroRows = new ArrayList<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < rows.size(); i++) {
                if (dropRow[i] || rhs.get(i) != 0) {
                    continue;
                }
                double[] a = rows.get(i);
                boolean nonNegative = true;
                for (int j = 0; j < variables && nonNegative; j++) {
                    nonNegative = zero[j] || a[j] >= 0;
                }
                if (nonNegative) {
                    for (int j = 0; j < variables; j++) {
                        if (!zero[j] && a[j] > 0) {
                            zero[j] = true;
                            changed = true;
                        }
                    }
                    dropRow[i] = true;
                    zeroRows.add(i);
                }
            }
        }
        int kept = 0;
        for (boolean z : zero) {
            kept += z ? 0 : 1;
        }
        int[] columns = new int[kept];
        for (int j = 0, k = 0; j < variables; j++) {
            if (!zero[j]) {
                columns[k++] = j;
            }
        }
        List<double[]> reduced = new ArrayList<>();
        List<Integer> reducedIndex = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (dropRow[i]) {
                continue;
            }
            reducedIndex.add(i);
            double[] a = rows.get(i);
            double[] r = new double[kept + 1];
            for (int k = 0; k < kept; k++) {
                r[k] = a[columns[k]];
            }
            r[kept] = rhs.get(i);
            reduced.add(r);
        }
        // Row echelon form of [A | b] to find an independent subset of the original rows.
        int m = reduced.size();
        double[][] work = new double[m][];
        for (int i = 0; i < m; i++) {
            work[i] = reduced.get(i).clone();
        }
        boolean[] independent = new boolean[m];
        int[] order = new int[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        int rank = 0;
        for (int col = 0; col < kept && rank < m; col++) {
            int best = -1;
            double bestAbs = 1e-9;
            for (int i = rank; i < m; i++) {
                double v = Math.abs(work[order[i]][col]);
                if (v > bestAbs) {
                    bestAbs = v;
                    best = i;
                }
            }
            if (best < 0) {
                continue;
            }
            int tmp = order[rank];
            order[rank] = order[best];
            order[best] = tmp;
            double[] pivot = work[order[rank]];
            for (int i = rank + 1; i < m; i++) {
                double[] row = work[order[i]];
                double f = row[col] / pivot[col];
                if (f != 0) {
                    for (int k = col; k <= kept; k++) {
                        row[k] -= f * pivot[k];
                    }
                }
            }
            independent[order[rank]] = true;
            rank++;
        }
        for (int i = rank; i < m; i++) {
            if (Math.abs(work[order[i]][kept]) > 1e-9) {
                return null;
            }
        }
        double[][] outRows = new double[rank][];
        double[] outRhs = new double[rank];
        int[] rowIndex = new int[rank];
        for (int i = 0, k = 0; i < m; i++) {
            if (independent[i]) {
                double[] r = reduced.get(i);
                outRows[k] = java.util.Arrays.copyOf(r, kept);
                rowIndex[k] = reducedIndex.get(i);
                outRhs[k++] = r[kept];
            }
        }
        return new Presolved(columns, outRows, outRhs, rowIndex,
                zeroRows.stream().mapToInt(Integer::intValue).toArray());
    }
}
