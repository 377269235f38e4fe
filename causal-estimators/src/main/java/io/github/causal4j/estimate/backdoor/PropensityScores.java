package io.github.causal4j.estimate.backdoor;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.DesignMatrix;
import io.github.causal4j.estimate.LogisticFit;
import io.github.causal4j.estimate.LogisticRegression;
import io.github.causal4j.estimate.internal.RowChunks;
import java.util.List;

/**
 * A fitted propensity-score model {@code e(x) = P(D = 1 | x)} (logit of the treatment on the
 * covariates with an intercept) and what the estimators need from it: the scores and their
 * complements without cancellation, and the propensity model's contribution to an influence
 * function. For a statistic whose estimating function {@code h_i(gamma)} depends on the logit
 * coefficients gamma, that contribution is {@code H' I^{-1} x_i (d_i - e_i)} with
 * {@code H = sum_i dh_i/dgamma} and I the Fisher information — the term that makes a sandwich
 * "include the propensity model's score" (Lunceford &amp; Davidian 2004, Stat. Med. 23:2937, sec. 3.2;
 * Stefanski &amp; Boos 2002, Am. Statistician 56:29).
 */
final class PropensityScores {

    final DesignMatrix design;
    final LogisticFit fit;
    final double[] e;
    final double[] oneMinusE;
    private final double[] d;

    private PropensityScores(DesignMatrix design, LogisticFit fit, double[] d) {
        this.design = design;
        this.fit = fit;
        this.d = d;
        int n = d.length;
        e = new double[n];
        oneMinusE = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = fit.probability(i);
            oneMinusE[i] = fit.complementProbability(i);
        }
    }

    static PropensityScores fit(Dataset data, String treatment, List<String> covariates, double[] d,
            LogisticRegression model) {
        DesignMatrix x = DesignMatrix.of(data, covariates, true);
        return new PropensityScores(x, model.fit(x, d, treatment), d);
    }

    /**
     * The propensity model's term of an influence function: for each row,
     * {@code (I^{-1} H)' x_i (d_i - e_i)}, H given over the design columns.
     *
     * @param gradient {@code H = sum_i dh_i/dgamma}, one entry per design column (dropped columns ignored)
     * @return one value per row
     */
    double[] correction(double[] gradient) {
        List<String> names = design.columnNames();
        double[][] cov = fit.covariance();
        int k = cov.length;
        int[] kept = new int[k];
        for (int a = 0; a < k; a++) {
            kept[a] = names.indexOf(fit.coefficients().get(a).name());
        }
        double[] c = new double[names.size()];
        for (int a = 0; a < k; a++) {
            double s = 0.0;
            for (int b = 0; b < k; b++) {
                s += cov[a][b] * gradient[kept[b]];
            }
            c[kept[a]] = s;
        }
        int n = design.rowCount();
        int p = design.columnCount();
        double[] out = new double[n];
        double[] block = new double[RowChunks.BLOCK_ROWS * p];
        for (int start = 0; start < n; start += RowChunks.BLOCK_ROWS) {
            int end = Math.min(n, start + RowChunks.BLOCK_ROWS);
            design.fill(start, end, block, p);
            for (int i = start; i < end; i++) {
                double s = 0.0;
                int base = (i - start) * p;
                for (int j = 0; j < p; j++) {
                    s += c[j] * block[base + j];
                }
                out[i] = s * (d[i] - e[i]);
            }
        }
        return out;
    }

    /**
     * {@code sum_i g_i x_i}: the gradient of a sum whose row terms depend on gamma through
     * {@code dh_i/dgamma = g_i x_i}.
     *
     * @param g one scalar per row
     * @return one entry per design column
     */
    double[] gradient(double[] g) {
        int n = design.rowCount();
        int p = design.columnCount();
        double[] out = new double[p];
        double[] block = new double[RowChunks.BLOCK_ROWS * p];
        for (int start = 0; start < n; start += RowChunks.BLOCK_ROWS) {
            int end = Math.min(n, start + RowChunks.BLOCK_ROWS);
            design.fill(start, end, block, p);
            for (int i = start; i < end; i++) {
                double gi = g[i];
                if (gi == 0.0) {
                    continue;
                }
                int base = (i - start) * p;
                for (int j = 0; j < p; j++) {
                    out[j] += gi * block[base + j];
                }
            }
        }
        return out;
    }
}
