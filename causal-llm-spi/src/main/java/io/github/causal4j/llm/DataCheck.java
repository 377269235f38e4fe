package io.github.causal4j.llm;

import io.github.causal4j.graph.Edge;
import java.util.List;
import java.util.Objects;

/**
 * One finding of checking a suggested graph against data.
 *
 * @param flag what the data say
 * @param test the test behind it
 * @param edges the suggested edges it puts in doubt
 * @param message one sentence for people
 */
public record DataCheck(DataFlag flag, IndependenceTest test, List<Edge> edges, String message) {

    /** Validates and copies. */
    public DataCheck {
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(test, "test");
        edges = List.copyOf(edges);
        Objects.requireNonNull(message, "message");
    }
}
