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
package io.github.causal4j.estimate.analysis;

import io.github.causal4j.data.CategoricalColumn;
import io.github.causal4j.data.Column;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.data.NumericColumn;
import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.independence.ConditionalIndependence;
import io.github.causal4j.independence.FisherZTest;
import io.github.causal4j.independence.GTest;
import io.github.causal4j.independence.ImpliedIndependencies;
import io.github.causal4j.independence.IndependenceTest;
import io.github.causal4j.independence.LocalTestReport;
import io.github.causal4j.independence.LocalTests;
import io.github.causal4j.independence.MultipleTesting;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The graph's testable implications checked against the data: its implied conditional
 * independences ({@link ImpliedIndependencies}), each tested, with Holm's correction for the
 * number of tests ({@link LocalTests}). The test follows the data: the G-test when every variable
 * involved is discrete (categorical, or numeric with at most {@value #DISCRETE_LEVELS} values),
 * otherwise Fisher's z on the statements whose variables are all numeric (statements with a
 * categorical variable are then left out, and the result says how many). At most
 * {@link RunOptions#maxIndependenceTests()} statements are tested, in the graph's order.
 */
final class ImpliedIndependenceCheck {

    /** Numeric variables with at most this many distinct values count as discrete. */
    static final int DISCRETE_LEVELS = 10;

    /**
     * The tests run, or why none ran.
     *
     * @param report the tests, when any ran
     * @param note what was left out or why nothing ran ({@code ""} when nothing needs saying)
     */
    record Outcome(Optional<LocalTestReport> report, String note) {
    }

    private ImpliedIndependenceCheck() {
    }

    static Outcome run(CausalGraph graph, Dataset data, RunOptions options) {
        if (options.maxIndependenceTests() == 0) {
            return new Outcome(Optional.empty(), "implied independences not tested (switched off)");
        }
        List<ConditionalIndependence> all = ImpliedIndependencies.stream(graph).limit(options.maxIndependenceTests() + 1L)
                .collect(Collectors.toList());
        String cut = "";
        if (all.size() > options.maxIndependenceTests()) {
            all = all.subList(0, options.maxIndependenceTests());
            cut = "only the first " + options.maxIndependenceTests() + " implied independences were tested. ";
        }
        if (all.isEmpty()) {
            return new Outcome(Optional.empty(), "the graph implies no conditional independence among observed variables:"
                    + " it has no testable implication of this kind");
        }
        Map<String, Kind> kinds = new HashMap<>();
        Set<String> involved = new HashSet<>();
        for (ConditionalIndependence ci : all) {
            involved.add(ci.x());
            involved.add(ci.y());
            involved.addAll(ci.given());
        }
        boolean allDiscrete = true;
        for (String v : involved) {
            Kind k = kind(data.column(v));
            kinds.put(v, k);
            allDiscrete &= k != Kind.CONTINUOUS;
        }
        IndependenceTest test;
        List<ConditionalIndependence> tested;
        if (allDiscrete) {
            test = GTest.create();
            tested = all;
        } else {
            test = FisherZTest.create();
            tested = new ArrayList<>();
            for (ConditionalIndependence ci : all) {
                if (kinds.get(ci.x()) != Kind.CATEGORICAL && kinds.get(ci.y()) != Kind.CATEGORICAL
                        && ci.given().stream().noneMatch(g -> kinds.get(g) == Kind.CATEGORICAL)) {
                    tested.add(ci);
                }
            }
            int skipped = all.size() - tested.size();
            if (skipped > 0) {
                cut += skipped + " statement(s) involving categorical variables were not tested (Fisher's z needs "
                        + "numeric variables). ";
            }
        }
        if (tested.isEmpty()) {
            return new Outcome(Optional.empty(), cut.strip());
        }
        LocalTestReport report = LocalTests.run(tested, data, test, MultipleTesting.Correction.HOLM, options.alpha());
        return new Outcome(Optional.of(report), cut.strip());
    }

    private enum Kind { CATEGORICAL, DISCRETE, CONTINUOUS }

    private static Kind kind(Column c) {
        if (c instanceof CategoricalColumn) {
            return Kind.CATEGORICAL;
        }
        NumericColumn n = (NumericColumn) c;
        Set<Double> values = new HashSet<>();
        for (int i = 0; i < n.size() && values.size() <= DISCRETE_LEVELS; i++) {
            if (!n.isMissing(i)) {
                values.add(n.get(i));
            }
        }
        return values.size() <= DISCRETE_LEVELS ? Kind.DISCRETE : Kind.CONTINUOUS;
    }
}
