package io.github.causal4j.llm;

import io.github.causal4j.graph.Edge;
import io.github.causal4j.independence.IndependenceTestResult;
import java.util.List;
import java.util.Objects;

/**
 * One finding of checking a suggested graph against data.
 *
 * @param flag what the data say
 * @param test the Fisher-z test behind it ({@link io.github.causal4j.independence.FisherZTest})
 * @param adjustedPValue the p-value adjusted for the number of implied independences tested (the
 *        pipeline's correction); the raw p-value for a support test
 * @param edges the suggested edges it puts in doubt
 * @param message one sentence for people
 */
public record DataCheck(DataFlag flag, IndependenceTestResult test, double adjustedPValue, List<Edge> edges,
        String message) {

    /** Validates and copies. */
    public DataCheck {
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(test, "test");
        if (!(adjustedPValue >= 0 && adjustedPValue <= 1)) {
            throw new IllegalArgumentException("adjusted p-value must be in [0, 1], got " + adjustedPValue);
        }
        edges = List.copyOf(edges);
        Objects.requireNonNull(message, "message");
    }

    /** @return the sample partial correlation, recovered from Fisher's z: {@code tanh(z / sqrt(n - |given| - 3))} */
    public double partialCorrelation() {
        return Math.tanh(test.statistic() / Math.sqrt(test.degreesOfFreedom()));
    }
}
