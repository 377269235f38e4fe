package io.github.causal4j.estimate.internal;

/**
 * The weighted Gram matrix {@code sum_i w_i x_i x_i'} of the first p columns of row-major blocks,
 * accumulated in the upper triangle; partials merge by addition. It is the "meat" of a sandwich
 * covariance ({@code w_i = e_i^2} and its HC variants) and the Hessian of a Newton step.
 */
public final class GramAccumulator {

    private final int p;
    private final double[] g;

    /**
     * @param p the number of columns
     */
    public GramAccumulator(int p) {
        this.p = p;
        this.g = new double[p * p];
    }

    /** @return the number of columns */
    public int columns() {
        return p;
    }

    /**
     * Adds {@code sum_i w_i x_i x_i'} over the rows of a block.
     *
     * @param block row-major rows, {@code x_i[j] = block[i * stride + j]}
     * @param m number of rows
     * @param stride row stride of the block, at least p
     * @param weights {@code w_i}, indexed from 0 for the block's first row
     */
    public void add(double[] block, int m, int stride, double[] weights) {
        final int p = this.p;
        final double[] g = this.g;
        for (int i = 0; i < m; i++) {
            double wi = weights[i];
            if (wi == 0.0) {
                continue;
            }
            int base = i * stride;
            for (int a = 0; a < p; a++) {
                double xa = wi * block[base + a];
                if (xa == 0.0) {
                    continue;
                }
                int row = a * p;
                for (int b = a; b < p; b++) {
                    g[row + b] += xa * block[base + b];
                }
            }
        }
    }

    /**
     * @param other partial sums over other rows
     * @return this accumulator, now holding the sum
     */
    public GramAccumulator merge(GramAccumulator other) {
        for (int k = 0; k < g.length; k++) {
            g[k] += other.g[k];
        }
        return this;
    }

    /** @return the full symmetric matrix, p x p row-major (a fresh array) */
    public double[] symmetric() {
        double[] out = new double[p * p];
        for (int a = 0; a < p; a++) {
            for (int b = a; b < p; b++) {
                out[a * p + b] = g[a * p + b];
                out[b * p + a] = g[a * p + b];
            }
        }
        return out;
    }
}
