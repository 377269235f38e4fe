package io.github.causal4j.llm;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@link BackgroundKnowledge#merge}: the merged knowledge and what the expert overruled.
 *
 * @param knowledge the merged knowledge
 * @param conflicts model statements the expert overruled, in the order met
 */
public record KnowledgeMerge(BackgroundKnowledge knowledge, List<KnowledgeConflict> conflicts) {

    /** Validates and copies. */
    public KnowledgeMerge {
        Objects.requireNonNull(knowledge, "knowledge");
        conflicts = List.copyOf(conflicts);
    }
}
