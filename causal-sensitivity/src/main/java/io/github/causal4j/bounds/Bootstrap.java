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
package io.github.causal4j.bounds;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The nonparametric bootstrap of bounds, written once for every method: a resample is a vector of
 * frequency weights drawn from the multinomial distribution with the observed weights as cell
 * probabilities and their total as the number of draws. With unit weights this is the ordinary
 * row bootstrap; with a count table it resamples the expanded data. One
 * {@link SplittableRandom} seeded with the given seed drives the draws in order, so the same
 * seed gives the same replicates. Its standard errors are consistent only where the bound is a
 * differentiable functional of the distribution, not at the kinks of a max/min (Andrews 2000; Fang
 * &amp; Santos 2019): see {@link BoundsInference}.
 */
final class Bootstrap {

    /**
     * The bootstrap replicates that succeeded.
     *
     * @param lower lower-bound estimates, one per successful replicate
     * @param upper upper-bound estimates, one per successful replicate
     * @param failed replicates whose resample contradicted the assumptions (no bounds)
     */
    record Replicates(double[] lower, double[] upper, int failed) {

        double lowerStdError() {
            return io.github.causal4j.estimate.internal.Replicates.standardDeviation(lower);
        }

        double upperStdError() {
            return io.github.causal4j.estimate.internal.Replicates.standardDeviation(upper);
        }

        double lowerMean() {
            return Arrays.stream(lower).average().orElseThrow();
        }

        double upperMean() {
            return Arrays.stream(upper).average().orElseThrow();
        }
    }

    private Bootstrap() {
    }

    /**
     * Draws {@code replications} resamples and evaluates the statistic on each.
     *
     * @param weights observed frequency weights (their total must be a whole number)
     * @param replications number of resamples
     * @param seed seed of the random numbers
     * @param statistic maps resampled weights to {lower, upper}; an {@link AssumptionsRefutedException}
     *     marks a failed replicate
     */
    static Replicates run(double[] weights, int replications, long seed, Function<double[], double[]> statistic) {
        return runStratified(List.of(weights), replications, seed, rw -> statistic.apply(rw.get(0)));
    }

    /**
     * The bootstrap of several independent samples (e.g. an experiment and an observational study):
     * each replicate resamples every sample separately, keeping its size.
     */
    static Replicates runStratified(List<double[]> samples, int replications, long seed,
            Function<List<double[]>, double[]> statistic) {
        int strata = samples.size();
        long[] draws = new long[strata];
        double[][] cumulative = new double[strata][];
        boolean[] unit = new boolean[strata];
        for (int k = 0; k < strata; k++) {
            double[] weights = samples.get(k);
            double total = BoundsData.sum(weights);
            draws[k] = Math.round(total);
            if (Math.abs(total - draws[k]) > 1e-6 * Math.max(1, total)) {
                throw new IllegalArgumentException("the bootstrap needs whole-number frequency weights (counts), but "
                        + "the weights sum to " + total + "; use InferenceOptions.none() for probability weights");
            }
            unit[k] = true;
            cumulative[k] = new double[weights.length];
            double running = 0;
            for (int i = 0; i < weights.length; i++) {
                unit[k] &= weights[i] == 1.0;
                running += weights[i];
                cumulative[k][i] = running;
            }
        }
        SplittableRandom rng = new SplittableRandom(seed);
        double[] lo = new double[replications];
        double[] up = new double[replications];
        int ok = 0;
        int failed = 0;
        for (int r = 0; r < replications; r++) {
            List<double[]> resampled = new java.util.ArrayList<>(strata);
            for (int k = 0; k < strata; k++) {
                double[] cum = cumulative[k];
                int m = cum.length;
                double total = cum[m - 1];
                double[] rw = new double[m];
                for (long j = 0; j < draws[k]; j++) {
                    int cell = unit[k] ? rng.nextInt(m) : cell(cum, rng.nextDouble() * total);
                    rw[cell] += 1;
                }
                resampled.add(rw);
            }
            double[] b;
            try {
                b = statistic.apply(resampled);
            } catch (AssumptionsRefutedException | IllegalArgumentException e) {
                failed++;
                continue;
            }
            lo[ok] = b[0];
            up[ok] = b[1];
            ok++;
        }
        if (ok < 2) {
            throw new AssumptionsRefutedException("the bootstrap failed: " + failed + " of " + replications
                    + " resamples contradicted the assumptions or left a cell empty");
        }
        return new Replicates(Arrays.copyOf(lo, ok), Arrays.copyOf(up, ok), failed);
    }

    /** The first index whose cumulative weight exceeds {@code u} (binary search; zero-weight cells never chosen). */
    private static int cell(double[] cumulative, double u) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Inference from replicates (Imbens–Manski interval with bootstrap standard errors). */
    static BoundsInference inference(Replicates reps, InferenceOptions options, double lower, double upper) {
        return ImbensManski.interval(BoundsInference.Kind.BOOTSTRAP, options.level(), lower, upper,
                reps.lowerStdError(), reps.upperStdError(), reps.lower().length + reps.failed(),
                java.util.OptionalLong.of(options.seed()));
    }
}
