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
package io.github.causal4j.estimate.internal;

import java.util.Arrays;

/**
 * Percentile and BCa limits with the conventions of R's {@code boot} package ({@code norm.inter},
 * {@code perc.ci}, {@code bca.ci}; Davison &amp; Hinkley 1997, eq. 5.21 and sec. 5.3.2; Efron 1987,
 * JASA 82:171).
 */
public final class BootstrapIntervals {

    private BootstrapIntervals() {
    }

    /**
     * The alpha-quantile of the replicates as boot's {@code norm.inter}: with {@code r = (R+1) alpha}
     * and {@code k = floor(r)}, the k-th order statistic if r is an integer, the extreme ones if
     * {@code k = 0} or {@code k = R}, else interpolation between the k-th and (k+1)-th on the scale
     * of {@code Phi^{-1}(k/(R+1))}.
     *
     * @param sorted replicates in increasing order
     * @param alpha the probability
     * @return the limit
     */
    public static double normalInterpolated(double[] sorted, double alpha) {
        int r = sorted.length;
        double rank = (r + 1) * alpha;
        int k = (int) rank;
        if (k == rank && k >= 1 && k <= r) {
            return sorted[k - 1];
        }
        if (k <= 0) {
            return sorted[0];
        }
        if (k >= r) {
            return sorted[r - 1];
        }
        double z = Distributions.normalQuantile(alpha);
        double zk = Distributions.normalQuantile((double) k / (r + 1));
        double zk1 = Distributions.normalQuantile((double) (k + 1) / (r + 1));
        return sorted[k - 1] + (z - zk) / (zk1 - zk) * (sorted[k] - sorted[k - 1]);
    }

    /**
     * @param sorted replicates in increasing order
     * @param level confidence level
     * @return percentile interval {lower, upper}
     */
    public static double[] percentile(double[] sorted, double level) {
        return new double[] {normalInterpolated(sorted, (1 - level) / 2), normalInterpolated(sorted, (1 + level) / 2)};
    }

    /**
     * @param influence jackknife (or other empirical) influence values L
     * @return the acceleration {@code sum L^3 / (6 (sum L^2)^{3/2})}
     */
    public static double acceleration(double[] influence) {
        double s2 = 0;
        double s3 = 0;
        for (double l : influence) {
            s2 += l * l;
            s3 += l * l * l;
        }
        return s2 == 0 ? 0.0 : s3 / (6 * Math.pow(s2, 1.5));
    }

    /**
     * @param statistic the statistic on the data
     * @param sorted replicates in increasing order
     * @return {@code z0 = Phi^{-1}(#{t* < t} / R)}, infinite if every replicate lies on one side
     */
    public static double biasCorrection(double statistic, double[] sorted) {
        int below = 0;
        while (below < sorted.length && sorted[below] < statistic) {
            below++;
        }
        double p = (double) below / sorted.length;
        if (p <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p >= 1) {
            return Double.POSITIVE_INFINITY;
        }
        return Distributions.normalQuantile(p);
    }

    /**
     * @param sorted replicates in increasing order
     * @param level confidence level
     * @param z0 bias correction
     * @param a acceleration
     * @return BCa interval {lower, upper}
     */
    public static double[] bca(double[] sorted, double level, double z0, double a) {
        double[] out = new double[2];
        double[] alphas = {(1 - level) / 2, (1 + level) / 2};
        for (int s = 0; s < 2; s++) {
            double z = Distributions.normalQuantile(alphas[s]);
            double adjusted = Distributions.normalCdf(z0 + (z0 + z) / (1 - a * (z0 + z)));
            out[s] = normalInterpolated(sorted, adjusted);
        }
        return out;
    }

    /**
     * @param values values
     * @return a sorted copy
     */
    public static double[] sorted(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s;
    }
}
