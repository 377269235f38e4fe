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
package io.github.causal4j.sensitivity.internal;

/**
 * The distribution of S = &Sigma; r_i B_i for fixed non-negative integer scores r_i and independent
 * B_i ~ Bernoulli(p), by dynamic programming over the attainable sums: O(n &middot; &Sigma; r_i) time,
 * O(&Sigma; r_i) memory. With r_i the (doubled) ranks this is the bounding null distribution of
 * Wilcoxon's signed-rank statistic under Rosenbaum's sensitivity model.
 */
public final class RankSumDistribution {

    private final double[] mass;

    /**
     * @param scores non-negative integer scores
     * @param p success probability in [0, 1]
     */
    public RankSumDistribution(int[] scores, double p) {
        long total = 0;
        for (int s : scores) {
            if (s < 0) {
                throw new IllegalArgumentException("negative score " + s);
            }
            total += s;
        }
        if (total > 200_000_000L) {
            throw new IllegalArgumentException("rank sum " + total + " too large for the exact distribution; use the normal approximation");
        }
        double[] f = new double[(int) total + 1];
        f[0] = 1.0;
        int reach = 0;
        double q = 1.0 - p;
        for (int s : scores) {
            for (int v = reach; v >= 0; v--) {
                double m = f[v];
                if (m != 0.0) {
                    f[v + s] += p * m;
                    f[v] = q * m;
                }
            }
            reach += s;
        }
        this.mass = f;
    }

    /**
     * @param t a value
     * @return P(S &ge; t), summed from the upper tail (no cancellation)
     */
    public double upperTail(long t) {
        double sum = 0.0;
        for (long v = Math.max(0, t); v < mass.length; v++) {
            sum += mass[(int) v];
        }
        return Math.min(1.0, sum);
    }

    /**
     * @param t a value
     * @return P(S &le; t)
     */
    public double lowerTail(long t) {
        double sum = 0.0;
        for (long v = 0; v <= Math.min(t, mass.length - 1L); v++) {
            sum += mass[(int) v];
        }
        return Math.min(1.0, sum);
    }

    /**
     * @param level a tail probability
     * @return the smallest c with P(S &ge; c) &le; level, or -1 if even P(S &ge; max) exceeds it (one pass, O(&Sigma; r))
     */
    public long smallestUpperCut(double level) {
        double tail = 0.0;
        long cut = -1;
        for (int v = mass.length - 1; v >= 0; v--) {
            tail += mass[v];
            if (tail > level) {
                break;
            }
            cut = v;
        }
        return cut;
    }

    /**
     * @param level a tail probability
     * @return the largest c with P(S &le; c) &le; level, or -1 if even P(S &le; 0) exceeds it
     */
    public long largestLowerCut(double level) {
        double tail = 0.0;
        long cut = -1;
        for (int v = 0; v < mass.length; v++) {
            tail += mass[v];
            if (tail > level) {
                break;
            }
            cut = v;
        }
        return cut;
    }

    /** @return the largest attainable sum */
    public int maxSum() {
        return mass.length - 1;
    }
}
