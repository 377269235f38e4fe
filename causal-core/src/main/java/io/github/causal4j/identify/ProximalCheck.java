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
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The graphical conditions of proximal causal inference checked for given proxies.
 *
 * @param treatmentProxies {@code Z}
 * @param outcomeProxies {@code W}
 * @param failures the conditions that fail, one sentence each (empty when all hold)
 * @param caveat what a graph cannot tell: completeness and strength of the proxies
 */
public record ProximalCheck(Set<String> treatmentProxies, Set<String> outcomeProxies, List<String> failures, String caveat) {

    /** Copies the collections. */
    public ProximalCheck {
        treatmentProxies = Collections.unmodifiableSet(new LinkedHashSet<>(treatmentProxies));
        outcomeProxies = Collections.unmodifiableSet(new LinkedHashSet<>(outcomeProxies));
        failures = List.copyOf(failures);
        Objects.requireNonNull(caveat, "caveat");
    }

    /** @return whether every graphical condition holds */
    public boolean valid() {
        return failures.isEmpty();
    }

    @Override
    public String toString() {
        return "Z={" + String.join(", ", treatmentProxies) + "}, W={" + String.join(", ", outcomeProxies) + "}: "
                + (valid() ? "the graphical proximal conditions hold" : String.join("; ", failures));
    }
}
