package io.github.causal4j.estimate.internal;

import io.github.causal4j.estimate.DesignMatrix;
import io.github.causal4j.estimate.Parallelism;

/**
 * One pass of Newton's method for logistic regression: at coefficients b, the deviance
 * {@code -2 sum [y log mu + (1-y) log(1-mu)]}, the score {@code X'(y - mu)} and the Fisher
 * information {@code X'WX}, {@code W = mu(1-mu)}, as mergeable chunk sums.
 */
public final class LogisticPasses {

    private LogisticPasses() {
    }

    /**
     * The sums of one pass.
     *
     * @param deviance the deviance
     * @param score {@code X'(y - mu)} over all p columns
     * @param information {@code X'WX}, p x p row-major symmetric
     * @param maxAbsEta the largest {@code |x_i'b|}
     */
    public record Evaluation(double deviance, double[] score, double[] information, double maxAbsEta) {
    }

    private static final class Partial {
        double deviance;
        double maxAbsEta;
        final double[] score;
        final GramAccumulator information;

        Partial(int p) {
            score = new double[p];
            information = new GramAccumulator(p);
        }

        Partial merge(Partial o) {
            deviance += o.deviance;
            maxAbsEta = Math.max(maxAbsEta, o.maxAbsEta);
            for (int j = 0; j < score.length; j++) {
                score[j] += o.score[j];
            }
            information.merge(o.information);
            return this;
        }
    }

    /**
     * @param x design
     * @param y 0/1 outcome
     * @param beta coefficients of all p columns (0 for dropped ones)
     * @param parallelism threads
     * @return the pass' sums
     */
    public static Evaluation evaluate(DesignMatrix x, double[] y, double[] beta, Parallelism parallelism) {
        int n = x.rowCount();
        int p = x.columnCount();
        Partial total = RowChunks.reduce(n, parallelism, (from, to) -> {
            Partial part = new Partial(p);
            double[] block = new double[RowChunks.BLOCK_ROWS * p];
            double[] w = new double[RowChunks.BLOCK_ROWS];
            for (int start = from; start < to; start += RowChunks.BLOCK_ROWS) {
                int end = Math.min(to, start + RowChunks.BLOCK_ROWS);
                int m = end - start;
                x.fill(start, end, block, p);
                for (int i = 0; i < m; i++) {
                    int base = i * p;
                    double eta = 0.0;
                    for (int j = 0; j < p; j++) {
                        eta += block[base + j] * beta[j];
                    }
                    double mu = Logistic.probability(eta);
                    double oneMinus = Logistic.complement(eta);
                    double yi = y[start + i];
                    part.deviance += 2.0 * (yi == 1.0 ? Logistic.softplus(-eta) : Logistic.softplus(eta));
                    part.maxAbsEta = Math.max(part.maxAbsEta, Math.abs(eta));
                    double r = yi == 1.0 ? oneMinus : -mu;
                    for (int j = 0; j < p; j++) {
                        part.score[j] += r * block[base + j];
                    }
                    w[i] = mu * oneMinus;
                }
                part.information.add(block, m, p, w);
            }
            return part;
        }, Partial::merge);
        return new Evaluation(total.deviance, total.score, total.information.symmetric(), total.maxAbsEta);
    }

    /**
     * @param x design
     * @param beta coefficients of all p columns
     * @return the linear predictor per row
     */
    public static double[] linearPredictor(DesignMatrix x, double[] beta) {
        int n = x.rowCount();
        int p = x.columnCount();
        double[] eta = new double[n];
        double[] block = new double[RowChunks.BLOCK_ROWS * p];
        for (int start = 0; start < n; start += RowChunks.BLOCK_ROWS) {
            int end = Math.min(n, start + RowChunks.BLOCK_ROWS);
            x.fill(start, end, block, p);
            for (int i = 0; i < end - start; i++) {
                double s = 0.0;
                for (int j = 0; j < p; j++) {
                    s += block[i * p + j] * beta[j];
                }
                eta[start + i] = s;
            }
        }
        return eta;
    }
}
