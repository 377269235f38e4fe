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

import io.github.causal4j.estimate.stats.BlockStatistics;
import io.github.causal4j.estimate.stats.RowBlock;
import io.github.causal4j.estimate.stats.RowPasses;
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
     * @param rows the rows: the design, then variables including the 0/1 outcome
     * @param yColumn position of the outcome in a row
     * @param kept the columns to use (a full-rank set)
     * @return true if separated, false if the MLE exists, empty if the check was not run or did not finish
     */
    public static Optional<Boolean> separated(RowPasses rows, int yColumn, int[] kept) {
        if (rows.rowCount() > MAX_ROWS) {
            return Optional.empty();
        }
        int n = (int) rows.rowCount();
        int k = kept.length;
        // one pass gathers a_i = (2 y_i - 1) x_i over the kept columns, in row order
        double[] signed = rows.pass(() -> new SignedRows(yColumn, kept)).values();
        double[][] a = new double[k][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                a[j][i] = signed[i * k + j];
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

    /** The rows {@code (2 y_i - 1) x_i} (kept columns), concatenated in order. */
    private static final class SignedRows implements BlockStatistics<SignedRows> {
        private static final long serialVersionUID = 1L;

        private final int y;
        private final int[] kept;
        private double[] values = new double[0];
        private int used;

        SignedRows(int yColumn, int[] kept) {
            this.y = yColumn;
            this.kept = kept;
        }

        private void ensure(int more) {
            if (used + more > values.length) {
                values = java.util.Arrays.copyOf(values, Math.max(used + more, 2 * values.length));
            }
        }

        @Override
        public void add(RowBlock block) {
            int k = kept.length;
            int width = block.width();
            double[] v = block.values();
            ensure(block.rows() * k);
            for (int i = 0; i < block.rows(); i++) {
                int base = i * width;
                double sign = v[base + y] == 1.0 ? 1.0 : -1.0;
                for (int j = 0; j < k; j++) {
                    values[used++] = sign * v[base + kept[j]];
                }
            }
        }

        @Override
        public SignedRows merge(SignedRows other) {
            ensure(other.used);
            System.arraycopy(other.values, 0, values, used, other.used);
            used += other.used;
            return this;
        }

        double[] values() {
            return java.util.Arrays.copyOf(values, used);
        }
    }
}
