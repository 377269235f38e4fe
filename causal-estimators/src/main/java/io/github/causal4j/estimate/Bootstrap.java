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

import io.github.causal4j.CausalException;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.internal.BootstrapIntervals;
import io.github.causal4j.estimate.internal.OptionChecks;
import io.github.causal4j.estimate.internal.Replicates;
import io.github.causal4j.estimate.internal.RowChunks;
import io.github.causal4j.estimate.internal.Seeds;
import io.github.causal4j.result.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;

/**
 * The nonparametric bootstrap of any statistic of a data set — in particular of any
 * {@link EffectEstimator} (Efron &amp; Tibshirani 1993, <i>An Introduction to the Bootstrap</i>).
 * Each replicate resamples the rows with replacement (a view, not a copy) and recomputes the
 * statistic; replicate b draws its rows from a generator seeded by {@code (seed, b)} alone, so the
 * replicates — and every interval — are identical whatever the number of threads.
 *
 * <p>Intervals: percentile and BCa (bias-corrected and accelerated), with R {@code boot}'s
 * interpolation rule (see {@link BootstrapResult}). The BCa acceleration comes from jackknife
 * influence values, {@code L_g = (G-1)(mean theta_(-.) - theta_(-g))}: the exact jackknife
 * (G = n, as {@code boot::empinf(type = "jack")}) when {@code n <= jackknifeGroups}, otherwise a
 * delete-a-group jackknife over that many random groups, which keeps the cost bounded for large n.
 * Replicates on which the statistic throws (a resample without treated units, a separated
 * propensity model) are left out and counted.
 *
 * <pre>{@code
 * Estimate e = Bootstrap.replicates(999).withSeed(42)
 *         .estimate(Estimators.ipw(), data, "treat", "re78", covariates);   // bootstrap SE and BCa CI
 * }</pre>
 */
public final class Bootstrap {

    private final int replicates;
    private final long seed;
    private final double confidenceLevel;
    private final int jackknifeGroups;
    private final Parallelism parallelism;
    private final BootstrapListener listener;

    private Bootstrap(int replicates, long seed, double confidenceLevel, int jackknifeGroups, Parallelism parallelism,
            BootstrapListener listener) {
        this.replicates = replicates;
        this.seed = seed;
        this.confidenceLevel = confidenceLevel;
        this.jackknifeGroups = jackknifeGroups;
        this.parallelism = parallelism;
        this.listener = listener;
    }

    /**
     * @param count number of replicates, at least 2 (999 or more for intervals)
     * @return a bootstrap with seed 0, 95% intervals, a jackknife of at most 1000 groups, all cores
     */
    public static Bootstrap replicates(int count) {
        if (count < 2) {
            throw new IllegalArgumentException("the bootstrap needs at least 2 replicates, got " + count);
        }
        return new Bootstrap(count, 0L, 0.95, 1000, Parallelism.commonPool(), BootstrapListener.NONE);
    }

    /**
     * @param newSeed the seed
     * @return a copy using it
     */
    public Bootstrap withSeed(long newSeed) {
        return new Bootstrap(replicates, newSeed, confidenceLevel, jackknifeGroups, parallelism, listener);
    }

    /**
     * @param level confidence level in (0, 1)
     * @return a copy using it
     */
    public Bootstrap withConfidenceLevel(double level) {
        OptionChecks.confidenceLevel(level);
        return new Bootstrap(replicates, seed, level, jackknifeGroups, parallelism, listener);
    }

    /**
     * @param groups the most jackknife fits for the BCa acceleration, at least 2 (the exact jackknife when n is smaller)
     * @return a copy using it
     */
    public Bootstrap withJackknifeGroups(int groups) {
        if (groups < 2) {
            throw new IllegalArgumentException("the jackknife needs at least 2 groups, got " + groups);
        }
        return new Bootstrap(replicates, seed, confidenceLevel, groups, parallelism, listener);
    }

    /**
     * @param threads threads for the replicates (the result does not depend on them)
     * @return a copy using them
     */
    public Bootstrap withParallelism(Parallelism threads) {
        return new Bootstrap(replicates, seed, confidenceLevel, jackknifeGroups, Objects.requireNonNull(threads, "threads"),
                listener);
    }

    /**
     * @param progress called as replicates finish
     * @return a copy reporting to it
     */
    public Bootstrap withListener(BootstrapListener progress) {
        return new Bootstrap(replicates, seed, confidenceLevel, jackknifeGroups, parallelism,
                Objects.requireNonNull(progress, "progress"));
    }

