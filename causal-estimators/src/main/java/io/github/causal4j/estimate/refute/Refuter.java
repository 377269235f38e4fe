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
package io.github.causal4j.estimate.refute;

import io.github.causal4j.CausalException;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.BootstrapListener;
import io.github.causal4j.estimate.EffectEstimator;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.Parallelism;
import io.github.causal4j.estimate.internal.Replicates;
import io.github.causal4j.estimate.internal.Seeds;
import io.github.causal4j.result.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A refutation test (see {@link RefuterKind} for the four tests and their pass rules): it builds R
 * simulated versions of the data, re-runs the estimator on each, and compares the original
 * estimate with the re-estimates. Simulation r uses a generator seeded by {@code (seed, kind, r)},
 * so results do not depend on the number of threads. Immutable; configure with the withers.
 *
 * <pre>{@code
 * Refutation r = Refuter.placeboTreatment().withSimulations(200).withSeed(7)
 *         .refute(Estimators.ipw(), data, "treat", "re78", covariates);
 * }</pre>
 */
public final class Refuter {

    /** The column name of the random common cause (changed if the data already use it). */
    public static final String RANDOM_COMMON_CAUSE = "random_common_cause";

    private final RefuterKind kind;
    private final int simulations;
    private final long seed;
    private final double significance;
    private final double subsetFraction;
    private final Parallelism parallelism;
    private final BootstrapListener listener;

    private Refuter(RefuterKind kind, int simulations, long seed, double significance, double subsetFraction,
            Parallelism parallelism, BootstrapListener listener) {
        this.kind = kind;
        this.simulations = simulations;
        this.seed = seed;
        this.significance = significance;
        this.subsetFraction = subsetFraction;
        this.parallelism = parallelism;
        this.listener = listener;
    }

    private static Refuter of(RefuterKind kind) {
        return new Refuter(kind, 100, 0L, 0.05, 0.8, Parallelism.commonPool(), BootstrapListener.NONE);
    }

    /** @return the placebo-treatment test (100 permutations, alpha 0.05) */
    public static Refuter placeboTreatment() {
        return of(RefuterKind.PLACEBO_TREATMENT);
    }

    /** @return the random-common-cause test */
    public static Refuter randomCommonCause() {
        return of(RefuterKind.RANDOM_COMMON_CAUSE);
    }

    /** @return the data-subset test with 80% subsets */
    public static Refuter dataSubset() {
        return of(RefuterKind.DATA_SUBSET);
    }

    /** @return the dummy-outcome test */
    public static Refuter dummyOutcome() {
        return of(RefuterKind.DUMMY_OUTCOME);
    }

    /**
     * @param count number of simulations, at least 2
     * @return a copy using it
     */
    public Refuter withSimulations(int count) {
        if (count < 2) {
            throw new IllegalArgumentException("a refutation needs at least 2 simulations, got " + count);
        }
        return new Refuter(kind, count, seed, significance, subsetFraction, parallelism, listener);
    }

    /**
     * @param newSeed the seed
     * @return a copy using it
     */
    public Refuter withSeed(long newSeed) {
        return new Refuter(kind, simulations, newSeed, significance, subsetFraction, parallelism, listener);
    }

