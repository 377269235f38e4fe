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
package io.github.causal4j.independence;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.graph.CausalGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Tests the implied conditional independences of a graph against data (the "local tests" of
 * dagitty): each statement is tested, the p-values are adjusted for multiplicity, and the report
 * lists the statements the data reject at level {@code alpha}.
 */
public final class LocalTests {

    private LocalTests() {
    }

    /**
     * @param graph the graph whose {@link ImpliedIndependencies} are tested
     * @param data the data, one column per observed node that occurs in a statement
     * @param test the test
     * @param correction the multiple-testing correction
     * @param alpha the level at which an adjusted p-value rejects, in (0, 1)
     * @return the report
     */
    public static LocalTestReport run(CausalGraph graph, Dataset data, IndependenceTest test,
            MultipleTesting.Correction correction, double alpha) {
        return run(ImpliedIndependencies.of(graph), data, test, correction, alpha);
    }

    /**
     * @param statements the statements to test
     * @param data the data
     * @param test the test
     * @param correction the multiple-testing correction
     * @param alpha the level at which an adjusted p-value rejects, in (0, 1)
     * @return the report
     */
    public static LocalTestReport run(List<ConditionalIndependence> statements, Dataset data, IndependenceTest test,
            MultipleTesting.Correction correction, double alpha) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(test, "test");
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must lie in (0, 1), got " + alpha);
        }
        List<IndependenceTestResult> results;
        if (test instanceof FisherZTest fisher) {
            // one pass for every correlation the statements need; the same results as one at a time
            results = fisher.testAll(data, statements);
        } else {
            results = new ArrayList<>();
            for (ConditionalIndependence ci : statements) {
                results.add(test.test(data, ci));
            }
        }
        double[] p = results.stream().mapToDouble(IndependenceTestResult::pValue).toArray();
        double[] adjusted = MultipleTesting.adjust(p, correction);
        List<LocalTestReport.Line> lines = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            lines.add(new LocalTestReport.Line(results.get(i), adjusted[i], adjusted[i] < alpha));
        }
        return new LocalTestReport(lines, test.name(), correction, alpha);
    }
}
