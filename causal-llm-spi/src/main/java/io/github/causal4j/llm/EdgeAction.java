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
