package io.github.causal4j.estimate.backdoor;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.AverageEffect;
import io.github.causal4j.estimate.CovariateBalance;
import io.github.causal4j.estimate.DesignMatrix;
import io.github.causal4j.estimate.internal.RowChunks;
import java.util.ArrayList;
import java.util.List;

/**
 * Covariate balance before and after adjustment, one row per covariate design column (see
 * {@link CovariateBalance} for the definitions). "After" uses per-unit weights: inverse-probability
 * weights, matching frequencies or subclass weights.
 */
final class Balance {

    private Balance() {
    }

    static List<CovariateBalance> of(Dataset data, List<String> covariates, double[] d, double[] weights,
            AverageEffect estimand) {
        if (covariates.isEmpty()) {
            return List.of();
        }
        DesignMatrix x = DesignMatrix.of(data, covariates, false);
        int n = x.rowCount();
        int p = x.columnCount();
        // per arm (0, 1): raw count, sum, sum of squares; weighted sum of weights, sum, sum of squares
        double[][] raw = new double[2][3 * p];
        double[][] wtd = new double[2][3 * p];
        double[] block = new double[RowChunks.BLOCK_ROWS * p];
        for (int start = 0; start < n; start += RowChunks.BLOCK_ROWS) {
            int end = Math.min(n, start + RowChunks.BLOCK_ROWS);
            x.fill(start, end, block, p);
            for (int i = start; i < end; i++) {
                int arm = d[i] == 1.0 ? 1 : 0;
                double w = weights[i];
                int base = (i - start) * p;
                for (int j = 0; j < p; j++) {
                    double v = block[base + j];
                    raw[arm][3 * j] += 1;
                    raw[arm][3 * j + 1] += v;
                    raw[arm][3 * j + 2] += v * v;
                    wtd[arm][3 * j] += w;
                    wtd[arm][3 * j + 1] += w * v;
                    wtd[arm][3 * j + 2] += w * v * v;
                }
            }
        }
        List<CovariateBalance> out = new ArrayList<>(p);
        for (int j = 0; j < p; j++) {
            double m1 = raw[1][3 * j + 1] / raw[1][3 * j];
            double m0 = raw[0][3 * j + 1] / raw[0][3 * j];
            double v1 = sampleVariance(raw[1], j, m1);
            double v0 = sampleVariance(raw[0], j, m0);
            double denominator = switch (estimand) {
                case ATT -> Math.sqrt(v1);
                case ATC -> Math.sqrt(v0);
                default -> Math.sqrt((v1 + v0) / 2);
            };
            double wm1 = wtd[1][3 * j + 1] / wtd[1][3 * j];
            double wm0 = wtd[0][3 * j + 1] / wtd[0][3 * j];
            double wv1 = Math.max(0.0, wtd[1][3 * j + 2] / wtd[1][3 * j] - wm1 * wm1);
            double wv0 = Math.max(0.0, wtd[0][3 * j + 2] / wtd[0][3 * j] - wm0 * wm0);
            out.add(new CovariateBalance(x.columnNames().get(j), ratio(m1 - m0, denominator),
                    ratio(wm1 - wm0, denominator), ratio(v1, v0), ratio(wv1, wv0)));
        }
        return out;
    }

    private static double sampleVariance(double[] s, int j, double mean) {
        double count = s[3 * j];
        return count > 1 ? Math.max(0.0, (s[3 * j + 2] - count * mean * mean) / (count - 1)) : 0.0;
    }

    /** A ratio that is 0 for 0/0 and large-but-finite for x/0, never NaN or infinite. */
    private static double ratio(double a, double b) {
        if (b > 0) {
            return a / b;
        }
        return a == 0 ? 0.0 : Math.copySign(Double.MAX_VALUE, a);
    }

    static double maxAbsSmd(List<CovariateBalance> rows, boolean after) {
        double max = 0.0;
        for (CovariateBalance b : rows) {
            max = Math.max(max, Math.abs(after ? b.smdAfter() : b.smdBefore()));
        }
        return max;
    }
}
