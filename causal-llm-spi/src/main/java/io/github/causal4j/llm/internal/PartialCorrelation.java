package io.github.causal4j.llm.internal;

import java.util.OptionalDouble;

/**
 * Partial correlations from a correlation matrix: the partial correlation of variables i and j
 * given a set S is {@code -P[0][1] / sqrt(P[0][0] P[1][1])} with {@code P} the inverse of the
 * correlation matrix of {@code (i, j, S)} (e.g. Whittaker 1990, "Graphical models in applied
 * multivariate statistics", §5.7). The inverse comes from a Cholesky factorisation; a matrix that
 * is not numerically positive definite (collinear columns) is reported, never inverted.
 */
public final class PartialCorrelation {

    private PartialCorrelation() {
    }

    /**
     * The sample correlation matrix of columns, in two passes (means, then centred cross-products)
     * for accuracy. Cost {@code O(n k^2)}.
     *
     * @param columns k columns of equal length n, n &gt;= 2
     * @return the k by k correlation matrix
     * @throws IllegalArgumentException naming the column index if a column is constant
     */
    public static double[][] correlationMatrix(double[][] columns) {
        int k = columns.length;
        int n = columns[0].length;
        double[][] centred = new double[k][];
        double[] norms = new double[k];
        for (int a = 0; a < k; a++) {
            double mean = 0;
            for (double v : columns[a]) {
                mean += v;
            }
            mean /= n;
            double[] c = new double[n];
            double ss = 0;
            for (int r = 0; r < n; r++) {
                c[r] = columns[a][r] - mean;
                ss += c[r] * c[r];
            }
            if (!(ss > 0)) {
                throw new IllegalArgumentException("column " + a + " is constant");
            }
            centred[a] = c;
            norms[a] = Math.sqrt(ss);
        }
        double[][] corr = new double[k][k];
        for (int a = 0; a < k; a++) {
            corr[a][a] = 1;
            for (int b = a + 1; b < k; b++) {
                double s = 0;
                double[] ca = centred[a];
                double[] cb = centred[b];
                for (int r = 0; r < n; r++) {
                    s += ca[r] * cb[r];
                }
                double v = s / (norms[a] * norms[b]);
                corr[a][b] = v;
                corr[b][a] = v;
            }
        }
        return corr;
    }

    /**
     * @param corr a correlation matrix
     * @param i one variable's index
     * @param j the other's
     * @param given the conditioning indices (distinct from i and j)
     * @return the partial correlation, empty when the submatrix is not numerically positive
     *         definite (a column is a linear function of others); the caller reports that
     */
    public static OptionalDouble of(double[][] corr, int i, int j, int[] given) {
        double r = fromCholeskyOrdered(corr, i, j, given);
        return Double.isNaN(r) ? OptionalDouble.empty() : OptionalDouble.of(r);
    }

    /**
     * With the order (S, i, j), the last two rows of the Cholesky factor L give the residual
     * covariance of (i, j) given S: {@code cov = [[l_ii^2, l_ii l_ji], [., l_ji^2 + l_jj^2]]}, so
     * the partial correlation is {@code l_ji / sqrt(l_ji^2 + l_jj^2)}. Returns NaN (turned into an
     * empty optional by the caller) when a pivot is not positive.
     */
    private static double fromCholeskyOrdered(double[][] corr, int i, int j, int[] given) {
        int m = given.length + 2;
        int[] idx = new int[m];
        System.arraycopy(given, 0, idx, 0, given.length);
        idx[m - 2] = i;
        idx[m - 1] = j;
        double[][] l = new double[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b <= a; b++) {
                double s = corr[idx[a]][idx[b]];
                for (int c = 0; c < b; c++) {
                    s -= l[a][c] * l[b][c];
                }
                if (a == b) {
                    if (!(s > 1e-12)) {
                        return Double.NaN;
                    }
                    l[a][a] = Math.sqrt(s);
                } else {
                    l[a][b] = s / l[b][b];
                }
            }
        }
        double lji = l[m - 1][m - 2];
        double ljj = l[m - 1][m - 1];
        return lji / Math.sqrt(lji * lji + ljj * ljj);
    }
}
