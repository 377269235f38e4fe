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

import java.util.Locale;

/** A critique's verdict on one edge. */
public enum EdgeAction {
    /** The edge is right as drawn. */
    KEEP,
    /** The edge should not be there. */
    REMOVE,
    /** The edge points the wrong way. */
    REVERSE,
    /** The edge is missing and should be added. */
    ADD;

    /** @return the action's name in prompts, files and JSON, e.g. {@code "reverse"} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param id an action name, case-insensitive
     * @return the action
     * @throws IllegalArgumentException if none matches
     */
    public static EdgeAction fromId(String id) {
        String key = id.strip().toUpperCase(Locale.ROOT);
        for (EdgeAction a : values()) {
            if (a.name().equals(key)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown edge action '" + id + "'; known actions: keep, remove, reverse, add");
    }
}
