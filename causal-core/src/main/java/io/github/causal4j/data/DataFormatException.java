package io.github.causal4j.data;

import io.github.causal4j.CausalException;

/**
 * Data that cannot be used as given: a malformed or empty CSV file, a missing or non-finite value,
 * a ragged row, a duplicate header. The message names the column and the 1-based line of the
 * file (or the row of the dataset) at fault.
 */
public class DataFormatException extends CausalException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and where */
    public DataFormatException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong and where
     * @param cause the underlying failure
     */
    public DataFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
