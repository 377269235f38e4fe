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
 * Instrumental-variable estimation: the Wald (indirect least squares) ratio, two-stage least
 * squares and the k-class family (LIML, Fuller) with several endogenous regressors, instruments and
 * exogenous covariates; classical, HC0–HC3 and cluster-robust covariances as R's {@code AER::ivreg}
 * with {@code sandwich} reports them; first-stage, over-identification and endogeneity diagnostics;
 * the Anderson–Rubin test and its confidence set ({@link io.github.causal4j.estimate.iv.AndersonRubinSet}).
 * Start from {@link io.github.causal4j.estimate.iv.InstrumentalVariables}.
 */
package io.github.causal4j.estimate.iv;
