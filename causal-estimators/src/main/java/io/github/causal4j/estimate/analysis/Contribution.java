package io.github.causal4j.estimate.analysis;

import io.github.causal4j.result.ReportSection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link AnalysisContributor} adds to an {@link AnalysisResult}: its report section, its
 * part of the JSON (a tree of maps, lists and scalars, see {@link io.github.causal4j.result.JsonWriter}),
 * warnings for the result's warning list, and its typed result (e.g. the sensitivity module's
 * {@code SensitivityReport}), read back with {@link AnalysisResult#contribution(Class)}.
 *
 * @param name the contributor's name ({@code "sensitivity"}), also the JSON key
 * @param section the report section
 * @param json the JSON tree
 * @param warnings warnings a reader must see
 * @param value the typed result, if the contribution ran (empty when it did not apply)
 */
public record Contribution(String name, ReportSection section, Map<String, Object> json, List<String> warnings,
        Optional<Object> value) {

    /** Validates and copies. */
    public Contribution {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(section, "section");
        json = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(json));
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(value, "value");
    }

    /**
     * @param type the expected type
     * @param <T> the type
     * @return the typed result, if it has that type
     */
    public <T> Optional<T> value(Class<T> type) {
        return value.filter(type::isInstance).map(type::cast);
    }
}
