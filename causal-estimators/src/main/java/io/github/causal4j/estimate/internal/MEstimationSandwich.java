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

/**
 * The sandwich covariance of an M-estimator defined by stacked estimating equations
 * {@code sum_i psi_i(theta) = 0} (nuisance parameters and the target together):
 * {@code V = A^{-1} B A^{-T} / n} with {@code A = (1/n) sum d psi_i / d theta'} and
 * {@code B = (1/n) sum psi_i psi_i'} (Stefanski &amp; Boos 2002, "The calculus of M-estimation",
 * Am. Statistician 56:29). Estimating the nuisance parameters in the same stack is what makes the
 * variance of the target account for them.
 */
public final class MEstimationSandwich {

    private MEstimationSandwich() {
    }

    /**
     * @param jacobian A, p x p row-major (mean over rows)
     * @param scores the n x p matrix of {@code psi_i} at the estimate, row-major
     * @param n rows
     * @param p parameters
     * @return V, p x p, or {@code null} if A is singular
     */
    public static double[] covariance(double[] jacobian, double[] scores, int n, int p) {
        double[] inverse = SmallMatrices.invert(jacobian, p);
        if (inverse == null) {
            return null;
        }
        GramAccumulator meat = new GramAccumulator(p);
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1.0 / n);
        meat.add(scores, n, p, ones);
        double[] b = meat.symmetric();
        double[] inverseT = new double[p * p];
        for (int a = 0; a < p; a++) {
            for (int c = 0; c < p; c++) {
                inverseT[c * p + a] = inverse[a * p + c];
            }
        }
        double[] v = SmallMatrices.multiply(SmallMatrices.multiply(inverse, b, p, p, p), inverseT, p, p, p);
        for (int a = 0; a < v.length; a++) {
            v[a] /= n;
        }
        return v;
    }
}
