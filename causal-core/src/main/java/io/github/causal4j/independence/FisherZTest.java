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
package io.github.causal4j.independence;

import io.github.causal4j.CausalException;
import io.github.causal4j.data.Dataset;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.gamma.Erfc;

/**
 * Fisher's z test of a zero partial correlation (Fisher 1924), the test of {@code x ⊥ y | Z} for
 * (approximately) Gaussian data used by pcalg's {@code gaussCItest} and the PC algorithm:
 *
 * <pre>
 *   r = -P_xy / sqrt(P_xx P_yy),   P = the inverse of the correlation matrix of (x, y, Z)
 *   z = atanh(r) · sqrt(n - |Z| - 3),   p = 2 (1 - Φ(|z|))
 * </pre>
 *
 * The correlation matrix is formed with two-pass (centred) sums and inverted by Gauss–Jordan
 * elimination with partial pivoting. Cost: {@code O(n k²)} for {@code k = |Z| + 2} variables.
 * To test many statements on the same data, {@link #testAll(Dataset, List)} (or
 * {@link PartialCorrelations}) forms every needed correlation once, in one pass, with the same
 * arithmetic: the results are identical to testing one statement at a time.
 */
public final class FisherZTest implements IndependenceTest {

    private static final FisherZTest INSTANCE = new FisherZTest();

    private FisherZTest() {
    }

    /** @return the test */
    public static FisherZTest create() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return "fisher-z";
    }

    /**
     * @param data numeric columns
     * @param statement {@code x ⊥ y | Z}
     * @return the sample partial correlation of {@code x} and {@code y} given {@code Z}
     */
    public double partialCorrelation(Dataset data, ConditionalIndependence statement) {
        List<String> names = new ArrayList<>(List.of(statement.x(), statement.y()));
        names.addAll(statement.given());
        data.requireComplete(names);
        int k = names.size();
        int n = data.rowCount();
        double[][] columns = new double[k][];
        for (int i = 0; i < k; i++) {
            columns[i] = data.numeric(names.get(i)).toArray();
            double mean = 0;
            for (double v : columns[i]) {
                mean += v;
            }
            mean /= n;
            for (int r = 0; r < n; r++) {
                columns[i][r] -= mean;
            }
        }
        double[][] cov = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int r = 0; r < n; r++) {
                    s += columns[i][r] * columns[j][r];
                }
                cov[i][j] = s;
                cov[j][i] = s;
            }
        }
        return fromCovariances(cov, names);
    }

    /**
     * The partial correlation of the first two of {@code names} given the others, from their centred
     * cross-product sums (shared with {@link PartialCorrelations}, so both give the same digits).
     */
    static double fromCovariances(double[][] cov, List<String> names) {
        int k = names.size();
        for (int i = 0; i < k; i++) {
            if (cov[i][i] == 0) {
                throw new CausalException("column '" + names.get(i) + "' is constant; its partial correlation is undefined");
            }
        }
        double[][] cor = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                cor[i][j] = cov[i][j] / Math.sqrt(cov[i][i] * cov[j][j]);
            }
        }
        double[][] p = invert(cor, names);
        return -p[0][1] / Math.sqrt(p[0][0] * p[1][1]);
    }

    @Override
    public IndependenceTestResult test(Dataset data, ConditionalIndependence statement) {
        double dof = degreesOfFreedom(data.rowCount(), statement);
        return result(statement, partialCorrelation(data, statement), dof, data.rowCount());
    }

    /**
     * Tests many statements on the same data: every correlation they need is formed once, in one pass
     * ({@link PartialCorrelations}), so the cost is {@code O(n P)} for the {@code P} distinct variable
     * pairs instead of {@code O(n k²)} per statement. The results equal {@link #test(Dataset,
     * ConditionalIndependence)}'s, statement by statement, to the last digit.
     *
     * @param data numeric columns
     * @param statements the statements
     * @return one result per statement, in order
     * @throws IllegalArgumentException or {@link CausalException} as the first failing statement's {@code test} would
     */
    public List<IndependenceTestResult> testAll(Dataset data, List<ConditionalIndependence> statements) {
        PartialCorrelations pc = PartialCorrelations.of(data, statements);
        List<IndependenceTestResult> out = new ArrayList<>(statements.size());
        for (ConditionalIndependence st : statements) {
            out.add(pc.test(st));
        }
        return out;
    }

    /** {@code n - |given| - 3}, checked positive. */
    static double degreesOfFreedom(int n, ConditionalIndependence statement) {
        double dof = n - statement.given().size() - 3.0;
        if (dof <= 0) {
            throw new IllegalArgumentException("Fisher's z needs more than |given| + 3 = " + (statement.given().size() + 3)
                    + " rows for " + statement.toText() + ", the data have " + n);
        }
        return dof;
    }

    /** Fisher's z and its two-sided p-value from a partial correlation. */
    static IndependenceTestResult result(ConditionalIndependence statement, double r, double dof, int n) {
        if (!(Math.abs(r) < 1)) {
            throw new CausalException("the partial correlation of " + statement.toText() + " is " + r
                    + ": the variables are collinear");
        }
        double z = 0.5 * Math.log1p(2 * r / (1 - r)) * Math.sqrt(dof);
        double pValue = Erfc.value(Math.abs(z) / Math.sqrt(2));
        return new IndependenceTestResult(statement, "fisher-z", z, dof, Math.min(1, pValue), n);
    }

    /** Gauss–Jordan inversion with partial pivoting of a small symmetric positive definite matrix. */
    private static double[][] invert(double[][] a, List<String> names) {
        int k = a.length;
        double[][] m = new double[k][2 * k];
        for (int i = 0; i < k; i++) {
            System.arraycopy(a[i], 0, m[i], 0, k);
            m[i][k + i] = 1;
        }
        for (int c = 0; c < k; c++) {
            int pivot = c;
            for (int r = c + 1; r < k; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            if (Math.abs(m[pivot][c]) < 1e-12) {
                throw new CausalException("the correlation matrix of " + names + " is singular: the columns are collinear");
            }
            double[] t = m[c];
            m[c] = m[pivot];
            m[pivot] = t;
            double d = m[c][c];
            for (int j = 0; j < 2 * k; j++) {
                m[c][j] /= d;
            }
            for (int r = 0; r < k; r++) {
                if (r != c && m[r][c] != 0) {
                    double f = m[r][c];
                    for (int j = 0; j < 2 * k; j++) {
                        m[r][j] -= f * m[c][j];
                    }
                }
            }
        }
        double[][] out = new double[k][k];
        for (int i = 0; i < k; i++) {
            System.arraycopy(m[i], k, out[i], 0, k);
        }
        return out;
    }

    @Override
    public String toString() {
        return "FisherZTest";
    }
}
