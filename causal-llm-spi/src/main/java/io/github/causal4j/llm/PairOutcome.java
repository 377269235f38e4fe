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

import java.util.Objects;

/**
 * How a suggester did on one cause–effect pair.
 *
 * @param pair the pair
 * @param shownSwapped whether y was shown before x (the order is randomised, seeded)
 * @param verdict correct, wrong, abstained (no direction reached the minimum confidence, or a tie), or failed (no sample answered)
 * @param samples samples asked
 * @param failedSamples samples without a usable answer
 * @param tokens tokens used
 */
public record PairOutcome(CauseEffectPair pair, boolean shownSwapped, Verdict verdict, int samples, int failedSamples,
        TokenUsage tokens) {

    /** The verdict on one pair. */
    public enum Verdict {
        /** The accepted edge points from cause to effect. */
        CORRECT,
        /** The accepted edge points the wrong way. */
        WRONG,
        /** No edge was accepted. */
        ABSTAINED,
        /** Every sample failed (refusal, truncation, schema). */
        FAILED
    }

    /** Validates the counts. */
    public PairOutcome {
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(tokens, "tokens");
        if (samples < 1 || failedSamples < 0 || failedSamples > samples) {
            throw new IllegalArgumentException("failed " + failedSamples + " of " + samples + " samples for " + pair.id());
        }
    }
}