    /**
     * Bootstraps a statistic.
     *
     * @param data the data
     * @param statistic a function of a data set (e.g. an estimator's point estimate)
     * @return replicates, SE and intervals
     * @throws CausalException if the statistic fails on the data itself, on every replicate, or the BCa
     *     correction is infinite (every replicate on one side of the statistic)
     */
    public BootstrapResult run(Dataset data, ToDoubleFunction<Dataset> statistic) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(statistic, "statistic");
        int n = data.rowCount();
        if (n < 2) {
            throw new IllegalArgumentException("the bootstrap needs at least 2 rows, got " + n);
        }
        double theta = statistic.applyAsDouble(data);
        if (!Double.isFinite(theta)) {
            throw new CausalException("the statistic is " + theta + " on the data");
        }
        int groups = Math.min(n, jackknifeGroups);
        int total = replicates + groups;
        AtomicInteger done = new AtomicInteger();
        double[] t = Replicates.finite(Replicates.run(replicates, seed, Seeds.BOOTSTRAP, parallelism, random -> {
            int[] rows = new int[n];
            for (int i = 0; i < n; i++) {
                rows[i] = random.nextInt(n);
            }
            return statistic.applyAsDouble(data.rows(rows));
        }, () -> listener.progress(done.incrementAndGet(), total)));
        int failures = replicates - t.length;
        if (t.length < 2) {
            throw new CausalException("the statistic failed on " + failures + " of " + replicates + " bootstrap replicates");
        }
        double[] jackknife = jackknife(data, statistic, groups, done, total);
        double mean = Replicates.mean(t);
        double[] sorted = BootstrapIntervals.sorted(t);
        double[] percentile = BootstrapIntervals.percentile(sorted, confidenceLevel);
        double z0 = BootstrapIntervals.biasCorrection(theta, sorted);
        if (Double.isInfinite(z0)) {
            throw new CausalException("every bootstrap replicate lies on one side of the statistic " + theta
                    + ": the BCa bias correction is infinite");
        }
        double a = BootstrapIntervals.acceleration(jackknife);
        double[] bca = BootstrapIntervals.bca(sorted, confidenceLevel, z0, a);
        List<String> warnings = new ArrayList<>();
        if (failures > 0) {
            warnings.add("the statistic failed on " + failures + " of " + replicates + " replicates, which were left out");
        }
        double rank = (t.length + 1) * (1 - confidenceLevel) / 2;
        if (rank < 1) {
            warnings.add("too few replicates (" + t.length + ") for " + confidenceLevel
                    + " intervals: extreme order statistics used as endpoints");
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("replicates", Integer.toString(replicates));
        settings.put("jackknife_groups", Integer.toString(groups));
        settings.put("confidence_level", Double.toString(confidenceLevel));
        Provenance provenance = Provenance.of(data.sha256(), n, "bootstrap", settings, OptionalLong.of(seed));
        return new BootstrapResult(theta, t, failures, Replicates.standardDeviation(t), mean - theta, confidenceLevel,
                percentile[0], percentile[1], bca[0], bca[1], z0, a, warnings, provenance);
    }

    /** Jackknife influence values {@code (G-1)(mean - theta_(-g))}, exact when G = n. */
    private double[] jackknife(Dataset data, ToDoubleFunction<Dataset> statistic, int groups, AtomicInteger done,
            int total) {
        int n = data.rowCount();
        int[] group = groups == n ? identity(n) : Seeds.folds(n, groups, seed ^ 0x4a41434bL);
        int[] sizes = new int[groups];
        for (int g : group) {
            sizes[g]++;
        }
        List<Double> values = RowChunks.mapIndices(groups, parallelism, g -> {
            int[] keep = new int[n - sizes[g]];
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (group[i] != g) {
                    keep[k++] = i;
                }
            }
            double v = Replicates.orNaN(() -> statistic.applyAsDouble(data.rows(keep)));
            listener.progress(done.incrementAndGet(), total);
            return v;
        });
        double[] theta = values.stream().mapToDouble(Double::doubleValue).toArray();
        double mean = 0;
        int ok = 0;
        for (double v : theta) {
            if (Double.isFinite(v)) {
                mean += v;
                ok++;
            }
        }
        mean /= Math.max(1, ok);
        double[] influence = new double[groups];
        for (int g = 0; g < groups; g++) {
            influence[g] = Double.isFinite(theta[g]) ? (groups - 1) * (mean - theta[g]) : 0.0;
        }
        return influence;
    }

    private static int[] identity(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }

    /**
     * Bootstraps an estimator's point estimate.
     *
     * @param estimator the estimator
     * @param data the data
     * @param treatment treatment column
     * @param outcome outcome column
     * @param covariates adjustment set
     * @return the bootstrap result
     */
    public BootstrapResult run(EffectEstimator estimator, Dataset data, String treatment, String outcome,
            List<String> covariates) {
        return run(data, d -> estimator.estimate(d, treatment, outcome, covariates).value());
    }

    /**
     * The estimator's estimate with its standard error and interval replaced by the bootstrap's
     * (BCa interval; p-value from the normal approximation with the bootstrap SE).
     *
     * @param estimator the estimator
     * @param data the data
     * @param treatment treatment column
     * @param outcome outcome column
     * @param covariates adjustment set
     * @return the estimate with bootstrap inference; diagnostics gain the bootstrap constants
     */
    public Estimate estimate(EffectEstimator estimator, Dataset data, String treatment, String outcome,
            List<String> covariates) {
        Estimate point = estimator.estimate(data, treatment, outcome, covariates);
        BootstrapResult boot = run(estimator, data, treatment, outcome, covariates);
        List<String> warnings = new ArrayList<>(point.warnings());
        warnings.addAll(boot.warnings());
        Provenance p = point.provenance().withSetting("bootstrap_replicates", Integer.toString(replicates))
                .withSetting("bootstrap_seed", Long.toString(seed));
        return Estimate.builder(point.method(), point.estimand()).variables(treatment, outcome)
                .value(point.value(), boot.stdError()).interval(boot.bcaLower(), boot.bcaUpper())
                .confidenceLevel(confidenceLevel).n(point.n()).diagnostics(point.diagnostics())
                .diagnostic("bootstrap_replicates", boot.replicates().length)
                .diagnostic("bootstrap_failures", boot.failures()).diagnostic("bootstrap_bias", boot.bias())
                .diagnostic("bootstrap_percentile_lower", boot.percentileLower())
                .diagnostic("bootstrap_percentile_upper", boot.percentileUpper())
                .balance(point.balance()).warnings(warnings).provenance(p).build();
    }

    /** @return e.g. {@code "Bootstrap[R=999, seed=42, level=0.95]"} */
    @Override
    public String toString() {
        return "Bootstrap[R=" + replicates + ", seed=" + seed + ", level=" + confidenceLevel + ", jackknife<=" + jackknifeGroups
                + ", " + parallelism + "]";
    }
}
