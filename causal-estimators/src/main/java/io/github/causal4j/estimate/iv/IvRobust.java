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
package io.github.causal4j.estimate.iv;

import io.github.causal4j.CausalException;
import io.github.causal4j.estimate.CovarianceType;
import io.github.causal4j.estimate.internal.ClusterSums;
import io.github.causal4j.estimate.internal.LeastSquaresPasses;
import io.github.causal4j.estimate.internal.LinearScoreMeat;
import java.util.ArrayList;
import java.util.List;

/**
 * Heteroskedasticity- and cluster-robust meats for the IV fit and its auxiliary regressions, all
 * from one pass of {@link LinearScoreMeat} over {@code v_i = [z_i, d_i, y_i]}. Conventions follow
 * R's {@code sandwich} applied to an {@code ivreg} or {@code lm} object: HC1 multiplies by
 * {@code n/(n-k)}; HC2/HC3 divide squared residuals by {@code 1-h} or {@code (1-h)^2}; cluster
 * meats add {@code G/(G-1)} times the outer products of the cluster score sums (two-way: the
 * intersection subtracted, Cameron, Gelbach &amp; Miller 2011), and HC1 then multiplies by
 * {@code (n-1)/(n-k)}.
 */
final class IvRobust {

    /**
     * A residual {@code u = c'v} and the leverage form of its regression ({@code null} when not needed).
     */
    record Residual(double[] coefficients, double[] leverage) {
    }

    private final IvFactor f;
    private final CovarianceType type;
    private final List<String> clusters;

    IvRobust(IvFactor f, CovarianceType type, List<String> clusters) {
        this.f = f;
        this.type = type;
        this.clusters = clusters;
    }

    /** @return per residual, the q x q meat {@code sum omega v v'} (cluster-combined when clustered) */
    List<double[]> meats(List<Residual> residuals) {
        List<double[]> out = new ArrayList<>();
        if (clusters.isEmpty()) {
            LeastSquaresPasses.ResidualWeighting w = switch (type) {
                case HC2 -> LeastSquaresPasses.ResidualWeighting.LEVERAGE;
                case HC3 -> LeastSquaresPasses.ResidualWeighting.LEVERAGE_SQUARED;
                default -> LeastSquaresPasses.ResidualWeighting.PLAIN;
            };
            List<LinearScoreMeat.Residual> defs = new ArrayList<>();
            for (Residual r : residuals) {
                boolean plain = w == LeastSquaresPasses.ResidualWeighting.PLAIN || r.leverage() == null;
                defs.add(new LinearScoreMeat.Residual(r.coefficients(),
                        plain ? LeastSquaresPasses.ResidualWeighting.PLAIN : w, plain ? null : r.leverage()));
            }
            try {
                for (double[] m : LinearScoreMeat.meats(f.rows, f.q, defs)) {
                    out.add(m);
                }
            } catch (LeastSquaresPasses.UnitLeverageException e) {
                throw new CausalException(e.row + " has leverage 1, so " + type + " is undefined; use HC0 or HC1", e);
            }
            return out;
        }
        int[] columns = new int[clusters.size()];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = f.rows.layout().variableColumn(clusters.get(c));
        }
        List<double[]> coefficients = new ArrayList<>();
        for (Residual r : residuals) {
            coefficients.add(r.coefficients());
        }
        ClusterSums[][] parts = LinearScoreMeat.clusterMeats(f.rows, f.q, coefficients, columns);
        for (int c = 0; c < columns.length; c++) {
            int count = parts[0][c].count();
            if (count < 2) {
                throw new IllegalArgumentException("clustering variable '" + clusters.get(c) + "' has " + count
                        + " cluster; cluster-robust standard errors need at least 2");
            }
        }
        for (ClusterSums[] perClustering : parts) {
            double[] meat = new double[f.q * f.q];
            for (int c = 0; c < perClustering.length; c++) {
                double sign = c == 2 ? -1.0 : 1.0;
                int count = perClustering[c].count();
                double adjust = (double) count / (count - 1);
                double[] part = perClustering[c].meat();
                for (int a = 0; a < meat.length; a++) {
                    meat[a] += sign * adjust * part[a];
                }
            }
            out.add(meat);
        }
        return out;
    }

    /**
     * @param params coefficients of the regression
     * @return the small-sample factor applied to the sandwich
     */
    double factor(int params) {
        if (type != CovarianceType.HC1) {
            return 1.0;
        }
        return clusters.isEmpty() ? (double) f.n / (f.n - params) : (double) (f.n - 1) / (f.n - params);
    }

    /**
     * {@code H = L B R'}: the quadratic form whose value at v is {@code (L'v)' B (R'v)}.
     *
     * @param left q x k
     * @param bread k x k
     * @param right q x k
     * @param k columns
     * @return H, q x q
     */
    static double[] leverageForm(double[] left, double[] bread, double[] right, int q, int k) {
        double[] lb = io.github.causal4j.estimate.internal.SmallMatrices.multiply(left, bread, q, k, k);
        double[] rt = new double[k * q];
        for (int a = 0; a < q; a++) {
            for (int b = 0; b < k; b++) {
                rt[b * q + a] = right[a * k + b];
            }
        }
        return io.github.causal4j.estimate.internal.SmallMatrices.multiply(lb, rt, q, k, q);
    }
}
