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
package io.github.causal4j.estimate;

/**
 * How inverse-probability weights are normalised (Hirano, Imbens &amp; Ridder 2003, Econometrica
 * 71:1161; Lunceford &amp; Davidian 2004, Stat. Med. 23:2937).
 */
public enum WeightNormalization {
    /**
     * Horvitz–Thompson: weighted sums divided by the known size of the target population
     * (n for the ATE, the number of treated for the ATT, of controls for the ATC), e.g.
     * {@code (1/n) sum [d y / e - (1 - d) y / (1 - e)]}.
     */
    HORVITZ_THOMPSON,
    /**
     * Hájek: each arm's weighted mean divided by the sum of its weights, so weights sum to one
     * within an arm, e.g. {@code sum(d y / e) / sum(d / e) - sum((1-d) y/(1-e)) / sum((1-d)/(1-e))};
     * more stable and usually preferred.
     */
    HAJEK
}
