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
package io.github.causal4j.estimate.stats;

import java.io.Serializable;

/**
 * Creates the empty statistics of one pass, once per unit of work (a chunk of rows, a partition).
 * Serializable, because a distributed engine runs it on its workers: a factory captures only the
 * pass' parameters (coefficients, column positions), never the data.
 *
 * @param <S> the statistics
 */
@FunctionalInterface
public interface StatisticsFactory<S extends BlockStatistics<S>> extends Serializable {

    /** @return empty statistics */
    S create();
}
