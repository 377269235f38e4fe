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
     * @param eta the linear predictor of every row
     */
    public record Evaluation(double deviance, double[] score, double[] information, double maxAbsEta, double[] eta) {
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
        return evaluate(x, y, beta, parallelism, true);
    }

    /**
     * @param x design
     * @param y 0/1 outcome
     * @param beta coefficients of all p columns (0 for dropped ones)
     * @param parallelism threads
     * @param withInformation whether to form the information matrix (the costly part); if not, it is {@code null}
     * @return the pass' sums
     */
    public static Evaluation evaluate(DesignMatrix x, double[] y, double[] beta, Parallelism parallelism,
            boolean withInformation) {
        int n = x.rowCount();
        int p = x.columnCount();
        double[] etas = new double[n];
        Partial total = RowChunks.reduce(n, parallelism, (from, to) -> {
            Partial part = new Partial(p);
            double[] block = new double[RowChunks.BLOCK_ROWS * p];
            double[] w = new double[RowChunks.BLOCK_ROWS];
            double[] residual = new double[RowChunks.BLOCK_ROWS];
            for (int start = from; start < to; start += RowChunks.BLOCK_ROWS) {
                int end = Math.min(to, start + RowChunks.BLOCK_ROWS);
                int m = end - start;
                x.fill(start, end, block, p);
                for (int i = 0; i < m; i++) {
                    int base = i * p;
                    double eta = Dot.product(block, base, beta, 0, p);
                    etas[start + i] = eta;
                    // one exp and one log per row: with t = exp(-|eta|) in (0, 1], mu and 1 - mu are 1/(1+t) and
                    // t/(1+t) (in the order of eta's sign), and the deviance term is 2 (max(-s eta, 0) + log(1+t)).
                    // log(1+t) instead of log1p(t) (not a JIT intrinsic): its absolute error stays below 1e-16
                    // per row, negligible against a deviance of order n.
                    double t = Math.exp(-Math.abs(eta));
                    double big = 1.0 / (1.0 + t);
                    double small = t * big;
                    double mu = eta >= 0 ? big : small;
                    double oneMinus = eta >= 0 ? small : big;
                    double yi = y[start + i];
                    double signedEta = yi == 1.0 ? -eta : eta;
                    part.deviance += 2.0 * (Math.max(signedEta, 0.0) + Math.log(1.0 + t));
                    part.maxAbsEta = Math.max(part.maxAbsEta, Math.abs(eta));
                    residual[i] = yi == 1.0 ? oneMinus : -mu;
                    w[i] = mu * oneMinus;
                }
                addScore(part.score, block, residual, m, p);
                if (withInformation) {
                    part.information.add(block, m, p, w);
                }
            }
            return part;
        }, Partial::merge);
        return new Evaluation(total.deviance, total.score, withInformation ? total.information.symmetric() : null,
                total.maxAbsEta, etas);
    }

    /** {@code score += sum_i r_i x_i}, four rows at a time so each score entry is loaded and stored once per four. */
    private static void addScore(double[] score, double[] block, double[] r, int m, int p) {
        int i = 0;
        for (; i + 3 < m; i += 4) {
            int b0 = i * p;
            int b1 = b0 + p;
            int b2 = b1 + p;
            int b3 = b2 + p;
            double r0 = r[i];
            double r1 = r[i + 1];
            double r2 = r[i + 2];
            double r3 = r[i + 3];
            for (int j = 0; j < p; j++) {
                score[j] += r0 * block[b0 + j] + r1 * block[b1 + j] + r2 * block[b2 + j] + r3 * block[b3 + j];
            }
        }
        for (; i < m; i++) {
            int base = i * p;
            double ri = r[i];
            for (int j = 0; j < p; j++) {
                score[j] += ri * block[base + j];
            }
        }
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
                eta[start + i] = Dot.product(block, i * p, beta, 0, p);
            }
        }
        return eta;
    }
}
