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
 * Partial identification: bounds on a causal effect when the data and the stated assumptions do
 * not point-identify it.
 *
 * <p>Every method is a {@link io.github.causal4j.bounds.BoundsMethod}: an immutable, configured
 * value that, given a {@link io.github.causal4j.data.Dataset} and the
 * {@link io.github.causal4j.bounds.BoundsVariables} (treatment, outcome, and where needed the
 * instrument, the selection indicator or a weight column), returns a
 * {@link io.github.causal4j.bounds.Bounds}: the sample estimate of the identified set
 * {@code [lower, upper]}, the typed {@link io.github.causal4j.bounds.Assumption}s it rests on,
 * Imbens &amp; Manski (2004) confidence intervals, and provenance.
 *
 * <ul>
 *   <li>{@link io.github.causal4j.bounds.ManskiBounds}: no-assumption bounds for a bounded outcome
 *       (Manski 1990), monotone treatment response (Manski 1997), monotone treatment selection and
 *       both together (Manski &amp; Pepper 2000).</li>
 *   <li>{@link io.github.causal4j.bounds.MivBounds}: monotone instrumental variable bounds
 *       (Manski &amp; Pepper 2000), optionally with monotone treatment response and with the
 *       Kreider &amp; Pepper (2007) bootstrap bias correction.</li>
 *   <li>{@link io.github.causal4j.bounds.BalkePearlBounds}: sharp bounds on the average causal
 *       effect with a binary instrument, treatment and outcome (Balke &amp; Pearl 1997), from the
 *       linear programs over response types, with the closed form as a cross-check; a table
 *       violating Pearl's instrumental inequality is rejected.</li>
 *   <li>{@link io.github.causal4j.bounds.LinearProgramBounds}: sharp numeric bounds for a discrete
 *       graph with latent confounding, after Sachs, Jonzon, Gabriel &amp; Sj&ouml;lander (2022).</li>
 *   <li>{@link io.github.causal4j.bounds.LeeBounds}: trimming bounds under monotone sample
 *       selection (Lee 2009).</li>
 *   <li>{@link io.github.causal4j.bounds.TianPearlBounds}: bounds on the probabilities of
 *       necessity and sufficiency (Tian &amp; Pearl 2000).</li>
 * </ul>
 */
package io.github.causal4j.bounds;
