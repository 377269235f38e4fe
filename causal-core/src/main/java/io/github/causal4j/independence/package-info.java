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
/**
 * Testable implications of a causal graph: a basis of the conditional independences it implies
 * ({@link io.github.causal4j.independence.ImpliedIndependencies}), tests of them against data
 * (Fisher's z for continuous variables, the G-test and Pearson's chi-square for discrete ones),
 * corrections for multiple testing, and a report of the statements the data reject.
 */
package io.github.causal4j.independence;
