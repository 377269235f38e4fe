package io.github.causal4j.estimate.iv;

import io.github.causal4j.data.Column;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.data.NumericColumn;
import io.github.causal4j.estimate.CollinearityException;
import io.github.causal4j.estimate.DesignMatrix;
import io.github.causal4j.estimate.Parallelism;
import io.github.causal4j.estimate.internal.Collinearity;
import io.github.causal4j.estimate.internal.LeastSquaresPasses;
import io.github.causal4j.estimate.internal.OrderedPivotingQr;
import io.github.causal4j.estimate.internal.Triangular;
import io.github.causal4j.estimate.internal.TsqrAccumulator;
import java.util.ArrayList;
import java.util.List;

/**
 * The upper-triangular factor {@code A} of the data matrix {@code M = [X Z D y]} (n x q; X the
 * intercept and exogenous covariate columns, Z the excluded instruments, D the endogenous
 * regressors), from one streaming Householder pass ({@link LeastSquaresPasses#factor}). Every
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
    final DesignMatrix design;
    final double[][] responses;
    final List<String> names;
    final int n;
    final int kx;
    final int kz;
    final int m;
    final int q;
    final double[] a;

    private IvFactor(IvModel model, DesignMatrix design, double[][] responses, List<String> names, int kx, double[] a) {
        this.model = model;
        this.design = design;
        this.responses = responses;
        this.names = names;
        this.n = design.rowCount();
        this.kx = kx;
        this.kz = design.columnCount();
        this.m = model.endogenous().size();
        this.q = kz + m + 1;
        this.a = a;
    }

    static IvFactor of(Dataset data, IvModel model, Parallelism parallelism, double rankTolerance) {
        List<String> zTerms = new ArrayList<>(model.covariates());
        zTerms.addAll(model.instruments());
        for (String v : zTerms) {
            data.column(v);
        }
        List<String> numeric = new ArrayList<>(model.endogenous());
        numeric.add(model.outcome());
        double[][] responses = new double[numeric.size()][];
        for (int s = 0; s < numeric.size(); s++) {
            String v = numeric.get(s);
            Column c = data.column(v);
            if (!(c instanceof NumericColumn)) {
                throw new IllegalArgumentException((s < numeric.size() - 1 ? "endogenous regressor '" : "outcome '") + v
                        + "' is categorical; give a numeric or 0/1 column (one column per endogenous dummy)");
            }
            responses[s] = ((NumericColumn) c).toArray();
        }
        data.requireComplete(numeric);
        DesignMatrix design = DesignMatrix.of(data, zTerms, true);
        int kx = 1;
        for (String x : model.covariates()) {
            kx += design.columnsOfTerm(x).length;
        }
        int kz = design.columnCount();
        int instrumentColumns = kz - kx;
        if (instrumentColumns < model.endogenous().size()) {
            throw new IllegalArgumentException("fewer instrument columns than endogenous regressors: " + instrumentColumns
                    + " for " + model.endogenous() + "; the model is not identified (order condition)");
        }
        int q = kz + responses.length;
        if (design.rowCount() <= q) {
            throw new IllegalArgumentException(design.rowCount() + " rows for " + q
                    + " columns (intercept, covariates, instruments, endogenous, outcome): IV needs more rows than columns");
        }
        LeastSquaresPasses.Factored f = LeastSquaresPasses.factor(design, responses, null, parallelism, rankTolerance);
        if (!f.solution().dropped().isEmpty()) {
            throw collinear(design, f.solution(), kx);
        }
        List<String> names = new ArrayList<>(design.columnNames());
        names.addAll(numeric);
        return new IvFactor(model, design, responses, List.copyOf(names), kx, f.factor());
    }

    /** Words the rank failure of the instrument matrix [1, X, Z] with the least-squares core's collinearity wording. */
    private static RuntimeException collinear(DesignMatrix design, OrderedPivotingQr.Solution s, int kx) {
        List<String> instruments = new ArrayList<>();
        List<String> covariates = new ArrayList<>();
        for (OrderedPivotingQr.Dependence dep : s.dropped()) {
            (dep.column() >= kx ? instruments : covariates).add(design.columnNames().get(dep.column()));
        }
        String what = !instruments.isEmpty() ? "perfectly collinear instruments " + instruments
                + " (given the covariates and the other instruments)" : "collinear covariates " + covariates;
        return new CollinearityException(what + ": " + Collinearity.describe(s.dropped(), s.columnNorms(),
                design.columnNames()), Collinearity.dependencies(s.dropped(), s.columnNorms(), design.columnNames()));
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
