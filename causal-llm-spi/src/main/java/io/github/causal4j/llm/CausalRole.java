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

/** The role a measured variable plays for a treatment–outcome pair, as a suggester proposes it. */
public enum CausalRole {
    /** A common cause of treatment and outcome (adjusting for it blocks a back-door path). */
    CONFOUNDER,
    /** A variable on a causal path from treatment to outcome. */
    MEDIATOR,
    /**
     * A variable that affects the treatment, and the outcome only through it, sharing no unblocked
     * common cause with the outcome (possibly given some covariates: a conditional instrument).
     */
    INSTRUMENT,
    /**
     * A negative-control exposure (treatment proxy Z of proximal learning): shares the unmeasured
     * confounding of treatment and outcome but does not affect the outcome: Y ⊥ Z | U, X, L.
     */
    NEGATIVE_CONTROL_EXPOSURE,
    /**
     * A negative-control outcome (outcome proxy W of proximal learning): shares the unmeasured
     * confounding but is not affected by the treatment or the exposure proxies: W ⊥ (X, Z) | U, L.
     */
    NEGATIVE_CONTROL_OUTCOME;

    /** @return the role's name in prompts, files and JSON, e.g. {@code "negative-control-exposure"} */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param id a role name as {@link #id()} spells it (case-insensitive; {@code _} and {@code -} alike)
     * @return the role
     * @throws IllegalArgumentException naming the known roles if none matches
     */
    public static CausalRole fromId(String id) {
        String key = id.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (CausalRole r : values()) {
            if (r.name().equals(key)) {
                return r;
            }
        }
        StringBuilder known = new StringBuilder();
        for (CausalRole r : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(r.id());
        }
        throw new IllegalArgumentException("unknown role '" + id + "'; known roles: " + known);
    }
}
