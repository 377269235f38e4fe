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
