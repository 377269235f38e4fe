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
package io.github.causal4j.estimate.proximal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.Estimate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Monte Carlo check of POR, PIPW, PDR and P2SLS on the data-generating process of
 * proximal_binary.csv (datasets/README.md; Cui et al. 2023's "backward" Gaussian construction, both
 * bridges correctly specified, true ATE 2.0): across {@value #REPLICATIONS} samples of n =
 * {@value #N}, the bias is within 3 Monte Carlo standard errors of 0 and the coverage of the 95%
 * Wald intervals is in [0.93, 0.97] (the binomial Monte Carlo SE of a 0.95 coverage is 0.007).
 *
 * <p>In a finite sample the exponential treatment-bridge equations need not have a root (heavy-tailed
 * weights {@code q}); PIPW and PDR then throw instead of returning a number. Such samples are counted
 * (their share must stay below 10% at this n; about 5% in a numpy check of the same design) and the
 * bias and coverage of PIPW and PDR are over the samples where the estimator exists. POR and P2SLS
 * always exist.
 */
@Tag("slow")
class ProximalSimulationTest {

    static final int REPLICATIONS = 1000;
    static final int N = 5000;

    static Dataset draw(SplittableRandom rng, int n) {
        double[] x = new double[n];
        double[] a = new double[n];
        double[] z = new double[n];
        double[] w = new double[n];
        double[] y = new double[n];
        // Cholesky factor of [[1, .3, .5], [.3, 1, .6], [.5, .6, 1]]
        double l21 = 0.3;
        double l22 = Math.sqrt(1 - 0.09);
        double l31 = 0.5;
        double l32 = (0.6 - 0.15) / l22;
        double l33 = Math.sqrt(1 - l31 * l31 - l32 * l32);
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextGaussian();
            a[i] = rng.nextDouble() < 1 / (1 + Math.exp(-(-0.2 + 0.5 * x[i]))) ? 1 : 0;
            double e1 = rng.nextGaussian();
            double e2 = rng.nextGaussian();
            double e3 = rng.nextGaussian();
            double ez = e1;
            double ew = l21 * e1 + l22 * e2;
            double eu = l31 * e1 + l32 * e2 + l33 * e3;
            z[i] = 0.1 + 0.7 * a[i] + 0.3 * x[i] + ez;
            w[i] = 0.2 + 0.48 * a[i] - 0.3 * x[i] + ew;
            double u = 0.8 * a[i] + 0.4 * x[i] + eu;
            y[i] = 1 + 2.0 * a[i] + 0.5 * x[i] + 1.5 * u + 0.5 * (w[i] - (0.2 - 0.54 * x[i] + 0.6 * u)) + rng.nextGaussian();
        }
        return Dataset.builder().numeric("Y", y).numeric("A", a).numeric("Z", z).numeric("W", w).numeric("X", x).build();
    }

    @Test
    void biasAndCoverage() {
        ProximalModel roles = new ProximalModel("A", "Y", List.of("Z"), List.of("W"), List.of("X"));
        List<ProximalEstimator> estimators = List.of(ProximalEstimator.por(), ProximalEstimator.pipw(),
                ProximalEstimator.pdr(), ProximalEstimator.p2sls());
        double[] sum = new double[estimators.size()];
        double[] sumSq = new double[estimators.size()];
        int[] covered = new int[estimators.size()];
        int[] count = new int[estimators.size()];
        int[] noSolution = new int[estimators.size()];
        SplittableRandom rng = new SplittableRandom(20250102L);
        for (int r = 0; r < REPLICATIONS; r++) {
            Dataset data = draw(rng.split(), N);
            for (int e = 0; e < estimators.size(); e++) {
                Estimate est;
                try {
                    est = estimators.get(e).estimate(data, roles);
                } catch (io.github.causal4j.CausalException ex) {
                    assertTrue(ex.getMessage().contains("no solution was found"), ex.getMessage());
                    noSolution[e]++;
                    continue;
                }
                count[e]++;
                sum[e] += est.value();
                sumSq[e] += est.value() * est.value();
                if (est.ciLower() <= 2.0 && 2.0 <= est.ciUpper()) {
                    covered[e]++;
                }
            }
        }
        StringBuilder table = new StringBuilder();
        for (int e = 0; e < estimators.size(); e++) {
            int c = count[e];
            double mean = sum[e] / c;
            double sd = Math.sqrt((sumSq[e] - c * mean * mean) / (c - 1));
            table.append(String.format(java.util.Locale.ROOT,
                    "%s: bias %.4f (MC SE %.4f), sd %.4f, coverage %.3f, no solution in %d of %d%n",
                    estimators.get(e).method(), mean - 2.0, sd / Math.sqrt(c), sd, covered[e] / (double) c, noSolution[e],
                    REPLICATIONS));
        }
        System.out.print(table);
        for (int e = 0; e < estimators.size(); e++) {
            int c = count[e];
            double mean = sum[e] / c;
            double sd = Math.sqrt((sumSq[e] - c * mean * mean) / (c - 1));
            double coverage = covered[e] / (double) c;
            assertTrue(noSolution[e] <= REPLICATIONS / 10, table.toString());
            assertEquals(2.0, mean, 3 * sd / Math.sqrt(c), table.toString());
            assertTrue(coverage >= 0.93 && coverage <= 0.97, table.toString());
        }
    }
}
