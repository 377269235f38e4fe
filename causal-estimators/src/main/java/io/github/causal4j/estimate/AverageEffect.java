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
 * Which average causal effect of a binary treatment D on an outcome Y is estimated, in potential
 * outcomes {@code Y(1), Y(0)} (Imbens &amp; Rubin 2015, <i>Causal Inference for Statistics, Social,
 * and Biomedical Sciences</i>, ch. 1 and 12).
 */
public enum AverageEffect {
    /** Average treatment effect {@code E[Y(1) - Y(0)]} over the whole population. */
    ATE,
    /** Average treatment effect on the treated {@code E[Y(1) - Y(0) | D = 1]}. */
    ATT,
    /** Average treatment effect on the controls (untreated) {@code E[Y(1) - Y(0) | D = 0]}. */
    ATC;

    /** @return the lower-case name used on the command line and in JSON ({@code "att"}) */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
