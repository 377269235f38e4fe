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

import io.github.causal4j.data.Column;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.data.NumericColumn;
import io.github.causal4j.estimate.CollinearityException;
import io.github.causal4j.estimate.DesignMatrix;
import io.github.causal4j.estimate.Parallelism;
import io.github.causal4j.estimate.internal.ClusterKeys;
import io.github.causal4j.estimate.internal.Collinearity;
import io.github.causal4j.estimate.internal.DesignRows;
import io.github.causal4j.estimate.internal.LeastSquaresPasses;
import io.github.causal4j.estimate.internal.OrderedPivotingQr;
import io.github.causal4j.estimate.internal.Provenances;
import io.github.causal4j.estimate.internal.RowChunks;
import io.github.causal4j.estimate.internal.Triangular;
import io.github.causal4j.estimate.internal.TsqrAccumulator;
import io.github.causal4j.estimate.stats.RowLayout;
import io.github.causal4j.estimate.stats.RowPasses;
import java.util.ArrayList;
import java.util.List;

/**
 * The upper-triangular factor {@code A} of the data matrix {@code M = [X Z D y]} (n x q; X the
 * intercept and exogenous covariate columns, Z the excluded instruments, D the endogenous
 * regressors), from one streaming Householder pass ({@link LeastSquaresPasses#factor}) over rows in memory
 * or distributed ({@link RowPasses}). Every
 * k-class quantity is a function of {@code M'M = A'A} and of its projections: with
 * {@code M = QA}, rows {@code j..q-1} of {@code A} hold the components of the columns orthogonal to
 * the first j columns, so {@code ||A[kz:, :] c||^2 = ||M_Z M c||^2} and
 * {@code ||A[kx:kz, :] c||^2 = ||(P_Z - P_X) M c||^2} for any combination c of the columns. Working on
 * A instead of the n x q data keeps the accuracy of QR (no squared condition numbers) and makes every
 * estimator, diagnostic and test after the pass cost O(q^3).
 *
 * <p>The "v-space" of this class indexes the q columns of M: design columns {@code 0..kz-1}
 * (intercept first, then covariates, then instruments), endogenous {@code kz..kz+m-1}, outcome {@code q-1}.
 */
final class IvFactor {

    final IvModel model;
    final RowPasses rows;
    final List<String> names;
    final int n;
    final int kx;
    final int kz;
    final int m;
    final int q;
    final double[] a;

    private IvFactor(IvModel model, RowPasses rows, List<String> names, int n, int kx, double[] a) {
        this.model = model;
        this.rows = rows;
        this.names = names;
        this.n = n;
        this.kx = kx;
        this.kz = rows.layout().designWidth();
        this.m = model.endogenous().size();
        this.q = kz + m + 1;
        this.a = a;
    }

    /**
     * The rows of an IV model in memory: the design {@code [1, X, Z]} from the covariates and
     * instruments, then the variables {@code D_1 .. D_m, y} and the cluster keys.
     */
    static RowPasses rows(Dataset data, IvModel model, List<String> clusters, Parallelism parallelism) {
        List<String> zTerms = new ArrayList<>(model.covariates());
        zTerms.addAll(model.instruments());
        for (String v : zTerms) {
            data.column(v);
        }
        List<String> numeric = new ArrayList<>(model.endogenous());
        numeric.add(model.outcome());
        List<String> names = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (int s = 0; s < numeric.size(); s++) {
            String v = numeric.get(s);
            Column c = data.column(v);
            if (!(c instanceof NumericColumn)) {
                throw new IllegalArgumentException((s < numeric.size() - 1 ? "endogenous regressor '" : "outcome '") + v
                        + "' is categorical; give a numeric or 0/1 column (one column per endogenous dummy)");
            }
            names.add(v);
            values.add(((NumericColumn) c).toArray());
        }
        data.requireComplete(numeric);
        for (String c : clusters) {
            if (!names.contains(c)) {
                names.add(c);
                values.add(ClusterKeys.of(data, c));
            }
        }
        DesignMatrix design = DesignMatrix.of(data, zTerms, true);
        List<String> used = new ArrayList<>();
        used.add(model.outcome());
        used.addAll(model.endogenous());
        used.addAll(model.instruments());
        used.addAll(model.covariates());
        used.addAll(clusters);
        return DesignRows.of(design, names, values, parallelism, Provenances.digest(data, used));
    }

