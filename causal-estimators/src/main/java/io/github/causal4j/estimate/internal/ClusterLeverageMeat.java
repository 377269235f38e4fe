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
 * The meat of cluster-robust HC2/HC3 for least squares (Bell &amp; McCaffrey 2002, Survey
 * Methodology 28:169; Cameron &amp; Miller 2015, J. Human Resources 50:317, Sec. VI.B), as R's
 * {@code sandwich::vcovCL(type = "HC2"/"HC3")}: {@code sum_g u_g u_g'} with
 * {@code u_g = X_g' A_g e_g}, {@code A_g = (I - H_gg)^{-1/2}} (HC2, symmetric inverse square root)
 * or {@code (I - H_gg)^{-1}} (HC3), {@code H_gg = X_g (X'X)^{-1} X_g'}.
 *
 * <p>No n_g x n_g matrix is formed. With {@code X'X = R'R} and {@code Z_g = X_g R^{-1}},
 * {@code H_gg = Z_g Z_g'}, and for any function f of a symmetric matrix
 * {@code Z' f(I - Z Z') = f(I - Z'Z) Z'} (both sides agree on every power, hence on the
 * eigen-decomposition functions used here), so
 * {@code u_g = R' f(I_k - M_g) c_g} with the k x k {@code M_g = Z_g'Z_g} and {@code c_g = Z_g'e_g}
 * that one mergeable pass sums per cluster ({@link ClusterScoreStatistics#hatBlocks}). The nonzero
 * eigenvalues of {@code M_g} are those of {@code H_gg}, so {@code I - H_gg} is singular exactly when
 * {@code M_g} has an eigenvalue 1. Cost: O(n k^2) in the pass plus O(G k^3) here (one symmetric
 * eigen decomposition per cluster), O(G k^2) memory; the direct formula costs
 * O(sum_g n_g^2 k + n_g^3).
 */
public final class ClusterLeverageMeat {

    /** Clusters with {@code 1 - lambda_max(M_g)} at or below this are singular (as a leverage of 1 is for HC2/HC3). */
    static final double SINGULARITY = 1e-12;

    private ClusterLeverageMeat() {
    }

    /** Thrown when a cluster's {@code I - H_gg} is singular, so HC2/HC3 are undefined. */
    public static final class SingularClusterException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        /** the cluster's value (for an intersection of two clusterings, the first one's) */
        public final double first;
        /** the second clustering's value of an intersection cluster (0 otherwise) */
        public final double second;

        SingularClusterException(double first, double second) {
            super("cluster " + first + " has a leverage block with eigenvalue 1");
            this.first = first;
            this.second = second;
        }
    }

    /**
     * @param sums per-cluster sums from {@link ClusterScoreStatistics#hatBlocks}
     * @param rFactor the kept triangular factor R of X, k x k row-major upper
     * @param k the number of kept columns
     * @param weighting {@link LeastSquaresPasses.ResidualWeighting#LEVERAGE} (HC2) or
     *     {@link LeastSquaresPasses.ResidualWeighting#LEVERAGE_SQUARED} (HC3)
     * @return {@code sum_g u_g u_g'}, k x k row-major symmetric, summed over clusters in key order
     * @throws SingularClusterException for a cluster whose {@code I - H_gg} is singular
     */
    public static double[] meat(ClusterSums sums, double[] rFactor, int k, LeastSquaresPasses.ResidualWeighting weighting) {
        if (weighting == LeastSquaresPasses.ResidualWeighting.PLAIN) {
            throw new IllegalArgumentException("clustered leverage adjustments are HC2 or HC3");
        }
        double exponent = weighting == LeastSquaresPasses.ResidualWeighting.LEVERAGE ? -0.5 : -1.0;
        double[] m = new double[k * k];
        double[] w = new double[k];
        double[] v = new double[k];
        double[] u = new double[k];
        double[] scores = new double[sums.count() * k];
        int[] row = {0};
        SmallMatrices.SymmetricEigen eigen = new SmallMatrices.SymmetricEigen(k);
        sums.forEachInKeyOrder((first, second, data, offset) -> {
            int at = offset + k;
            for (int a = 0; a < k; a++) {
                for (int b = a; b < k; b++) {
                    m[a * k + b] = data[at];
                    m[b * k + a] = data[at++];
                }
            }
            eigen.decompose(m);
            double[] vectors = eigen.vectors();
            // w = diag(f(1 - lambda)) V'c, then v = V w
            for (int j = 0; j < k; j++) {
                double complement = 1.0 - eigen.values()[j];
                if (complement <= SINGULARITY) {
                    throw new SingularClusterException(first, second);
                }
                double projection = 0.0;
                for (int a = 0; a < k; a++) {
                    projection += vectors[a * k + j] * data[offset + a];
                }
                w[j] = Math.pow(complement, exponent) * projection;
            }
            for (int a = 0; a < k; a++) {
                v[a] = Dot.product(vectors, a * k, w, 0, k);
            }
            // u = R'v (R upper triangular)
            for (int b = 0; b < k; b++) {
                double s = 0.0;
                for (int a = 0; a <= b; a++) {
                    s += rFactor[a * k + b] * v[a];
                }
                u[b] = s;
            }
            System.arraycopy(u, 0, scores, row[0]++ * k, k);
        });
        GramAccumulator gram = new GramAccumulator(k);
        double[] ones = new double[sums.count()];
        java.util.Arrays.fill(ones, 1.0);
        gram.add(scores, sums.count(), k, ones);
        return gram.symmetric();
    }
}
