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
package io.github.causal4j.sensitivity;

import io.github.causal4j.estimate.Coefficient;
import io.github.causal4j.estimate.RegressionFit;
import io.github.causal4j.estimate.internal.SmallMatrices;
import java.util.List;

/**
 * The treatment regression D ~ X read off the classical fit of Y ~ D + X, without a second pass over
 * the data. With Z = [D, X] and M = (Z'Z)<sup>-1</sup> (the outcome fit's
 * {@link RegressionFit#unscaledCovariance()}, whatever covariance its table uses), block inversion gives
 * (Frisch-Waugh-Lovell):
 * <ul>
 *   <li>residual sum of squares of D ~ X: 1 / M<sub>DD</sub>;</li>
 *   <li>its coefficients: &gamma; = -M<sub>X,D</sub> / M<sub>DD</sub>;</li>
 *   <li>(X'X)<sup>-1</sup> = M<sub>XX</sub> - M<sub>X,D</sub> M<sub>D,X</sub> / M<sub>DD</sub> (the Schur complement);</li>
 *   <li>residual degrees of freedom: those of the outcome fit plus one.</li>
 * </ul>
 * So the classical covariance of &gamma; is (RSS<sub>D</sub> / (dof + 1)) (X'X)<sup>-1</sup>, and the partial
 * R&sup2; of a benchmark with the treatment (t&sup2;/(t&sup2; + dof + 1), or W/(W + dof + 1) for a group) is
 * exactly sensemakr's value from {@code lm(D ~ X)}. Cost O(k&sup2;) to set up, O(g&sup2;) + O(g&sup3;) per
 * benchmark of g columns.
 */
final class TreatmentRegression {

    private final RegressionFit outcomeFit;
    private final List<Coefficient> table;
    private final double[][] m;
    private final int d;
    private final double sigma2;
    private final double dof;

    TreatmentRegression(RegressionFit outcomeFit, String treatmentColumn) {
        this.outcomeFit = outcomeFit;
        this.table = outcomeFit.coefficients();
        this.m = outcomeFit.unscaledCovariance();
        this.d = indexOf(treatmentColumn);
        double rss = 1.0 / m[d][d];
        this.dof = outcomeFit.dof() + 1.0;
        this.sigma2 = rss / dof;
    }

    private int indexOf(String column) {
        for (int a = 0; a < table.size(); a++) {
            if (table.get(a).name().equals(column)) {
                return a;
            }
        }
        throw new IllegalArgumentException("design column '" + column + "' has no coefficient in the outcome regression"
                + (outcomeFit.droppedColumns().contains(column) ? " (dropped as collinear)" : ""));
    }

    /** @return the coefficient of a design column in D ~ X */
    double coefficient(int j) {
        return -m[j][d] / m[d][d];
    }

    /** @return [(X'X)^-1]_{jk} */
    double xtxInverse(int j, int k) {
        return m[j][k] - m[j][d] * m[d][k] / m[d][d];
    }

    /**
     * @param columns design columns of the benchmark
     * @param benchmark its name, for messages
     * @return its (joint) partial R&sup2; with the treatment given the other covariates
     */
    double partialR2(List<String> columns, String benchmark) {
        int g = columns.size();
        int[] idx = new int[g];
        for (int a = 0; a < g; a++) {
            try {
                idx[a] = indexOf(columns.get(a));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("benchmark '" + benchmark + "': " + e.getMessage(), e);
            }
        }
        if (g == 1) {
            double gamma = coefficient(idx[0]);
            double t2 = gamma * gamma / (sigma2 * xtxInverse(idx[0], idx[0]));
            return t2 / (t2 + dof);
        }
        double[] cov = new double[g * g];
        double[] gamma = new double[g];
        for (int a = 0; a < g; a++) {
            gamma[a] = coefficient(idx[a]);
            for (int b = 0; b < g; b++) {
                cov[a * g + b] = sigma2 * xtxInverse(idx[a], idx[b]);
            }
        }
        double[] x = SmallMatrices.solvePositiveDefinite(cov, gamma, g);
        if (x == null) {
            throw new IllegalArgumentException("benchmark '" + benchmark
                    + "': the covariance of its coefficients in the treatment regression is singular");
        }
        double w = 0;
        for (int a = 0; a < g; a++) {
            w += gamma[a] * x[a];
        }
        return w / (w + dof);
    }
}
