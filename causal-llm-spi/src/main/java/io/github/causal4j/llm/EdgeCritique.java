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

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The voted verdict on one edge of a critiqued graph, or on an edge proposed for addition.
 *
 * @param from the tail of the edge as it is in the graph (for additions, as proposed)
 * @param to the head
 * @param action the verdict with the most votes ({@link EdgeAction#KEEP} on a tie with it)
 * @param votes votes per action (the sample's wording normalised to the graph's direction)
 * @param samples samples that answered
 * @param rationales the distinct reasons given for the chosen action
 * @param applied whether the revised graph reflects the action: always for {@link EdgeAction#KEEP}; for a change,
 *        when its share reached the minimum confidence and neither a cycle nor the expert forbade it
 */
public record EdgeCritique(String from, String to, EdgeAction action, Map<EdgeAction, Integer> votes, int samples,
        List<String> rationales, boolean applied) {

    /** Validates and copies. */
    public EdgeCritique {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(action, "action");
        votes = votes.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(votes));
        rationales = List.copyOf(rationales);
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be positive");
        }
    }

    /** @return the chosen action's vote share */
    public double confidence() {
        return (double) votes.getOrDefault(action, 0) / samples;
    }

    /** @return e.g. {@code reverse x -> y (3/5, applied)} */
    @Override
    public String toString() {
        return action.id() + " " + from + " -> " + to + " (" + votes.getOrDefault(action, 0) + "/" + samples
                + (applied ? ", applied" : ", not applied") + ")";
    }
}
