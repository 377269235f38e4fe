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

import java.util.Objects;

/**
 * How many threads a computation over row blocks may use. Results never depend on it: data are
 * cut into chunks of a fixed number of rows, each chunk's sufficient statistics are computed
 * alone and merged in chunk order, so one thread and all cores give bit-for-bit the same answer.
 */
public final class Parallelism {

    private static final Parallelism SEQUENTIAL = new Parallelism(1);
    private static final Parallelism COMMON_POOL = new Parallelism(0);

    private final int threads;

    private Parallelism(int threads) {
        this.threads = threads;
    }

    /** @return run in the calling thread only */
    public static Parallelism sequential() {
        return SEQUENTIAL;
    }

    /**
     * Use the fork-join pool the caller runs in (the common pool unless called from inside another
     * pool, e.g. by a parallel bootstrap), so nested parallel work shares one set of threads.
     *
     * @return the default
     */
    public static Parallelism commonPool() {
        return COMMON_POOL;
    }

    /**
     * @param threads the number of threads, at least 1
     * @return a dedicated pool of that many threads (1 is {@link #sequential()})
     */
    public static Parallelism threads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        return threads == 1 ? SEQUENTIAL : new Parallelism(threads);
    }

    /** @return the number of threads, or 0 for the pool the caller runs in */
    public int threadCount() {
        return threads;
    }

    /** @return whether the work runs in the calling thread only */
    public boolean isSequential() {
        return threads == 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parallelism other && other.threads == threads;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(threads);
    }

    /** @return {@code "sequential"}, {@code "common-pool"} or {@code "threads=k"} */
    @Override
    public String toString() {
        return threads == 1 ? "sequential" : threads == 0 ? "common-pool" : "threads=" + threads;
    }
}
