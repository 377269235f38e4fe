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
package io.github.causal4j.identify;

import io.github.causal4j.result.Report;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The verdict of the generalized adjustment criterion on one set: valid, or the violation that
 * makes it invalid.
 *
 * @param query the adjustment question
 * @param set the set tested, in node order
 * @param violation empty when the set is valid
 */
public record AdjustmentCheck(AdjustmentQuery query, Set<String> set, Optional<AdjustmentViolation> violation) {

    /** Copies the set. */
    public AdjustmentCheck {
        Objects.requireNonNull(query, "query");
        set = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(set));
        Objects.requireNonNull(violation, "violation");
    }

    /** @return whether the set is a valid adjustment set */
    public boolean valid() {
        return violation.isEmpty();
    }

    /** @return why the set is valid or invalid, in one sentence */
    public String reason() {
        return violation.map(AdjustmentViolation::describe)
                .orElse("it contains no forbidden node and blocks every non-causal path");
    }

    /** @return e.g. {@code {a, b} is a valid adjustment set for x -> y} */
    @Override
    public String toString() {
        return "{" + String.join(", ", set) + "} is " + (valid() ? "a valid" : "not a valid") + " adjustment set for "
                + String.join(",", query.treatments()) + " -> " + String.join(",", query.outcomes()) + ": " + reason();
    }

    /** @return the verdict as text and Markdown */
    public Report report() {
        String text = toString();
        return new Report(text, "**" + (valid() ? "Valid" : "Invalid") + "** adjustment set `{" + String.join(", ", set)
                + "}` for `" + String.join(",", query.treatments()) + " -> " + String.join(",", query.outcomes()) + "`: "
                + reason());
    }
}
