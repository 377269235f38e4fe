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

import java.util.ArrayList;
import java.util.List;

/**
 * The rank decision of {@link OrderedPivotingQr} made on a Gram matrix {@code G = X'WX} (with
 * constant weights it is {@code X'X} up to a factor): columns are taken in order, and a column whose
 * Schur complement {@code d_j = G_jj - ||L_j||^2} is at most {@code tolerance^2 G_jj} (relative norm
 * of its component orthogonal to the kept columns below {@code tolerance}) is declared collinear.
 * Working on the Gram squares the condition number, so the tolerance must stay well above
 * {@code sqrt(eps)}; R's {@code glm} and {@code lm} use 1e-7.
 */
public final class OrderedCholesky {

    private OrderedCholesky() {
    }

    /**
     * @param gram p x p symmetric, row-major
     * @param p order
     * @param tolerance relative norm tolerance
     * @return kept columns, dependences of the dropped ones, and the column norms {@code sqrt(G_jj)}
     */
    public static Result decide(double[] gram, int p, double tolerance) {
        double[] l = new double[p * p];
        int[] keptAll = new int[p];
        int k = 0;
        List<OrderedPivotingQr.Dependence> dropped = new ArrayList<>();
        double[] norms = new double[p];
        for (int j = 0; j < p; j++) {
            norms[j] = Math.sqrt(Math.max(0.0, gram[j * p + j]));
            // row j of L against the kept columns
            double[] row = new double[k];
            double d = gram[j * p + j];
            for (int a = 0; a < k; a++) {
                int c = keptAll[a];
                double s = gram[j * p + c];
                for (int m = 0; m < a; m++) {
                    s -= row[m] * l[a * p + m];
                }
                row[a] = s / l[a * p + a];
                d -= row[a] * row[a];
            }
            if (gram[j * p + j] == 0.0 || d <= tolerance * tolerance * gram[j * p + j]) {
                // x_j ~ X_kept a with L L' a = G_kept,j, i.e. L' a = row
                double[] a = new double[k];
                for (int i = k - 1; i >= 0; i--) {
                    double s = row[i];
                    for (int m = i + 1; m < k; m++) {
                        s -= l[m * p + i] * a[m];
                    }
                    a[i] = s / l[i * p + i];
                }
                dropped.add(new OrderedPivotingQr.Dependence(j, java.util.Arrays.copyOf(keptAll, k), a));
                continue;
            }
            for (int a = 0; a < k; a++) {
                l[k * p + a] = row[a];
            }
            l[k * p + k] = Math.sqrt(d);
            keptAll[k++] = j;
        }
        return new Result(java.util.Arrays.copyOf(keptAll, k), List.copyOf(dropped), norms);
    }

    /**
     * @param kept kept columns in order
     * @param dropped collinear columns and their representations
     * @param columnNorms {@code sqrt(G_jj)}
     */
    public record Result(int[] kept, List<OrderedPivotingQr.Dependence> dropped, double[] columnNorms) {
    }
}
