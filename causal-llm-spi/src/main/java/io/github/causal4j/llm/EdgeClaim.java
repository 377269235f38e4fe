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

import java.util.Objects;

/**
 * One directed edge as one answer (or an expert) states it, names as written: they may be
 * unknown until {@link SuggestionPipeline} checks them against the variables.
 *
 * @param from the cause, as written
 * @param to the effect, as written
 * @param rationale why, in a sentence ({@code ""} if none given)
 */
public record EdgeClaim(String from, String to, String rationale) {

    /** Validates that no part is null. */
    public EdgeClaim {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        rationale = Objects.requireNonNull(rationale, "rationale").strip();
    }

    /** @return {@code from -> to} */
    @Override
    public String toString() {
        return from + " -> " + to;
    }
}
