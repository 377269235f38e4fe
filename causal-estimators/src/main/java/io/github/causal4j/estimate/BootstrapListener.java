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

/**
 * Progress of a bootstrap: called after each finished replicate (and each jackknife fit of the BCa
 * acceleration), possibly from several threads at once, so implementations must be thread-safe and
 * quick. The counts only grow.
 */
@FunctionalInterface
public interface BootstrapListener {

    /** A listener that ignores progress. */
    BootstrapListener NONE = (done, total) -> { };

    /**
     * @param completed fits finished so far
     * @param total fits in all (replicates plus jackknife fits)
     */
    void progress(int completed, int total);
}
