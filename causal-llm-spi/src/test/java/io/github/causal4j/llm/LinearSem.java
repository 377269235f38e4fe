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
package io.github.causal4j.llm;

import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.graph.Edge;
import java.util.List;
import java.util.Random;

/**
 * Test helper: the population covariance of a linear SEM on a DAG, {@code Sigma = A A^T} with
 * {@code A = (I - B)^{-1}} and unit error variances, and total effects {@code A[y][x]} (the sum over
 * directed paths of coefficient products, Wright 1934).
 */
final class LinearSem {

    final List<String> nodes;
    final double[][] a;
    final double[][] sigma;

    LinearSem(CausalGraph dag, Random rnd) {
        nodes = dag.topologicalOrder();
        int n = nodes.size();
        double[][] b = new double[n][n];
        for (Edge e : dag.edges()) {
            double w = (0.5 + rnd.nextDouble()) * (rnd.nextBoolean() ? 1 : -1);
            b[nodes.indexOf(e.to())][nodes.indexOf(e.from())] = w;
        }
        // (I - B) is unit lower triangular in topological order: forward substitution, column by column.
        a = new double[n][n];
        for (int c = 0; c < n; c++) {
            for (int r = 0; r < n; r++) {
                double v = r == c ? 1 : 0;
                for (int k = 0; k < r; k++) {
                    v += b[r][k] * a[k][c];
                }
                a[r][c] = v;
            }
        }
        sigma = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += a[i][k] * a[j][k];
                }
                sigma[i][j] = s;
            }
        }
    }

    int id(String v) {
        return nodes.indexOf(v);
    }

    double totalEffect(String x, String y) {
        return a[id(y)][id(x)];
    }

    /** Partial covariance {@code Sigma_ab - Sigma_aW Sigma_WW^-1 Sigma_Wb}. */
    double partialCov(String p, String q, List<String> w) {
        int k = w.size();
        double base = sigma[id(p)][id(q)];
        if (k == 0) {
            return base;
        }
        double[][] m = new double[k][k + 1];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                m[i][j] = sigma[id(w.get(i))][id(w.get(j))];
            }
            m[i][k] = sigma[id(w.get(i))][id(q)];
        }
        for (int c = 0; c < k; c++) {
            for (int r = 0; r < k; r++) {
                if (r != c) {
                    double f = m[r][c] / m[c][c];
                    for (int j = c; j <= k; j++) {
                        m[r][j] -= f * m[c][j];
                    }
                }
            }
        }
        double correction = 0;
        for (int i = 0; i < k; i++) {
            correction += sigma[id(p)][id(w.get(i))] * m[i][k] / m[i][i];
        }
        return base - correction;
    }
}
