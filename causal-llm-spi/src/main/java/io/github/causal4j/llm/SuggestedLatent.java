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
package io.github.causal4j.llm;

import java.util.List;
import java.util.Objects;

/**
 * An unmeasured confounder after the vote. Samples that name it alike (case, spacing and
 * punctuation ignored) count as votes for the same one. It enters the suggested graph as a latent
 * node when accepted; its name is never used as a data column.
 *
 * @param name the name as first given
 * @param description the first description given
 * @param affects the measured variables it affects according to at least half of the votes for it
 * @param votes samples that named it
 * @param samples samples that answered
 * @param rationales the distinct reasons given
 * @param accepted whether its vote share reached the pipeline's minimum confidence
 * @param benchmarks sensitivity scenarios it proposes (empty without a treatment–outcome pair or a covariate to compare with)
 */
public record SuggestedLatent(String name, String description, List<String> affects, int votes, int samples,
        List<String> rationales, boolean accepted, List<BenchmarkScenario> benchmarks) {

    /** Validates and copies. */
    public SuggestedLatent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        affects = List.copyOf(affects);
        rationales = List.copyOf(rationales);
        benchmarks = List.copyOf(benchmarks);
        if (samples < 1 || votes < 0 || votes > samples) {
            throw new IllegalArgumentException("votes " + votes + " out of " + samples + " samples for " + name);
        }
    }

    /** @return the vote share */
    public double confidence() {
        return (double) votes / samples;
    }

    /** @return e.g. {@code genetics -> smoke, cancer (3/5)} */
    @Override
    public String toString() {
        return name + " -> " + String.join(", ", affects) + " (" + votes + "/" + samples + (accepted ? "" : ", below threshold") + ")";
    }
}
