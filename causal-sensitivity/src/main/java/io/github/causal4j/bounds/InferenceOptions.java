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

import io.github.causal4j.estimate.internal.OptionChecks;
import java.util.Objects;

/**
 * How a {@link BoundsMethod} quantifies sampling uncertainty: the confidence level of the
 * Imbens &amp; Manski (2004) interval, whether standard errors come from the analytic (delta-method)
 * formula where the method has one or from the bootstrap, and the bootstrap's replications and
 * seed. Immutable; every {@code with...} returns a new instance.
 *
 * <p>Defaults: level 0.95, {@link Mode#AUTOMATIC} (analytic where available, bootstrap otherwise),
 * 999 bootstrap replications, seed {@value #DEFAULT_SEED}. The same seed gives the same interval.
 */
public final class InferenceOptions {

    /** The seed used when none is given. */
    public static final long DEFAULT_SEED = 20240601L;

    /** Where the standard errors of the two bound estimates come from. */
    public enum Mode {
        /** Analytic standard errors where the method has them, the bootstrap otherwise. */
        AUTOMATIC,
        /** Always the nonparametric bootstrap (to cross-check an analytic formula, for example). */
        BOOTSTRAP,
        /** No inference: the bounds carry no confidence interval. */
        NONE
    }

    private static final InferenceOptions DEFAULTS = new InferenceOptions(0.95, Mode.AUTOMATIC, 999, DEFAULT_SEED);

    private final double level;
    private final Mode mode;
    private final int replications;
    private final long seed;

    private InferenceOptions(double level, Mode mode, int replications, long seed) {
        this.level = level;
        this.mode = mode;
        this.replications = replications;
        this.seed = seed;
    }

    /** @return the defaults (95%, automatic, 999 replications, seed {@value #DEFAULT_SEED}) */
    public static InferenceOptions defaults() {
        return DEFAULTS;
    }

    /** @return options that compute no confidence interval */
    public static InferenceOptions none() {
        return DEFAULTS.withMode(Mode.NONE);
    }

    /**
     * @param newLevel the coverage probability of the confidence interval, in (0, 1)
     * @return options with that level
     */
    public InferenceOptions withLevel(double newLevel) {
        OptionChecks.confidenceLevel(newLevel);
        return new InferenceOptions(newLevel, mode, replications, seed);
    }

    /**
     * @param newMode where standard errors come from
     * @return options with that mode
     */
    public InferenceOptions withMode(Mode newMode) {
        return new InferenceOptions(level, Objects.requireNonNull(newMode, "mode"), replications, seed);
    }

    /**
     * @param newReplications bootstrap replications, at least 2
     * @return options with that number of replications
     */
    public InferenceOptions withReplications(int newReplications) {
        if (newReplications < 2) {
            throw new IllegalArgumentException("bootstrap replications must be at least 2, got " + newReplications);
        }
        return new InferenceOptions(level, mode, newReplications, seed);
    }

    /**
     * @param newSeed the seed of the bootstrap's random numbers
     * @return options with that seed
     */
    public InferenceOptions withSeed(long newSeed) {
        return new InferenceOptions(level, mode, replications, newSeed);
    }

    /** @return the confidence level */
    public double level() {
        return level;
    }

    /** @return where standard errors come from */
    public Mode mode() {
        return mode;
    }

    /** @return the number of bootstrap replications */
    public int replications() {
        return replications;
    }

    /** @return the bootstrap seed */
    public long seed() {
        return seed;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InferenceOptions other && other.level == level && other.mode == mode
                && other.replications == replications && other.seed == seed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(level, mode, replications, seed);
    }

    @Override
    public String toString() {
        return "InferenceOptions[level=" + level + ", mode=" + mode + ", replications=" + replications + ", seed="
                + seed + "]";
    }
}
