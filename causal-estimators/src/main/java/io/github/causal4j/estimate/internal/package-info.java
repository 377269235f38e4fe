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
 * Numerical machinery behind the estimators, not API: streaming Householder QR of row blocks
 * (TSQR), weighted Gram and score accumulators, the deterministic chunked parallel reduction,
 * small dense linear algebra (EJML underneath), sandwich covariances and distribution functions.
 * Types here may change without notice; javadoc skips this package.
 */
package io.github.causal4j.estimate.internal;
