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
        List<LinearConstraint> constraints = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            constraints.add(new LinearConstraint(rows.get(i), Relationship.EQ, rhs.get(i)));
        }
        SimplexSolver solver = new SimplexSolver(EPSILON, MAX_ULPS, CUT_OFF);
        try {
            PointValuePair p = solver.optimize(new MaxIter(1_000_000), new LinearObjectiveFunction(objective, 0),
                    new LinearConstraintSet(constraints), maximize ? GoalType.MAXIMIZE : GoalType.MINIMIZE,
                    new NonNegativeConstraint(true), PivotSelectionRule.BLAND);
            return new Result(Status.OPTIMAL, p.getValue(), p.getPoint());
        } catch (NoFeasibleSolutionException e) {
            return new Result(Status.INFEASIBLE, Double.NaN, new double[0]);
        } catch (UnboundedSolutionException e) {
            return new Result(Status.UNBOUNDED, Double.NaN, new double[0]);
        } catch (TooManyIterationsException e) {
            throw new IllegalStateException("the simplex method did not converge in " + e.getMax() + " iterations", e);
        }
    }
}
