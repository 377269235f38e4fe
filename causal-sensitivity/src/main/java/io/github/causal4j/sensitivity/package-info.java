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
 * Sensitivity of causal conclusions to what was not measured.
 *
 * <ul>
 *   <li>{@link io.github.causal4j.sensitivity.OmittedVariableBias}: the omitted-variable-bias
 *   framework of Cinelli &amp; Hazlett (2020, JRSS-B 82(1):39-67) in its partial-R&sup2; form, with the
 *   numbers of the R package sensemakr (robustness values, bias-adjusted estimates, benchmark bounds,
 *   contour and extreme-scenario data, the minimal-reporting table and plots), from an estimate, its
 *   standard error and residual degrees of freedom;</li>
 *   <li>{@link io.github.causal4j.sensitivity.OlsSensitivity} (from data),
 *   {@link io.github.causal4j.sensitivity.SensitivityAnalysis} (from numbers) and
 *   {@link io.github.causal4j.sensitivity.SensitivityReport}: the whole analysis with benchmark
 *   covariates; {@link io.github.causal4j.sensitivity.SensitivityStep} runs it as a stage of a
 *   {@code CausalAnalysis} on the adjustment set identification chose;</li>
 *   <li>{@link io.github.causal4j.sensitivity.EValues}: E-values of VanderWeele &amp; Ding (2017);</li>
 *   <li>{@link io.github.causal4j.sensitivity.RosenbaumBounds}: Rosenbaum's &Gamma; sensitivity for
 *   matched pairs (Wilcoxon signed-rank p-value bounds and Hodges-Lehmann bounds).</li>
 * </ul>
 */
package io.github.causal4j.sensitivity;
