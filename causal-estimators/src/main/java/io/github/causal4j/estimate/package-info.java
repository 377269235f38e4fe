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
 * Estimation of causal effects: the {@link io.github.causal4j.estimate.Estimate} value type, the
 * {@link io.github.causal4j.estimate.CausalAnalysis} pipeline (identify, estimate, refute, and
 * {@link io.github.causal4j.estimate.AnalysisStep extension steps} such as sensitivity analysis),
 * the {@link io.github.causal4j.estimate.Estimators} entry point, the
 * {@link io.github.causal4j.estimate.Bootstrap}, and the numerical core every estimator shares:
 * {@link io.github.causal4j.estimate.DesignMatrix design matrices} read in row blocks,
 * {@link io.github.causal4j.estimate.LinearRegression least squares} by streaming Householder QR
 * with classical, HC0–HC3 and cluster-robust covariances, and
 * {@link io.github.causal4j.estimate.LogisticRegression logistic regression} with separation
 * detection.
 *
 * <p>Every pass over the data is cut into fixed chunks whose sufficient statistics (triangular
 * factors, Gram matrices, score sums) are merged in order, so results are bit-for-bit the same for
 * any {@link io.github.causal4j.estimate.Parallelism}.
 */
package io.github.causal4j.estimate;
