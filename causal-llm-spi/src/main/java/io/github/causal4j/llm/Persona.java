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

import java.util.List;
import java.util.Objects;

/**
 * An "expert" point of view a language model is asked to take for one sample. Asking several
 * personas and taking their vote diversifies the answers in a controlled way, as sampling at a
 * positive temperature does at random (self-consistency, Wang et al. 2023; multi-expert prompting,
 * Long et al. 2024).
 *
 * @param name a short label, e.g. {@code "epidemiologist"} (recorded in provenance)
 * @param instruction how the model should see itself, e.g. "You are an epidemiologist who ..."
 */
public record Persona(String name, String instruction) {

    /** Validates that both parts are non-blank. */
    public Persona {
        Objects.requireNonNull(name, "persona name");
        Objects.requireNonNull(instruction, "persona instruction");
        if (name.isBlank() || instruction.isBlank()) {
            throw new IllegalArgumentException("a persona needs a name and an instruction");
        }
    }

    /** The neutral persona used when none is chosen. */
    public static final Persona NEUTRAL = new Persona("neutral",
            "You are a careful scientist who knows the subject matter and reasons about causal mechanisms.");

    /**
     * Three complementary experts: a domain scientist who thinks in mechanisms, an epidemiologist
     * who thinks in study designs and confounding, and a sceptical statistician who proposes only
     * what is well established.
     *
     * @return the default personas
     */
    public static List<Persona> experts() {
        return List.of(
                new Persona("domain-scientist", "You are a domain scientist in the field of the study."
                        + " You reason from physical, biological or social mechanisms."),
                new Persona("epidemiologist", "You are an epidemiologist."
                        + " You reason about study designs, time order, confounding and selection."),
                new Persona("sceptical-statistician", "You are a sceptical statistician."
                        + " You propose a causal relation only when it is well established."));
    }
}
