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

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The optimal adjustment set ("O-set") of Henckel, Perković &amp; Maathuis (2022, JRSS-B 84(2),
 * Def. 3.7 and Thm. 3.10), {@code O(x, Y) = pa(cn(x, Y)) \ forb(x, Y)}: among all valid adjustment
 * sets it gives the smallest asymptotic variance of the OLS estimate of the total effect in every
 * causal linear model compatible with the graph (and, by Rotnitzky &amp; Smucler 2020, of
 * non-parametric regular estimators). When it is not available the reason says why.
 *
 * @param treatment the single treatment
 * @param outcomes the outcomes
 * @param set the O-set, when available
 * @param reason why it is optimal, or why it is not available
 */
public record OptimalAdjustment(String treatment, Set<String> outcomes, Optional<Set<String>> set, String reason) {

    /** Copies the sets. */
    public OptimalAdjustment {
        Objects.requireNonNull(treatment, "treatment");
        outcomes = Collections.unmodifiableSet(new LinkedHashSet<>(outcomes));
        set = set.map(s -> Collections.unmodifiableSet(new LinkedHashSet<>(s)));
        Objects.requireNonNull(reason, "reason");
    }

    /** @return whether the O-set is available */
    public boolean available() {
        return set.isPresent();
    }

    /** @return e.g. {@code O-set for x -> y: {a, b}} or the reason it is unavailable */
    @Override
    public String toString() {
        return "O-set for " + treatment + " -> " + String.join(",", outcomes) + ": "
                + set.map(s -> "{" + String.join(", ", s) + "}").orElse("not available (" + reason + ")");
    }
}
