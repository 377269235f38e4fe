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
 * Identification of causal effects from a causal graph: covariate adjustment (validity with
 * reasons, canonical, minimal, all, minimum-cost and optimal sets), front-door sets, conditional
 * instruments and proximal roles; the {@link io.github.causal4j.identify.Estimand} families, the
 * complete ID and IDC algorithms of Shpitser &amp; Pearl with their hedges, the
 * {@link io.github.causal4j.identify.Expression} trees they produce, and plug-in evaluation of
 * those formulas on discrete data.
 */
package io.github.causal4j.identify;
