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
