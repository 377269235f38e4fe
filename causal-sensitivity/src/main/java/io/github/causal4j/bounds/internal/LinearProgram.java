package io.github.causal4j.bounds.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * A linear program in standard equality form, {@code optimise c'q subject to A q = b, q >= 0},
 * solved with Commons Math's two-phase {@link SimplexSolver} under Bland's pivot rule (the bounds
 * programs are highly degenerate, and Bland's rule cannot cycle). Not API: the bounds package uses
 * it and keeps Commons Math types out of its signatures.
 */
public final class LinearProgram {

    /** Comparisons with zero inside the simplex (ratio tests, optimality, phase-1 feasibility). */
    private static final double EPSILON = 1e-10;
    private static final int MAX_ULPS = 10;
    /** Tableau entries smaller than this are set to zero. */
    private static final double CUT_OFF = 1e-13;

    /** How an optimisation ended. */
    public enum Status {
        /** An optimum was found. */
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
     */
    public record Result(Status status, double value, double[] point) {
    }

    private final int variables;
    private final List<double[]> rows = new ArrayList<>();
    private final List<Double> rhs = new ArrayList<>();

    /** @param variables the number of non-negative variables */
    public LinearProgram(int variables) {
        if (variables < 1) {
            throw new IllegalArgumentException("a linear program needs at least one variable");
        }
        this.variables = variables;
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

    /**
     * @param objective coefficients {@code c}
     * @param maximize whether to maximise (else minimise)
     * @return the result
     */
    public Result optimize(double[] objective, boolean maximize) {
        Presolved p = presolve();
        if (p == null) {
            return new Result(Status.INFEASIBLE, Double.NaN, new double[0]);
        }
        double[] point = new double[variables];
        int[] columns = distinctColumns(p, objective, maximize);
        if (columns.length == 0) {
            return new Result(Status.OPTIMAL, 0, point);
        }
        double[] c = new double[columns.length];
        for (int j = 0; j < c.length; j++) {
            c[j] = objective[p.columns[columns[j]]];
        }
        List<LinearConstraint> constraints = new ArrayList<>(p.rows.length);
        for (int i = 0; i < p.rows.length; i++) {
            double[] row = new double[columns.length];
            for (int j = 0; j < columns.length; j++) {
                row[j] = p.rows[i][columns[j]];
            }
            constraints.add(new LinearConstraint(row, Relationship.EQ, p.rhs[i]));
        }
        SimplexSolver solver = new SimplexSolver(EPSILON, MAX_ULPS, CUT_OFF);
        try {
            PointValuePair sol = solver.optimize(new MaxIter(1_000_000), new LinearObjectiveFunction(c, 0),
                    new LinearConstraintSet(constraints), maximize ? GoalType.MAXIMIZE : GoalType.MINIMIZE,
                    new NonNegativeConstraint(true), PivotSelectionRule.BLAND);
            double[] reduced = sol.getPoint();
            for (int j = 0; j < reduced.length; j++) {
                point[p.columns[columns[j]]] = reduced[j];
            }
            requireFeasible(point);
            return new Result(Status.OPTIMAL, sol.getValue(), point);
        } catch (NoFeasibleSolutionException e) {
            return new Result(Status.INFEASIBLE, Double.NaN, new double[0]);
        } catch (UnboundedSolutionException e) {
            return new Result(Status.UNBOUNDED, Double.NaN, new double[0]);
        } catch (TooManyIterationsException e) {
            throw new IllegalStateException("the simplex method did not converge in " + e.getMax() + " iterations", e);
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

    /** Checks the solver's point against the original equalities (a guard against a mis-read tableau). */
    private void requireFeasible(double[] q) {
        for (int j = 0; j < variables; j++) {
            if (q[j] < -1e-9) {
                throw new IllegalStateException("the simplex solution has a negative variable " + q[j]);
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            double[] a = rows.get(i);
            double s = 0;
            for (int j = 0; j < variables; j++) {
                s += a[j] * q[j];
            }
            if (Math.abs(s - rhs.get(i)) > 1e-8 * Math.max(1, Math.abs(rhs.get(i)))) {
                throw new IllegalStateException("the simplex solution violates equality " + i + ": " + s + " != "
                        + rhs.get(i));
            }
        }
    }

    /** The program after presolving: the kept columns and independent rows. */
    private record Presolved(int[] columns, double[][] rows, double[] rhs) {
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
        for (int i = 0; i < rows.size(); i++) {
            if (dropRow[i]) {
                continue;
            }
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
        for (int i = 0, k = 0; i < m; i++) {
            if (independent[i]) {
                double[] r = reduced.get(i);
                outRows[k] = java.util.Arrays.copyOf(r, kept);
                outRhs[k++] = r[kept];
            }
        }
        return new Presolved(columns, outRows, outRhs);
    }
}
