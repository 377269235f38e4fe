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
package io.github.causal4j.estimate.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Finds the {@link AnalysisContributor}s on the class path (or module path) with
 * {@link ServiceLoader}: first the expected ones in their order (sensitivity, then bounds), then any
 * others by name. An expected contributor that is absent gives a note naming the artifact that
 * provides it.
 */
final class Contributors {

    /** The contributions every analysis expects, with the artifact that provides them. */
    static final List<String[]> EXPECTED = List.of(
            new String[] {"sensitivity", "sensitivity analysis (Cinelli-Hazlett omitted-variable bias)",
                "io.github.causal4j:causal-sensitivity"},
            new String[] {"bounds", "partial-identification bounds", "io.github.causal4j:causal-sensitivity"});

    private Contributors() {
    }

    /** @return the contributors found, expected ones first */
    static List<AnalysisContributor> load() {
        List<AnalysisContributor> found = new ArrayList<>();
        ServiceLoader.load(AnalysisContributor.class, AnalysisContributor.class.getClassLoader()).forEach(found::add);
        List<AnalysisContributor> ordered = new ArrayList<>();
        for (String[] e : EXPECTED) {
            found.stream().filter(c -> c.name().equals(e[0])).findFirst().ifPresent(ordered::add);
        }
        found.stream().filter(c -> !ordered.contains(c)).sorted(Comparator.comparing(AnalysisContributor::name))
                .forEach(ordered::add);
        return ordered;
    }

    /**
     * @param found the contributors found
     * @return one note per expected contributor that is missing
     */
    static List<String> missing(List<AnalysisContributor> found) {
        List<String> notes = new ArrayList<>();
        for (String[] e : EXPECTED) {
            if (found.stream().noneMatch(c -> c.name().equals(e[0]))) {
                notes.add(e[1] + " not run: the module " + e[2] + " is not on the class path");
            }
        }
        return notes;
    }
}
