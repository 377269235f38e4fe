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
package io.github.causal4j.graph;

import java.util.Locale;

/** The roles a node of a {@link CausalGraph} can carry, as dagitty's node attributes name them. */
public enum NodeRole {
    /** A treatment whose effect is studied ({@code [exposure]}). */
    EXPOSURE,
    /** An outcome of interest ({@code [outcome]}). */
    OUTCOME,
    /** An unobserved variable ({@code [latent]}); it never enters an adjustment set. */
    LATENT,
    /** A variable already conditioned on ({@code [adjusted]}). */
    ADJUSTED,
    /** A selection node: the data are conditional on it ({@code [selected]}). */
    SELECTED;

    /** @return the dagitty attribute word, e.g. {@code "exposure"} */
    public String dagittyName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param word a dagitty attribute word
     * @return the role, or {@code null} if the word names no role
     */
    static NodeRole fromDagitty(String word) {
        for (NodeRole r : values()) {
            if (r.dagittyName().equals(word)) {
                return r;
            }
        }
        return null;
    }
}