    /**
     * @param alpha significance level in (0, 1)
     * @return a copy using it
     */
    public Refuter withSignificance(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("significance must be in (0, 1), got " + alpha);
        }
        return new Refuter(kind, simulations, seed, alpha, subsetFraction, parallelism, listener);
    }

    /**
     * @param fraction share of rows in each subset, in (0, 1) (data-subset test only)
     * @return a copy using it
     */
    public Refuter withSubsetFraction(double fraction) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("the subset fraction must be in (0, 1), got " + fraction);
        }
        return new Refuter(kind, simulations, seed, significance, fraction, parallelism, listener);
    }

    /**
     * @param threads threads for the simulations
     * @return a copy using them
     */
    public Refuter withParallelism(Parallelism threads) {
        return new Refuter(kind, simulations, seed, significance, subsetFraction,
                Objects.requireNonNull(threads, "threads"), listener);
    }

    /**
     * @param progress called after each simulation (possibly from several threads; the counts only grow)
     * @return a copy reporting to it
     */
    public Refuter withListener(BootstrapListener progress) {
        return new Refuter(kind, simulations, seed, significance, subsetFraction, parallelism,
                Objects.requireNonNull(progress, "progress"));
    }

    /** @return which test */
    public RefuterKind kind() {
        return kind;
    }

    /**
     * Estimates on the data, then refutes that estimate.
     *
     * @param estimator the estimator
     * @param data the data
     * @param treatment treatment column
     * @param outcome outcome column
     * @param covariates adjustment set
     * @return the refutation
     */
    public Refutation refute(EffectEstimator estimator, Dataset data, String treatment, String outcome,
            List<String> covariates) {
        return refute(estimator, estimator.estimate(data, treatment, outcome, covariates), data, treatment, outcome,
                covariates);
    }

    /**
     * Refutes an estimate already computed by the estimator on the data.
     *
     * @param estimator the estimator that produced it
     * @param original the estimate
     * @param data the data
     * @param treatment treatment column
     * @param outcome outcome column
     * @param covariates adjustment set
     * @return the refutation
     */
    public Refutation refute(EffectEstimator estimator, Estimate original, Dataset data, String treatment, String outcome,
            List<String> covariates) {
        Objects.requireNonNull(estimator, "estimator");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(data, "data");
        requireAttainableSignificance();
        Simulation simulation = Simulation.of(kind, data, treatment, outcome, covariates, subsetFraction);
        long stream = Seeds.REFUTE + kind.ordinal();
        AtomicInteger done = new AtomicInteger();
        double[] t = Replicates.finite(Replicates.run(simulations, seed, stream, parallelism, random -> {
            Simulation.Instance in = simulation.draw(random);
            return estimator.estimate(in.data(), treatment, in.outcome(), in.covariates()).value();
        }, () -> listener.progress(done.incrementAndGet(), simulations)));
        int failures = simulations - t.length;
        if (t.length < 2) {
            throw new CausalException("the estimator failed on " + failures + " of " + simulations + " "
                    + kind.label() + " simulations");
        }
        double tau = original.value();
        double p;
        boolean passed;
        String rule;
        if (kind.isNullTest()) {
            int extreme = 0;
            for (double v : t) {
                if (Math.abs(v) >= Math.abs(tau)) {
                    extreme++;
                }
            }
            p = (1.0 + extreme) / (1.0 + t.length);
            passed = p <= significance;
            rule = "passes when the estimate is more extreme than the effects found in data without an effect: p = (1 + #{|t_r|"
                    + " >= |estimate|}) / (1 + R) <= " + significance;
        } else {
            int below = 0;
            int above = 0;
            for (double v : t) {
                below += v <= tau ? 1 : 0;
                above += v >= tau ? 1 : 0;
            }
            p = Math.min(1.0, 2.0 * Math.min(1.0 + below, 1.0 + above) / (1.0 + t.length));
            passed = p > significance;
            rule = "passes when the estimate is typical of the re-estimates: two-sided rank p = min(1, 2 min(1 + #{t_r <= "
                    + "estimate}, 1 + #{t_r >= estimate}) / (1 + R)) > " + significance;
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("refuter", kind.label());
        settings.put("simulations", Integer.toString(simulations));
        settings.put("significance", Double.toString(significance));
        settings.put("estimator", estimator.method());
        if (kind == RefuterKind.DATA_SUBSET) {
            settings.put("subset_fraction", Double.toString(subsetFraction));
        }
        Provenance provenance = Provenance.of(original.provenance().dataSha256(), data.rowCount(), "refute", settings,
                OptionalLong.of(seed));
        return new Refutation(kind, tau, Replicates.mean(t), Replicates.standardDeviation(t), p, passed, significance, rule,
                t, failures,
                provenance);
    }

    /**
     * A null test passes when {@code (1 + #extreme) / (1 + R) <= alpha}; its smallest p-value is
     * {@code 1 / (1 + R)}, so with fewer than {@code 1/alpha - 1} simulations (19 at 0.05) it could
     * never pass, and saying "failed" would blame the estimate for the test's size.
     */
    private void requireAttainableSignificance() {
        if (kind.isNullTest() && 1.0 / (1.0 + simulations) > significance) {
            int needed = (int) Math.ceil(1.0 / significance - 1.0 - 1e-9);
            throw new IllegalArgumentException("the " + kind.label() + " test cannot pass with " + simulations
                    + " simulations: its smallest p-value, 1/" + (simulations + 1) + ", exceeds alpha " + significance
                    + "; use at least " + needed + " simulations");
        }
    }

    /** @return e.g. {@code "Refuter[placebo_treatment, R=100, seed=0, alpha=0.05]"} */
    @Override
    public String toString() {
        return "Refuter[" + kind.label() + ", R=" + simulations + ", seed=" + seed + ", alpha=" + significance + "]";
    }

    /** How one simulated data set is made. */
    private record Simulation(RefuterKind kind, Dataset data, String treatment, String outcome, List<String> covariates,
            double fraction, double[] values, double mean, double sd, String extraName) {

        record Instance(Dataset data, String outcome, List<String> covariates) {
        }

        static Simulation of(RefuterKind kind, Dataset data, String treatment, String outcome, List<String> covariates,
                double fraction) {
            double[] values = switch (kind) {
                case PLACEBO_TREATMENT -> data.numeric(treatment).toArray();
                case DUMMY_OUTCOME -> data.numeric(outcome).toArray();
                default -> null;
            };
            double mean = 0;
            double sd = 0;
            if (kind == RefuterKind.DUMMY_OUTCOME) {
                mean = Replicates.mean(values);
                sd = values.length > 1 ? Replicates.standardDeviation(values) : 0.0;
            }
            String extra = RANDOM_COMMON_CAUSE;
            while (data.hasColumn(extra)) {
                extra = extra + "_";
            }
            return new Simulation(kind, data, treatment, outcome, List.copyOf(covariates), fraction, values, mean, sd,
                    extra);
        }

        Instance draw(SplittableRandom random) {
            int n = data.rowCount();
            switch (kind) {
                case PLACEBO_TREATMENT: {
                    int[] perm = Seeds.permutation(n, random);
                    double[] placebo = new double[n];
                    for (int i = 0; i < n; i++) {
                        placebo[i] = values[perm[i]];
                    }
                    return new Instance(data.withNumeric(treatment, placebo), outcome, covariates);
                }
                case RANDOM_COMMON_CAUSE: {
                    double[] z = new double[n];
                    for (int i = 0; i < n; i++) {
                        z[i] = random.nextGaussian();
                    }
                    List<String> more = new ArrayList<>(covariates);
                    more.add(extraName);
                    return new Instance(data.withNumeric(extraName, z), outcome, more);
                }
                case DATA_SUBSET: {
                    int size = Math.max(2, (int) Math.round(fraction * n));
                    int[] perm = Seeds.permutation(n, random);
                    int[] rows = java.util.Arrays.copyOf(perm, size);
                    java.util.Arrays.sort(rows);
                    return new Instance(data.rows(rows), outcome, covariates);
                }
                case DUMMY_OUTCOME: {
                    double[] noise = new double[n];
                    for (int i = 0; i < n; i++) {
                        noise[i] = mean + sd * random.nextGaussian();
                    }
                    return new Instance(data.withNumeric(outcome, noise), outcome, covariates);
                }
                default:
                    throw new AssertionError(kind);
            }
        }
    }
}
