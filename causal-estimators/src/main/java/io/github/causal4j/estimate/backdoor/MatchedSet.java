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

import java.util.List;

/**
 * A target unit of {@link PropensityScoreMatching} with the units of the other arm it was matched
 * to. For the ATT the target is a treated unit and its matches are controls; for the ATC the
 * target is a control matched to treated units; for the ATE every unit is a target.
 *
 * <p>The set's contribution to the matching estimate is the {@link #treatedMinusControl()}
 * difference, the target's outcome against the weighted mean outcome of its matches (Abadie &amp;
 * Imbens 2006, Econometrica 74:235, eq. 3 without bias adjustment): the estimate is the mean of
 * these differences over the matched sets.
 *
 * @param row the target unit's row in the data (0-based)
 * @param treated whether the target unit is treated
 * @param outcome the target unit's outcome
 * @param matches its matches, with weights summing to 1
 */
public record MatchedSet(int row, boolean treated, double outcome, List<Match> matches) {

    /** Validates and copies: at least one match, weights summing to 1. */
    public MatchedSet {
        if (row < 0) {
            throw new IllegalArgumentException("the target row must be non-negative, got " + row);
        }
        if (!Double.isFinite(outcome)) {
            throw new IllegalArgumentException("the outcome of target row " + row + " is not finite: " + outcome);
        }
        matches = List.copyOf(matches);
        if (matches.isEmpty()) {
            throw new IllegalArgumentException("target row " + row + " has no matches");
        }
        double total = 0;
        for (Match m : matches) {
            if (m.row() == row) {
                throw new IllegalArgumentException("target row " + row + " is matched to itself");
            }
            total += m.weight();
        }
        if (Math.abs(total - 1.0) > 1e-12) {
            throw new IllegalArgumentException("the weights of the matches of target row " + row + " sum to " + total
                    + ", not 1");
        }
    }

    /** @return the weighted mean outcome of the matches, {@code sum_j w_j y_j} */
    public double matchedOutcome() {
        double mean = 0;
        for (Match m : matches) {
            mean += m.weight() * m.outcome();
        }
        return mean;
    }

    /**
     * @return the treated outcome minus the control outcome of the set: {@code y_i - sum_j w_j y_j}
     *     for a treated target, {@code sum_j w_j y_j - y_i} for a control target
     */
    public double treatedMinusControl() {
        return treated ? outcome - matchedOutcome() : matchedOutcome() - outcome;
    }

    /** @return whether the set is a pair (exactly one match) */
    public boolean isPair() {
        return matches.size() == 1;
    }
}
