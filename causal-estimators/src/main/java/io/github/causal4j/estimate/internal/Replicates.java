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

import io.github.causal4j.estimate.Parallelism;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import java.util.function.ToDoubleFunction;

/**
 * Seeded replicates of a statistic (bootstrap resamples, refutation simulations) and their
 * summaries. Replicate {@code r} draws from its own generator {@link Seeds#random(long, long, long)
 * Seeds.random(seed, stream, r)}, so the values do not depend on the number of threads; a replicate
 * on which the statistic throws or is not finite counts as failed ({@code NaN}) rather than ending
 * the run, and the caller decides how many failures it tolerates.
 */
public final class Replicates {

    private Replicates() {
    }

    /**
     * @param count number of replicates
     * @param seed the user's seed
     * @param stream the stream label of this use of the seed (e.g. {@link Seeds#BOOTSTRAP})
     * @param parallelism threads for the replicates
     * @param replicate the statistic of one replicate, given its generator
     * @param finished called after each replicate (possibly from several threads)
     * @return the value of each replicate in replicate order, {@code NaN} for a failed one
     */
    public static double[] run(int count, long seed, long stream, Parallelism parallelism,
            ToDoubleFunction<SplittableRandom> replicate, Runnable finished) {
        List<Double> values = RowChunks.mapIndices(count, parallelism, r -> {
            double v = orNaN(() -> replicate.applyAsDouble(Seeds.random(seed, stream, r)));
            finished.run();
            return Double.isFinite(v) ? v : Double.NaN;
        });
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * @param statistic a statistic that may fail
     * @return its value, or {@code NaN} if it throws
     */
    public static double orNaN(DoubleSupplier statistic) {
        try {
            return statistic.getAsDouble();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    /**
     * @param values replicate values
     * @return the finite ones, in order
     */
    public static double[] finite(double[] values) {
        return java.util.Arrays.stream(values).filter(Double::isFinite).toArray();
    }

    /**
     * @param v values (at least one)
     * @return their mean, summed in order
     */
    public static double mean(double[] v) {
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        return mean / v.length;
    }

    /**
     * @param v values (at least two)
     * @return their sample standard deviation {@code sqrt(sum (v - mean)^2 / (n - 1))}
     */
    public static double standardDeviation(double[] v) {
        double mean = mean(v);
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        return Math.sqrt(ss / (v.length - 1));
    }
}
