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
 * One variable's role as one answer (or an expert) states it, for the request's treatment–outcome pair.
 *
 * @param variable the variable, as written
 * @param role the role
 * @param given the covariates the role holds conditionally on (a conditional instrument's
 *        conditioning set, a proxy's measured confounders L); empty if unconditional
 * @param rationale why, in a sentence ({@code ""} if none given)
 */
public record RoleClaim(String variable, CausalRole role, List<String> given, String rationale) {

    /** Validates and copies. */
    public RoleClaim {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(role, "role");
        given = List.copyOf(Objects.requireNonNull(given, "given"));
        rationale = Objects.requireNonNull(rationale, "rationale").strip();
    }

    /**
     * @param variable the variable
     * @param role its role
     * @param rationale why
     * @return an unconditional role claim
     */
    public static RoleClaim of(String variable, CausalRole role, String rationale) {
        return new RoleClaim(variable, role, List.of(), rationale);
    }
}
