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
package io.github.causal4j.estimate.analysis;

import io.github.causal4j.estimate.BootstrapListener;
import java.util.Objects;

/**
 * Settings of {@link AnalysisPipeline#run} (and {@code CausalAnalysis.run}): how many simulations
 * each refutation test runs, how many bootstrap replicates a plug-in estimate gets, the level of
 * the implied-independence tests, whether to refute at all, and the progress listener. Immutable;
 * each {@code with...} returns a copy.
 *
 * <pre>{@code
 * RunOptions.defaults().withSimulations(200).withListener((done, total) -> bar.update(done, total))
 * }</pre>
 *
 * @param simulations simulations per refutation test (at least 2)
 * @param bootstrapReplicates bootstrap replicates of a plug-in (front-door, ID formula) estimate (at least 2)
 * @param alpha level of the implied-independence tests after Holm's correction, in (0, 1)
 * @param refute whether to run the refutation tests
 * @param maxIndependenceTests the most implied independences tested (they grow with the square of the graph)
 * @param listener progress of the whole run in work units (estimates, simulations, replicates, tests)
 */
public record RunOptions(int simulations, int bootstrapReplicates, double alpha, boolean refute, int maxIndependenceTests,
        BootstrapListener listener) {

    /** Validates. */
    public RunOptions {
        if (simulations < 2) {
            throw new IllegalArgumentException("a refutation needs at least 2 simulations, got " + simulations);
        }
        if (bootstrapReplicates < 2) {
            throw new IllegalArgumentException("the bootstrap needs at least 2 replicates, got " + bootstrapReplicates);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must lie in (0, 1), got " + alpha);
        }
        if (maxIndependenceTests < 0) {
            throw new IllegalArgumentException("maxIndependenceTests must be non-negative, got " + maxIndependenceTests);
        }
        Objects.requireNonNull(listener, "listener");
    }

    /** @return 100 simulations per refuter (DoWhy's default), 500 bootstrap replicates, alpha 0.05, 500 tests, no listener */
    public static RunOptions defaults() {
        return new RunOptions(100, 500, 0.05, true, 500, BootstrapListener.NONE);
    }

    /**
     * @param count simulations per refutation test
     * @return a copy
     */
    public RunOptions withSimulations(int count) {
        return new RunOptions(count, bootstrapReplicates, alpha, refute, maxIndependenceTests, listener);
    }

    /**
     * @param count bootstrap replicates of plug-in estimates
     * @return a copy
     */
    public RunOptions withBootstrapReplicates(int count) {
        return new RunOptions(simulations, count, alpha, refute, maxIndependenceTests, listener);
    }

    /**
     * @param level level of the implied-independence tests
     * @return a copy
     */
    public RunOptions withAlpha(double level) {
        return new RunOptions(simulations, bootstrapReplicates, level, refute, maxIndependenceTests, listener);
    }

    /** @return a copy that runs no refutation tests */
    public RunOptions withoutRefutations() {
        return new RunOptions(simulations, bootstrapReplicates, alpha, false, maxIndependenceTests, listener);
    }

    /**
     * @param count the most implied independences to test
     * @return a copy
     */
    public RunOptions withMaxIndependenceTests(int count) {
        return new RunOptions(simulations, bootstrapReplicates, alpha, refute, count, listener);
    }

    /**
     * @param progress called as work finishes, possibly from several threads; the counts only grow
     * @return a copy reporting to it
     */
    public RunOptions withListener(BootstrapListener progress) {
        return new RunOptions(simulations, bootstrapReplicates, alpha, refute, maxIndependenceTests, progress);
    }
}
