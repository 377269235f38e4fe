package io.github.causal4j.graph;

import io.github.causal4j.CausalException;

/** Graph text (dagitty or DOT) that cannot be parsed; the message gives the line and column. */
public class GraphParseException extends CausalException {

    private static final long serialVersionUID = 1L;

    /** The 1-based line of the error. */
    private final int line;
    /** The 1-based column of the error. */
    private final int column;

    /**
     * @param message what is wrong
     * @param line 1-based line of the error
     * @param column 1-based column of the error
     */
    public GraphParseException(String message, int line, int column) {
        super("line " + line + ", column " + column + ": " + message);
        this.line = line;
        this.column = column;
    }

    /**
     * @param message what is wrong (no position known)
     * @param cause the underlying failure
     */
    public GraphParseException(String message, Throwable cause) {
        super(message, cause);
        this.line = 0;
        this.column = 0;
    }

    /** @return 1-based line of the error, or 0 if unknown */
    public int line() {
        return line;
    }

    /** @return 1-based column of the error, or 0 if unknown */
    public int column() {
        return column;
    }
}
