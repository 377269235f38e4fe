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
import java.util.List;
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
 * Commons Math 3.6.1's two-phase {@link SimplexSolver} on a program in equality form, with a pivot
 * rule and optionally the columns in reverse order (a different path through the same degenerate
 * vertices, used when the first path's answer fails its certificate). Also solves the restricted
 * dual programs of {@link DualCertificate} (free variables, {@code <=} rows).
 */
final class CommonsSimplex implements PrimalSolver {

    /** Comparisons with zero inside the simplex (ratio tests, optimality, phase-1 feasibility). */
    private static final double EPSILON = 1e-10;
    private static final int MAX_ULPS = 10;
    /** Tableau entries smaller than this are set to zero. */
    private static final double CUT_OFF = 1e-13;
    private static final int MAX_ITERATIONS = 1_000_000;

    private final PivotSelectionRule rule;
    private final boolean reversed;

    /**
     * @param rule Bland's rule (cannot cycle on the highly degenerate bounds programs) or Dantzig's
     * @param reversed whether to hand the solver the columns in reverse order
     */
    CommonsSimplex(PivotSelectionRule rule, boolean reversed) {
        this.rule = rule;
        this.reversed = reversed;
    }

    @Override
    public Solution solve(double[] objective, double[][] rows, double[] rhs, boolean maximize) {
        int n = objective.length;
        double[] c = new double[n];
        for (int j = 0; j < n; j++) {
            c[j] = objective[column(j, n)];
        }
        List<LinearConstraint> constraints = new ArrayList<>(rows.length);
        for (int i = 0; i < rows.length; i++) {
            double[] row = new double[n];
            for (int j = 0; j < n; j++) {
                row[j] = rows[i][column(j, n)];
            }
            constraints.add(new LinearConstraint(row, Relationship.EQ, rhs[i]));
        }
        try {
            PointValuePair sol = run(c, constraints, maximize, true, rule);
            double[] reduced = sol.getPoint();
            double[] point = new double[n];
            for (int j = 0; j < n; j++) {
                point[column(j, n)] = reduced[j];
            }
            return new Solution(LinearProgram.Status.OPTIMAL, point, sol.getValue());
        } catch (NoFeasibleSolutionException e) {
            return new Solution(LinearProgram.Status.INFEASIBLE, new double[0], Double.NaN);
        } catch (UnboundedSolutionException e) {
            return new Solution(LinearProgram.Status.UNBOUNDED, new double[0], Double.NaN);
        }
    }

    private int column(int j, int n) {
        return reversed ? n - 1 - j : j;
    }

    /**
     * {@code maximise b'y subject to rows . y <= c}, y free: a restricted dual of {@link DualCertificate}.
     *
     * @return the optimal y, or null if the program is infeasible or unbounded
     */
    static double[] maximizeFree(double[] b, List<double[]> rows, List<Double> c) {
        List<LinearConstraint> constraints = new ArrayList<>(rows.size());
        for (int k = 0; k < rows.size(); k++) {
            constraints.add(new LinearConstraint(rows.get(k), Relationship.LEQ, c.get(k)));
        }
        try {
            return run(b, constraints, true, false, PivotSelectionRule.BLAND).getPoint();
        } catch (NoFeasibleSolutionException | UnboundedSolutionException e) {
            return null;
        }
    }

    private static PointValuePair run(double[] c, List<LinearConstraint> constraints, boolean maximize,
            boolean nonNegative, PivotSelectionRule pivots) {
        SimplexSolver solver = new SimplexSolver(EPSILON, MAX_ULPS, CUT_OFF);
        try {
            return solver.optimize(new MaxIter(MAX_ITERATIONS), new LinearObjectiveFunction(c, 0),
                    new LinearConstraintSet(constraints), maximize ? GoalType.MAXIMIZE : GoalType.MINIMIZE,
                    new NonNegativeConstraint(nonNegative), pivots);
        } catch (TooManyIterationsException e) {
            throw new IllegalStateException("the simplex method did not converge in " + e.getMax() + " iterations", e);
        }
    }

    @Override
    public String toString() {
        return "simplex(" + rule.name().toLowerCase(java.util.Locale.ROOT) + (reversed ? ", columns reversed" : "") + ")";
    }
}