    /**
     * One factoring pass over rows laid out as {@link #rows}: the design {@code [1, X, Z]} (covariate
     * terms first), then variables holding the endogenous regressors and the outcome.
     */
    static IvFactor of(RowPasses rows, IvModel model, double rankTolerance) {
        RowLayout layout = rows.layout();
        if (!layout.hasIntercept()) {
            throw new IllegalArgumentException("the rows of an IV model need an intercept column");
        }
        List<String> expected = new ArrayList<>(model.covariates());
        expected.addAll(model.instruments());
        if (!layout.termNames().equals(expected)) {
            throw new IllegalArgumentException("the rows' design terms " + layout.termNames() + " are not the covariates "
                    + "then the instruments of " + model);
        }
        List<String> numeric = new ArrayList<>(model.endogenous());
        numeric.add(model.outcome());
        int[] responses = new int[numeric.size()];
        for (int s = 0; s < numeric.size(); s++) {
            responses[s] = layout.variableColumn(numeric.get(s));
            if (responses[s] != layout.designWidth() + s) {
                throw new IllegalArgumentException("the rows' variables must start with the endogenous regressors and the "
                        + "outcome " + numeric + "; they are " + layout.variables());
            }
        }
        int kx = 1;
        for (String x : model.covariates()) {
            kx += layout.columnsOfTerm(x).length;
        }
        int kz = layout.designWidth();
        int n = RowChunks.rowCount(rows);
        int instrumentColumns = kz - kx;
        if (instrumentColumns < model.endogenous().size()) {
            throw new IllegalArgumentException("fewer instrument columns than endogenous regressors: " + instrumentColumns
                    + " for " + model.endogenous() + "; the model is not identified (order condition)");
        }
        int q = kz + responses.length;
        if (n <= q) {
            throw new IllegalArgumentException(n + " rows for " + q
                    + " columns (intercept, covariates, instruments, endogenous, outcome): IV needs more rows than columns");
        }
        LeastSquaresPasses.Factored f = LeastSquaresPasses.factor(rows, responses, -1, rankTolerance);
        if (!f.solution().dropped().isEmpty()) {
            throw collinear(layout.designColumns(), f.solution(), kx);
        }
        List<String> names = new ArrayList<>(layout.designColumns());
        names.addAll(numeric);
        return new IvFactor(model, rows, List.copyOf(names), n, kx, f.factor());
    }

    /** Words the rank failure of the instrument matrix [1, X, Z] with the least-squares core's collinearity wording. */
    private static RuntimeException collinear(List<String> columns, OrderedPivotingQr.Solution s, int kx) {
        List<String> instruments = new ArrayList<>();
        List<String> covariates = new ArrayList<>();
        for (OrderedPivotingQr.Dependence dep : s.dropped()) {
            (dep.column() >= kx ? instruments : covariates).add(columns.get(dep.column()));
        }
        String what = !instruments.isEmpty() ? "perfectly collinear instruments " + instruments
                + " (given the covariates and the other instruments)" : "collinear covariates " + covariates;
        return new CollinearityException(what + ": " + Collinearity.describe(s.dropped(), s.columnNorms(),
                columns), Collinearity.dependencies(s.dropped(), s.columnNorms(), columns));
    }

    double at(int row, int col) {
        return a[row * q + col];
    }

    /** @return {@code A c}, the coordinates of {@code M c} in the basis Q */
    double[] times(double[] c) {
        double[] out = new double[q];
        for (int r = 0; r < q; r++) {
            double s = 0.0;
            for (int j = r; j < q; j++) {
                s += a[r * q + j] * c[j];
            }
            out[r] = s;
        }
        return out;
    }

    static double squaredNorm(double[] v, int from, int to) {
        double s = 0.0;
        for (int r = from; r < to; r++) {
            s += v[r] * v[r];
        }
        return s;
    }

    double[] unit(int index) {
        double[] c = new double[q];
        c[index] = 1.0;
        return c;
    }

    int outcomeIndex() {
        return q - 1;
    }

    int endogenousIndex(int j) {
        return kz + j;
    }

    /** @return the kz x kz factor of the instrument matrix [1, X, Z] */
    double[] instrumentFactor() {
        double[] r = new double[kz * kz];
        for (int i = 0; i < kz; i++) {
            System.arraycopy(a, i * q + i, r, i * kz + i, kz - i);
        }
        return r;
    }

    /**
     * @param column a v-space column
     * @return its coefficients on the instrument matrix, {@code (Z'Z)^{-1} Z' m_column}, as a q-vector (zero past kz)
     */
    double[] projectionCoefficients(int column) {
        double[] top = new double[kz];
        for (int r = 0; r < kz; r++) {
            top[r] = a[r * q + column];
        }
        double[] pi = Triangular.solveUpper(instrumentFactor(), kz, top);
        return java.util.Arrays.copyOf(pi, q);
    }

    /**
     * Least squares of {@code M c_y} on the columns {@code M c_1 .. M c_k}, solved on their
     * q-row images under A (exact, since Q is orthonormal).
     *
     * @param regressors coefficient vectors of the regressors
     * @param response coefficient vector of the response
     * @param tolerance rank tolerance
     * @return the solution (coefficients, factor, residual sum of squares, dropped columns)
     */
    OrderedPivotingQr.Solution leastSquares(List<double[]> regressors, double[] response, double tolerance) {
        int k = regressors.size();
        int w = k + 1;
        double[][] images = new double[w][];
        for (int j = 0; j < k; j++) {
            images[j] = times(regressors.get(j));
        }
        images[k] = times(response);
        double[] block = new double[q * w];
        for (int r = 0; r < q; r++) {
            for (int j = 0; j < w; j++) {
                block[r * w + j] = images[j][r];
            }
        }
        TsqrAccumulator acc = new TsqrAccumulator(w);
        acc.add(block, q);
        return OrderedPivotingQr.solve(acc.r(), w, k, tolerance);
    }
}
