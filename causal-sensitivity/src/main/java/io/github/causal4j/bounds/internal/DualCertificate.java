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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A certificate that a point is optimal for {@code minimise c'q subject to A q = b, q >= 0} (a
 * maximisation is certified as the minimisation of {@code -c'q}), checked on the original program:
 * the point is primal feasible, a dual vector {@code y} is dual feasible ({@code A'y <= c}, every
 * reduced cost {@code c_j - A_j'y >= 0}) and the two objectives agree, {@code c'q = b'y}. By weak
 * duality every feasible {@code q'} has {@code c'q' >= b'y} (Dantzig 1963, Linear Programming and
 * Extensions, Sec. 6-3; Chv&aacute;tal 1983, Linear Programming, ch. 5), so {@code c'q} is the optimum,
 * whatever solver produced {@code q} and {@code y}. With tolerances: reduced costs down to
 * {@code -tau} and a gap up to {@code tau} prove {@code c'q} optimal to within
 * {@code tau (1 + sum_j q_j)} ({@code tau} = {@value #TOLERANCE}).
 *
 * <p>How {@code y} is found (never trusted: only the checks above count): the dual of the presolved
 * program, {@code maximise b'y subject to A_j'y <= c_j}, restricted to the columns in the support of
 * {@code q} and enlarged by column generation (the columns whose reduced cost is most negative) until
 * no reduced cost is negative (Dantzig &amp; Wolfe 1960). The rows the presolve dropped get
 * multipliers too: 0 for a linearly dependent row; for a row {@code a.q = 0} with {@code a >= 0}
 * (which forced its positive columns to zero), the largest {@code lambda <= 0} that makes those
 * columns' reduced costs non-negative, assigned in the reverse of the order in which the presolve
 * dropped the rows (a later row can only have negative entries on columns an earlier row already
 * forced to zero, and the earlier row's multiplier then covers them). So the certificate speaks about
 * the program as it was posed, not about the presolved one.
 *
 * @param primalValue {@code c'q} computed from the point
 * @param reportedValue the optimum the solver reported
 * @param dualValue {@code b'y} (on the original objective's sign)
 * @param primalInfeasibility the largest violation of {@code q >= 0} or of an equality, relative to
 *     {@code max(1, |b_i|)}
 * @param dualInfeasibility the largest negative reduced cost, as a positive number (0 when dual feasible)
 * @param dual the multipliers {@code y} of the original equalities (empty if none was found)
 */
public record DualCertificate(double primalValue, double reportedValue, double dualValue, double primalInfeasibility,
        double dualInfeasibility, double[] dual) {

    /** The tolerance of the dual feasibility and strong duality checks. */
    public static final double TOLERANCE = 1e-9;
    /** The tolerance of the primal feasibility check, relative to {@code max(1, |b_i|)}. */
    public static final double PRIMAL_TOLERANCE = 1e-8;

    /** @return {@code |primal - dual|}, the duality gap */
    public double gap() {
        return Math.abs(primalValue - dualValue);
    }

    /**
     * @return whether the point is certified optimal: primal and dual feasible within the tolerances,
     *     no duality gap beyond {@value #TOLERANCE} (relative to {@code max(1, |c'q|)}), and the reported
     *     optimum equal to {@code c'q} within the same tolerance
     */
    public boolean holds() {
        double scale = Math.max(1.0, Math.abs(primalValue));
        return dual.length > 0 && primalInfeasibility <= PRIMAL_TOLERANCE && dualInfeasibility <= TOLERANCE
                && gap() <= TOLERANCE * scale && Math.abs(reportedValue - primalValue) <= TOLERANCE * scale;
    }

    /** @return the numbers, for an error message */
    @Override
    public String toString() {
        return "primal c'q = " + primalValue + " (reported " + reportedValue + "), dual b'y = " + dualValue + ", gap "
                + gap() + ", primal infeasibility " + primalInfeasibility + ", dual infeasibility " + dualInfeasibility;
    }

    /**
     * Builds and checks the certificate of a point.
     *
     * @param program the program as posed
     * @param presolved its presolve (kept columns, independent rows, dropped zero rows in order)
     * @param objective {@code c} over the original variables
     * @param maximize the direction
     * @param point the candidate optimum over the original variables
     * @param reported the optimum the solver reported
     * @return the certificate (check {@link #holds()})
     */
    static DualCertificate of(LinearProgram program, LinearProgram.Presolved presolved, double[] objective,
            boolean maximize, double[] point, double reported) {
        int n = program.variableCount();
        double sign = maximize ? -1.0 : 1.0;
        double[] c = new double[n];
        for (int j = 0; j < n; j++) {
            c[j] = sign * objective[j];
        }
        double primal = 0;
        for (int j = 0; j < n; j++) {
            primal += objective[j] * point[j];
        }
        double primalInfeasibility = program.infeasibility(point);
        double[] y = dualOfOriginal(program, presolved, c, point);
        if (y == null) {
            return new DualCertificate(primal, reported, Double.NaN, primalInfeasibility, Double.POSITIVE_INFINITY,
                    new double[0]);
        }
        double dualValue = 0;
        for (int i = 0; i < y.length; i++) {
            dualValue += y[i] * program.rhs(i);
        }
        double worst = 0;
        double[] reduced = reducedCosts(program, c, y);
        for (double d : reduced) {
            worst = Math.max(worst, -d);
        }
        double[] dual = y.clone();
        for (int i = 0; i < dual.length; i++) {
            dual[i] *= sign;
        }
        return new DualCertificate(primal, reported, sign * dualValue, primalInfeasibility, worst, dual);
    }

    /** {@code c_j - sum_i y_i A_ij} for every original column. */
    private static double[] reducedCosts(LinearProgram program, double[] c, double[] y) {
        double[] d = c.clone();
        for (int i = 0; i < y.length; i++) {
            if (y[i] == 0) {
                continue;
            }
            double[] a = program.row(i);
            for (int j = 0; j < d.length; j++) {
                d[j] -= y[i] * a[j];
            }
        }
        return d;
    }

    /** Multipliers of every original row (minimisation form), or null if the restricted duals fail. */
    private static double[] dualOfOriginal(LinearProgram program, LinearProgram.Presolved p, double[] c, double[] point) {
        double[] yReduced = dualOfPresolved(p, c, point);
        if (yReduced == null) {
            return null;
        }
        double[] y = new double[program.constraintCount()];
        for (int k = 0; k < p.rowIndex().length; k++) {
            y[p.rowIndex()[k]] = yReduced[k];
        }
        // rows dropped because they forced columns to zero, latest first
        double[] d = reducedCosts(program, c, y);
        int[] dropped = p.zeroRows();
        for (int k = dropped.length - 1; k >= 0; k--) {
            int i = dropped[k];
            double[] a = program.row(i);
            double lambda = 0;
            for (int j = 0; j < a.length; j++) {
                if (a[j] > 0) {
                    lambda = Math.min(lambda, d[j] / a[j]);
                }
            }
            if (lambda != 0) {
                y[i] = lambda;
                for (int j = 0; j < a.length; j++) {
                    d[j] -= lambda * a[j];
                }
            }
        }
        return y;
    }

    /**
     * The optimal dual of the presolved program by column generation over its kept columns, starting
     * from the support of the point.
     */
    private static double[] dualOfPresolved(LinearProgram.Presolved p, double[] c, double[] point) {
        int m = p.rows().length;
        int k = p.columns().length;
        if (m == 0) {
            return new double[0];
        }
        boolean[] inW = new boolean[k];
        List<double[]> wRows = new ArrayList<>();
        List<Double> wCosts = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            if (point[p.columns()[j]] > 0) {
                add(p, c, j, inW, wRows, wCosts);
            }
        }
        int batch = Math.max(8, m);
        while (true) {
            if (wRows.isEmpty()) {
                return null;
            }
            double[] y = CommonsSimplex.maximizeFree(p.rhs(), wRows, wCosts);
            if (y == null) {
                return null;
            }
            // reduced costs of the kept columns outside W; add the most negative
            List<double[]> violated = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                if (inW[j]) {
                    continue;
                }
                double d = c[p.columns()[j]];
                for (int i = 0; i < m; i++) {
                    d -= y[i] * p.rows()[i][j];
                }
                if (d < -TOLERANCE / 10) {
                    violated.add(new double[] {d, j});
                }
            }
            if (violated.isEmpty()) {
                return y;
            }
            violated.sort((u, v) -> Double.compare(u[0], v[0]));
            for (int t = 0; t < Math.min(batch, violated.size()); t++) {
                add(p, c, (int) violated.get(t)[1], inW, wRows, wCosts);
            }
        }
    }

    private static void add(LinearProgram.Presolved p, double[] c, int j, boolean[] inW, List<double[]> rows,
            List<Double> costs) {
        inW[j] = true;
        double[] col = new double[p.rows().length];
        for (int i = 0; i < col.length; i++) {
            col[i] = p.rows()[i][j];
        }
        rows.add(col);
        costs.add(c[p.columns()[j]]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DualCertificate other && Double.compare(other.primalValue, primalValue) == 0
                && Double.compare(other.reportedValue, reportedValue) == 0 && Double.compare(other.dualValue, dualValue) == 0
                && Double.compare(other.primalInfeasibility, primalInfeasibility) == 0
                && Double.compare(other.dualInfeasibility, dualInfeasibility) == 0 && Arrays.equals(other.dual, dual);
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(primalValue) + Arrays.hashCode(dual);
    }
}
