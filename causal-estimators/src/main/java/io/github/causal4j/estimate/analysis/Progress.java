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
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The progress of a whole run in work units counted up front (one per estimate, test batch and
 * contribution; one per refutation simulation and bootstrap fit), reported to the run's listener.
 * Thread-safe: simulations and replicates finish on several threads.
 */
final class Progress {

    private final BootstrapListener listener;
    private final int total;
    private final AtomicInteger done = new AtomicInteger();

    Progress(BootstrapListener listener, int total) {
        this.listener = listener;
        this.total = Math.max(1, total);
    }

    /** One unit done. */
    void step() {
        listener.progress(Math.min(total, done.incrementAndGet()), total);
    }

    /** @return a listener for a sub-task that advances one unit per completed fit */
    BootstrapListener units() {
        return (completed, subtotal) -> step();
    }

    /** Marks everything done (work planned but skipped, e.g. a failed estimator's refutations). */
    void finish() {
        int d = done.getAndSet(total);
        if (d < total) {
            listener.progress(total, total);
        }
    }
}
