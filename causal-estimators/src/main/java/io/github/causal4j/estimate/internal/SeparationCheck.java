package io.github.causal4j.estimate.internal;

import io.github.causal4j.estimate.DesignMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * Whether the maximum-likelihood estimate of a logistic regression exists. With
 * {@code a_i = (2 y_i - 1) x_i}, the data are (quasi-)completely separated — the likelihood has no
 * maximum — exactly when some {@code b} has {@code a_i'b >= 0} for all i and {@code > 0} for some
 * (Albert &amp; Anderson 1984, Biometrika 71:1; Silvapulle 1981, JRSS-B 43:310). By Stiemke's
 * theorem of the alternative that fails exactly when there is a strictly positive {@code u} with
 * {@code sum_i u_i a_i = 0}; with {@code u = 1 + z}, {@code z >= 0}, this is a linear-programming
 * feasibility problem with only p equality constraints (Konis 2007, DPhil thesis, Oxford, solves
 * the primal form), solved here by the simplex method.
 */
public final class SeparationCheck {

    /** Above this many rows the check is skipped (the dense simplex tableau grows with n). */
    public static final int MAX_ROWS = 200_000;

    private SeparationCheck() {
    }

    /**
     * @param x the design
     * @param y the 0/1 outcome
     * @param kept the columns to use (a full-rank set)
     * @return true if separated, false if the MLE exists, empty if the check was not run or did not finish
     */
    public static Optional<Boolean> separated(DesignMatrix x, double[] y, int[] kept) {
        int n = x.rowCount();
        if (n > MAX_ROWS) {
            return Optional.empty();
        }
        int p = x.columnCount();
        int k = kept.length;
        double[][] a = new double[k][n];
        double[] block = new double[RowChunks.BLOCK_ROWS * p];
        for (int start = 0; start < n; start += RowChunks.BLOCK_ROWS) {
            int end = Math.min(n, start + RowChunks.BLOCK_ROWS);
            x.fill(start, end, block, p);
            for (int i = start; i < end; i++) {
                double sign = y[i] == 1.0 ? 1.0 : -1.0;
                for (int j = 0; j < k; j++) {
                    a[j][i] = sign * block[(i - start) * p + kept[j]];
                }
            }
        }
        List<LinearConstraint> constraints = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            double max = 0.0;
            for (double v : a[j]) {
                max = Math.max(max, Math.abs(v));
            }
            double sum = 0.0;
            for (int i = 0; i < n; i++) {
                a[j][i] = max == 0.0 ? 0.0 : a[j][i] / max;
                sum += a[j][i];
            }
            constraints.add(new LinearConstraint(a[j], Relationship.EQ, -sum));
        }
        try {
            new SimplexSolver(1e-9, 10, 1e-12).optimize(new MaxIter(50_000 + 50 * n),
                    new LinearObjectiveFunction(new double[n], 0.0), new LinearConstraintSet(constraints),
                    GoalType.MINIMIZE, new NonNegativeConstraint(true));
            return Optional.of(false);
        } catch (NoFeasibleSolutionException e) {
            return Optional.of(true);
        } catch (TooManyIterationsException e) {
            return Optional.empty();
        }
    }
}
