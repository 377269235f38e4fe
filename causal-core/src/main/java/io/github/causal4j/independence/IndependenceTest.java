package io.github.causal4j.independence;

import io.github.causal4j.data.Dataset;

/** A test of a conditional independence statement against data. */
public sealed interface IndependenceTest permits FisherZTest, GTest {

    /** @return the test's short name, e.g. {@code fisher-z} */
    String name();

    /**
     * @param data the data; the statement's variables are column names
     * @param statement the statement to test
     * @return the statistic and p-value
     * @throws IllegalArgumentException for an unknown or unsuitable column, naming it
     */
    IndependenceTestResult test(Dataset data, ConditionalIndependence statement);
}
