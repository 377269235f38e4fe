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
package io.github.causal4j.sensitivity;

/**
 * Bounds on the one-sided p-value of Wilcoxon's signed-rank test of no effect (against a positive
 * effect) when treatment assignment within pairs may be biased by odds up to &Gamma; (Rosenbaum 2002,
 * Observational Studies, 2nd ed., Sec. 4.3). The upper bound is the one that matters: the conclusion
 * is insensitive to a bias of size &Gamma; when it stays below &alpha;.
 *
 * @param gamma the sensitivity parameter &Gamma; &ge; 1
 * @param lower the smallest p-value possible under &Gamma;
 * @param upper the largest p-value possible under &Gamma;
 */
public record RosenbaumPValue(double gamma, double lower, double upper) {
}
