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
 * Which way the omitted-variable bias is assumed to push the estimate (sensemakr's {@code reduce}
 * argument). The adjusted estimate is {@code sign(est) (|est| - bias)} toward zero and
 * {@code sign(est) (|est| + bias)} away from it; the null hypothesis deemed problematic is
 * {@code est (1 - q)} toward zero and {@code est (1 + q)} away from it (Cinelli &amp; Hazlett 2020, Sec. 4).
 */
public enum BiasDirection {
    /** The confounder has inflated the estimate: adjusting shrinks its absolute value ({@code reduce = TRUE}). */
    TOWARD_ZERO,
    /** The confounder has deflated the estimate: adjusting grows its absolute value ({@code reduce = FALSE}). */
    AWAY_FROM_ZERO;

    /** @return {@code true} for {@link #TOWARD_ZERO}, sensemakr's {@code reduce} flag */
    public boolean reduces() {
        return this == TOWARD_ZERO;
    }
}
