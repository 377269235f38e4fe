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
package io.github.causal4j.llm;

import java.util.Locale;

/** What a suggester is asked for. Every task but {@link #EDGES} and {@link #CRITIQUE} concerns one treatment–outcome pair. */
public enum SuggestionTask {
    /** Directed edges among the given variables: which variable directly causes which. */
    EDGES,
    /** Measured common causes of the treatment and the outcome (back-door variables). */
    CONFOUNDERS,
    /** Variables on a causal path from the treatment to the outcome (front-door candidates). */
    MEDIATORS,
    /** Variables that affect the treatment and the outcome only through the treatment. */
    INSTRUMENTS,
    /**
     * Negative-control exposures and outcomes, the proxies of proximal causal learning
     * (Miao, Geng &amp; Tchetgen Tchetgen 2018; Tchetgen Tchetgen et al. 2020): variables that share the
     * unmeasured confounding of the treatment and the outcome but carry no effect of the treatment
     * (outcome proxies) or none on the outcome (exposure proxies).
     */
    NEGATIVE_CONTROLS,
    /** Unmeasured common causes of the treatment and the outcome, each with the measured variables it affects. */
    LATENT_CONFOUNDERS,
    /** A verdict (keep, remove, reverse) on every edge of a given graph, edges to add, and missing confounders. */
    CRITIQUE;

    /** @return whether the task needs a treatment and an outcome */
    public boolean needsTreatmentAndOutcome() {
        return this != EDGES && this != CRITIQUE;
    }

    /** @return the task's name on the command line and in prompts, e.g. {@code "negative-controls"} */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param id a task name as {@link #id()} spells it (case-insensitive; {@code _} and {@code -} alike)
     * @return the task
     * @throws IllegalArgumentException naming the known tasks if none matches
     */
    public static SuggestionTask fromId(String id) {
        String key = id.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (SuggestionTask t : values()) {
            if (t.name().equals(key)) {
                return t;
            }
        }
        StringBuilder known = new StringBuilder();
        for (SuggestionTask t : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(t.id());
        }
        throw new IllegalArgumentException("unknown task '" + id + "'; known tasks: " + known);
    }
}
