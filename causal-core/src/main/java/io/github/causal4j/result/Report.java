package io.github.causal4j.result;

import java.util.Objects;

/**
 * A result rendered for people: plain text for a terminal and Markdown for documents. Every
 * causal4j result has a one-line {@code toString()} and a {@code report()} returning one of these.
 *
 * @param text plain text, lines separated by {@code \n}
 * @param markdown the same content as Markdown (tables where the text has columns)
 */
public record Report(String text, String markdown) {

    /** Validates that both forms are present. */
    public Report {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(markdown, "markdown");
    }

    /** @return the plain-text form */
    @Override
    public String toString() {
        return text;
    }
}
