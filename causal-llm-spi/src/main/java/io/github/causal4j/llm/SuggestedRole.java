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
import java.util.Optional;

/**
 * A variable's role after the vote, checked against its criterion where one applies.
 *
 * @param variable the variable
 * @param role the role
 * @param votes samples that proposed it in this role
 * @param samples samples that answered
 * @param given the conditioning set proposed most often with it (empty if none)
 * @param rationales the distinct reasons given
 * @param accepted whether its vote share reached the pipeline's minimum confidence
 * @param check the graphical check of an instrument or negative control on the suggestion's graph; empty for other roles
 */
public record SuggestedRole(String variable, CausalRole role, int votes, int samples, List<String> given,
        List<String> rationales, boolean accepted, Optional<RoleCheck> check) {

    /** Validates and copies. */
    public SuggestedRole {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(role, "role");
        given = List.copyOf(given);
        rationales = List.copyOf(rationales);
        Objects.requireNonNull(check, "check");
        if (samples < 1 || votes < 0 || votes > samples) {
            throw new IllegalArgumentException("votes " + votes + " out of " + samples + " samples for " + variable);
        }
    }

    /** @return the vote share */
    public double confidence() {
        return (double) votes / samples;
    }

    SuggestedRole withCheck(RoleCheck newCheck) {
        return new SuggestedRole(variable, role, votes, samples, given, rationales, accepted, Optional.of(newCheck));
    }

    /** @return e.g. {@code age: confounder (5/5)} */
    @Override
    public String toString() {
        return variable + ": " + role.id() + " (" + votes + "/" + samples + (accepted ? "" : ", below threshold")
                + check.map(c -> c.satisfied() ? ", criterion holds" : ", criterion fails").orElse("") + ")";
    }
}
