package io.github.causal4j.llm;

import java.util.Objects;

/**
 * A variable shown to a suggester: its exact name (a data column or graph node) and a description
 * in words, which is what a language model reasons from.
 *
 * @param name the exact name; answers must use it verbatim
 * @param description one or two sentences: what was measured, in which unit or with which states ({@code ""} if none)
 */
public record Variable(String name, String description) {

    /** Validates the name (non-blank, no surrounding white space) and the description (non-null). */
    public Variable {
        Objects.requireNonNull(name, "variable name");
        Objects.requireNonNull(description, "description of variable '" + name + "'");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a variable name cannot be blank");
        }
        if (!name.strip().equals(name)) {
            throw new IllegalArgumentException("variable name '" + name + "' has leading or trailing white space");
        }
        if (name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0 || name.indexOf('\t') >= 0) {
            throw new IllegalArgumentException("variable name '" + name.replace("\n", "\\n").replace("\t", "\\t")
                    + "' contains a line break or tab");
        }
        description = description.strip();
    }

    /**
     * @param name the exact name
     * @return a variable without description
     */
    public static Variable of(String name) {
        return new Variable(name, "");
    }

    /**
     * @param name the exact name
     * @param description what it measures
     * @return the variable
     */
    public static Variable of(String name, String description) {
        return new Variable(name, description);
    }
}
