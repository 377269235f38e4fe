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
 * An unmeasured common cause as one answer (or an expert) names it: a new name, never a data
 * column, with the measured variables it affects and, for sensitivity analysis, a measured
 * covariate it is believed to be about as strong as.
 *
 * @param name the unmeasured variable's name, e.g. {@code "socioeconomic status"}
 * @param description what it is ({@code ""} if none given)
 * @param affects the measured variables it causes, as written
 * @param asStrongAs a measured covariate whose strength bounds it (Cinelli &amp; Hazlett 2020, §6), as written
 * @param rationale why, in a sentence ({@code ""} if none given)
 */
public record LatentClaim(String name, String description, List<String> affects, Optional<String> asStrongAs,
        String rationale) {

    /** Validates and copies. */
    public LatentClaim {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an unmeasured confounder needs a name");
        }
        name = name.strip();
        description = Objects.requireNonNull(description, "description").strip();
        affects = List.copyOf(Objects.requireNonNull(affects, "affects"));
        Objects.requireNonNull(asStrongAs, "asStrongAs");
        rationale = Objects.requireNonNull(rationale, "rationale").strip();
    }
}
