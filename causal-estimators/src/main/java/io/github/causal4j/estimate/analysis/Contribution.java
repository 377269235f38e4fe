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

import io.github.causal4j.result.ReportSection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What an {@link AnalysisContributor} adds to an {@link AnalysisResult}: its report section, its
 * part of the JSON (a tree of maps, lists and scalars, see {@link io.github.causal4j.result.JsonWriter}),
 * warnings for the result's warning list, and its typed result (e.g. the sensitivity module's
 * {@code SensitivityReport}), read back with {@link AnalysisResult#contribution(Class)}. The section
 * is built on first use, so that figures (a contour plot costs far more than the analysis behind it)
 * are drawn only when a report is rendered. Immutable and thread-safe.
 */
public final class Contribution {

    private final String name;
    private final Supplier<ReportSection> sectionBuilder;
    private final Map<String, Object> json;
    private final List<String> warnings;
    private final Optional<Object> value;
    private volatile ReportSection section;

    private Contribution(String name, Supplier<ReportSection> sectionBuilder, Map<String, Object> json,
            List<String> warnings, Optional<Object> value) {
        this.name = Objects.requireNonNull(name, "name");
        this.sectionBuilder = Objects.requireNonNull(sectionBuilder, "section");
        this.json = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(json));
        this.warnings = List.copyOf(warnings);
        this.value = Objects.requireNonNull(value, "value");
    }

    /**
     * @param name the contributor's name ({@code "sensitivity"}), also the JSON key and section id
     * @param section builds the report section when a report is first rendered
     * @param json the JSON tree
     * @param warnings warnings a reader must see
     * @param value the typed result, if the contribution ran (empty when it did not apply)
     * @return the contribution
     */
    public static Contribution of(String name, Supplier<ReportSection> section, Map<String, Object> json,
            List<String> warnings, Optional<?> value) {
        return new Contribution(name, section, json, warnings, value.map(Object.class::cast));
    }

    /** @return the contributor's name */
    public String name() {
        return name;
    }

    /** @return the report section (built once, on first call) */
    public ReportSection section() {
        ReportSection s = section;
        if (s == null) {
            synchronized (this) {
                s = section;
                if (s == null) {
                    s = Objects.requireNonNull(sectionBuilder.get(), "the section builder returned null");
                    section = s;
                }
            }
        }
        return s;
    }

    /** @return the JSON tree */
    public Map<String, Object> json() {
        return json;
    }

    /** @return warnings a reader must see */
    public List<String> warnings() {
        return warnings;
    }

    /** @return the typed result, if the contribution ran */
    public Optional<Object> value() {
        return value;
    }

    /**
     * @param type the expected type
     * @param <T> the type
     * @return the typed result, if it has that type
     */
    public <T> Optional<T> value(Class<T> type) {
        return value.filter(type::isInstance).map(type::cast);
    }

    /** @return e.g. {@code "Contribution[sensitivity, 0 warning(s)]"} */
    @Override
    public String toString() {
        return "Contribution[" + name + ", " + warnings.size() + " warning(s)" + (value.isEmpty() ? ", not run" : "") + "]";
    }
}
