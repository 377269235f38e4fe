package io.github.causal4j.sensitivity;

/** Output formats of the minimal-reporting table. */
public enum TableFormat {
    /** A GitHub-flavoured Markdown table. */
    MARKDOWN,
    /** A standalone HTML {@code <table>} (no MathJax needed: subscripts are HTML). */
    HTML,
    /** A LaTeX {@code table} environment with a {@code tabular}. */
    LATEX
}
