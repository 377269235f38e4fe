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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Parses value assignments written as {@code "y=1, z=0"} (the {@code --evaluate}, {@code --do} and
 * {@code --given} arguments of {@code causal identify}): comma-separated {@code name=value} pairs,
 * spaces around names and values ignored. Values are kept as text and matched to the data by
 * {@link DiscreteData}.
 */
public final class Assignments {

    private Assignments() {
    }

    /**
     * @param text e.g. {@code "y=1,z=0"}; empty or blank text gives an empty map
     * @return the assignments in the order written
     * @throws IllegalArgumentException for a pair without {@code =}, an empty name or value, or a repeated name
     */
    public static Map<String, String> parse(String text) {
        Objects.requireNonNull(text, "text");
        Map<String, String> out = new LinkedHashMap<>();
        if (text.isBlank()) {
            return Collections.unmodifiableMap(out);
        }
        for (String part : text.split(",")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("expected name=value but found '" + part.strip() + "' in '" + text + "'");
            }
            String name = part.substring(0, eq).strip();
            String value = part.substring(eq + 1).strip();
            if (name.isEmpty() || value.isEmpty()) {
                throw new IllegalArgumentException("empty name or value in '" + part.strip() + "' of '" + text + "'");
            }
            if (out.put(name, value) != null) {
                throw new IllegalArgumentException("'" + name + "' is assigned twice in '" + text + "'");
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
