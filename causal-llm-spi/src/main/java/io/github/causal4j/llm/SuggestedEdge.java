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
import java.util.Set;

/**
 * A directed edge after the vote: how many samples proposed it, with which reasons, and whether it
 * made it into the suggested graph.
 *
 * @param from the cause
 * @param to the effect
 * @param votes samples that proposed it
 * @param samples samples that answered (failed samples excluded)
 * @param rationales the distinct reasons given, in sample order
 * @param status whether it is in the graph, and if not why
 * @param flags doubts raised by the data (empty without data)
 */
public record SuggestedEdge(String from, String to, int votes, int samples, List<String> rationales, EdgeStatus status,
        Set<DataFlag> flags) {

    /** Validates and copies. */
    public SuggestedEdge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        rationales = List.copyOf(rationales);
        Objects.requireNonNull(status, "status");
        flags = Set.copyOf(flags);
        if (samples < 1 || votes < 0 || votes > samples) {
            throw new IllegalArgumentException("votes " + votes + " out of " + samples + " samples for " + from + " -> " + to);
        }
    }

    /** @return the vote share, {@code votes / samples} */
    public double confidence() {
        return (double) votes / samples;
    }

    /** @return whether the edge is in the suggested graph */
    public boolean accepted() {
        return status == EdgeStatus.ACCEPTED;
    }

    SuggestedEdge withStatus(EdgeStatus newStatus) {
        return new SuggestedEdge(from, to, votes, samples, rationales, newStatus, flags);
    }

    SuggestedEdge withFlags(Set<DataFlag> newFlags) {
        return new SuggestedEdge(from, to, votes, samples, rationales, status, newFlags);
    }

    /** @return e.g. {@code smoke -> lung (4/5, accepted)} */
    @Override
    public String toString() {
        return from + " -> " + to + " (" + votes + "/" + samples + ", " + status.name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ') + (flags.isEmpty() ? "" : ", flagged by data") + ")";
    }
}
