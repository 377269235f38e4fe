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
 * One answer's verdict on one edge of a critiqued graph: keep, remove or reverse an edge of the
 * graph, or add an edge it lacks.
 *
 * @param from the edge's tail, as written
 * @param to the edge's head, as written
 * @param action the verdict
 * @param rationale why, in a sentence ({@code ""} if none given)
 */
public record VerdictClaim(String from, String to, EdgeAction action, String rationale) {

    /** Validates that no part is null. */
    public VerdictClaim {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(action, "action");
        rationale = Objects.requireNonNull(rationale, "rationale").strip();
    }
}
