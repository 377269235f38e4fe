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
