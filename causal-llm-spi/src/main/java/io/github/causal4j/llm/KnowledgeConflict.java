package io.github.causal4j.llm;

import java.util.Objects;

/**
 * A model statement the expert's knowledge overruled in {@link BackgroundKnowledge#merge}.
 *
 * @param overruled the model's statement, in knowledge-file words, e.g. {@code "require lung -> smoke"}
 * @param by the expert's statement that wins, e.g. {@code "forbid lung -> smoke"}
 */
public record KnowledgeConflict(String overruled, String by) {

    /** Validates that both parts are present. */
    public KnowledgeConflict {
        Objects.requireNonNull(overruled, "overruled");
        Objects.requireNonNull(by, "by");
    }

    /** @return e.g. {@code require lung -> smoke, overruled by forbid lung -> smoke} */
    @Override
    public String toString() {
        return overruled + ", overruled by " + by;
    }
}
