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
package io.github.causal4j.estimate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.internal.BootstrapIntervals;
import io.github.causal4j.estimate.internal.Distributions;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    /** Fixed replicates and influence values; limits from boot 1.3-28.1 (estimation_bootstrap.R). */
    @Test
    void intervalArithmeticAsRBoot() {
        int r = 199;
        double[] t = new double[r];
        for (int b = 1; b <= r; b++) {
            double z = Distributions.normalQuantile((b - 0.5) / r);
            t[b - 1] = 2 + 0.7 * z + 0.3 * z * z + 0.01 * Math.sin(b);
        }
        double[] l = new double[40];
        double meanSq = 0;
        for (int i = 1; i <= 40; i++) {
            meanSq += 0.05 * Math.pow(i - 20.5, 2) / 40;
        }
        for (int i = 1; i <= 40; i++) {
            l[i - 1] = (i - 20.5) + 0.05 * Math.pow(i - 20.5, 2) - meanSq;
        }
        double[] sorted = BootstrapIntervals.sorted(t);
        double a = BootstrapIntervals.acceleration(l);
        double z0 = BootstrapIntervals.biasCorrection(2.1, sorted);
        assertEquals(0.027185815747222682, a, 1e-14);
        assertEquals(0.13264725084230555, z0, 1e-13);
        double[] p95 = BootstrapIntervals.percentile(sorted, 0.95);
        assertEquals(1.5903583336865701, p95[0], 1e-12);
        assertEquals(4.6070323037006213, p95[1], 1e-12);
        double[] b95 = BootstrapIntervals.bca(sorted, 0.95, z0, a);
        assertEquals(1.5989162437121576, b95[0], 1e-12);
        assertEquals(5.5578542953909134, b95[1], 1e-12);
        double[] b90 = BootstrapIntervals.bca(sorted, 0.90, z0, a);
        assertEquals(1.6059986155254884, b90[0], 1e-12);
        assertEquals(4.6966245162277227, b90[1], 1e-12);
        double[] p90 = BootstrapIntervals.percentile(sorted, 0.90);
        assertEquals(4.0108612716542469, p90[1], 1e-12);
        // integer rank (R + 1) * 0.025 = 25: the 25th order statistic itself
        double[] t2 = new double[999];
        for (int i = 1; i <= 999; i++) {
            t2[i - 1] = 2 + Math.pow(Distributions.normalQuantile(i / 1000.0), 3);
        }
        double[] p999 = BootstrapIntervals.percentile(BootstrapIntervals.sorted(t2), 0.95);
        assertEquals(-5.5291209366541896, p999[0], 1e-12);
        assertEquals(9.5291209366541896, p999[1], 1e-12);
    }

    private static Dataset normalSample(int n) {
        java.util.Random r = new java.util.Random(3);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.exp(r.nextGaussian());
        }
        return Dataset.builder().numeric("x", x).build();
    }

    @Test
    void sameReplicatesForAnyNumberOfThreadsAndAListener() {
        Dataset d = normalSample(60);
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger last = new AtomicInteger();
        BootstrapResult one = Bootstrap.replicates(200).withSeed(9).withParallelism(Parallelism.sequential())
                .withListener((done, total) -> {
                    calls.incrementAndGet();
                    last.accumulateAndGet(total, Math::max);
                }).run(d, s -> s.numeric("x").mean());
        BootstrapResult two = Bootstrap.replicates(200).withSeed(9).withParallelism(Parallelism.threads(2))
                .run(d, s -> s.numeric("x").mean());
        BootstrapResult pool = Bootstrap.replicates(200).withSeed(9).run(d, s -> s.numeric("x").mean());
        assertArrayEquals(one.replicates(), two.replicates());
        assertArrayEquals(one.replicates(), pool.replicates());
        assertEquals(one.bcaLower(), two.bcaLower(), 0.0);
        assertEquals(260, calls.get(), "200 replicates + 60 jackknife fits");
        assertEquals(260, last.get());
        BootstrapResult other = Bootstrap.replicates(200).withSeed(10).run(d, s -> s.numeric("x").mean());
        assertTrue(other.replicates()[0] != one.replicates()[0]);
    }

    /** For the mean, the jackknife influence values are x_i - xbar, so a = skewness / (6 sqrt(n)) exactly. */
    @Test
    void jackknifeAccelerationOfTheMean() {
        Dataset d = normalSample(50);
        double[] x = d.numeric("x").toArray();
        double mean = d.numeric("x").mean();
        double s2 = 0;
        double s3 = 0;
        for (double v : x) {
            s2 += (v - mean) * (v - mean);
            s3 += Math.pow(v - mean, 3);
        }
        BootstrapResult r = Bootstrap.replicates(100).run(d, s -> s.numeric("x").mean());
        assertEquals(s3 / (6 * Math.pow(s2, 1.5)), r.acceleration(), 1e-12);
        assertEquals(mean, r.statistic(), 0.0);
        assertTrue(r.bcaLower() < mean && mean < r.bcaUpper());
    }

    @Test
    void failedReplicatesAreCountedAndEstimatesGetBootstrapInference() {
        Dataset lalonde = TestData.lalonde();
        // a statistic that fails on resamples containing row 0 more than once
        BootstrapResult r = Bootstrap.replicates(50).withSeed(1).run(lalonde, s -> {
            int zeros = 0;
            for (int i = 0; i < s.rowCount(); i++) {
                zeros += s.numeric("id").get(i) == 1 ? 1 : 0;
            }
            if (zeros > 1) {
                throw new IllegalStateException("duplicate");
            }
            return s.numeric("re78").mean();
        });
        assertTrue(r.failures() > 0 && r.failures() < 50, "failures " + r.failures());
        assertEquals(50, r.failures() + r.replicates().length);
        assertTrue(r.warnings().get(0).contains("failed on " + r.failures()));
        Estimate e = Bootstrap.replicates(60).withSeed(2).estimate(Estimators.ols(), lalonde, "treat", "re78",
                TestData.LALONDE_COVARIATES);
        assertEquals(1548.24380199957886362, e.value(), 1e-6);
        assertTrue(e.stdError() > 300 && e.stdError() < 2000, "bootstrap SE " + e.stdError());
        assertEquals(60.0, e.diagnostics().get("bootstrap_replicates"));
        assertThrows(IllegalArgumentException.class, () -> Bootstrap.replicates(1));
    }
}
