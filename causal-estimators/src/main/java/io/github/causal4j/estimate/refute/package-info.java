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
 * Refutation tests of an estimate, after DoWhy (Sharma &amp; Kiciman 2020, arXiv:2011.04216):
 * placebo treatment, random common cause, data subsets and dummy outcome. Each re-estimates the
 * effect on many simulated versions of the data and returns a
 * {@link io.github.causal4j.estimate.refute.Refutation} with the new effect, a p-value and a
 * pass/fail verdict under a stated rule.
 */
package io.github.causal4j.estimate.refute;
