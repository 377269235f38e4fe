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
 * Proximal causal inference: effects under unmeasured confounding identified through a
 * treatment-side proxy Z and an outcome-side proxy W (Miao, Geng &amp; Tchetgen Tchetgen 2018,
 * Biometrika 105:987; Tchetgen Tchetgen, Ying, Cui, Shi &amp; Miao 2024, Statist. Sci. 39:375).
 * Proximal two-stage least squares for a continuous or binary treatment, and for a binary treatment
 * the semiparametric outcome-bridge (POR), treatment-bridge (PIPW) and doubly robust (PDR)
 * estimators of Cui, Pu, Shi, Miao &amp; Tchetgen Tchetgen (2023, JASA 119:1348). Start from
 * {@link io.github.causal4j.estimate.proximal.ProximalEstimator}.
 */
package io.github.causal4j.estimate.proximal;
