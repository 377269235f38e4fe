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
package io.github.causal4j.estimate.backdoor;

/**
 * One unit of the other arm matched to a target unit by {@link PropensityScoreMatching}, with the
 * weight it carries in that target unit's matched set.
 *
 * @param row the matched unit's row in the data (0-based)
 * @param outcome its outcome
 * @param weight its weight in the set, {@code 1/m} for a set of m matches (k nearest plus the
 *     ties kept, Matching's {@code ties = TRUE} convention)
 */
public record Match(int row, double outcome, double weight) {

    /** Validates the row and the weight. */
    public Match {
        if (row < 0) {
            throw new IllegalArgumentException("a matched row must be non-negative, got " + row);
        }
        if (!(weight > 0 && weight <= 1)) {
            throw new IllegalArgumentException("the weight of matched row " + row + " must be in (0, 1], got " + weight);
        }
        if (!Double.isFinite(outcome)) {
            throw new IllegalArgumentException("the outcome of matched row " + row + " is not finite: " + outcome);
        }
    }
}
