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
