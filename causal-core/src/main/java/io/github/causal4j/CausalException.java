package io.github.causal4j;

/**
 * Root of the unchecked exceptions causal4j throws for domain failures: a cyclic graph, a
 * singular design, a malformed data file, a provider that fails. Bad arguments to a method
 * (a {@code null}, an unknown variable name, a probability outside [0, 1]) are reported with the
 * JDK's {@link IllegalArgumentException} or {@link NullPointerException} instead.
 *
 * <p>Every message names what is at fault: the column and row, the variables, the edge or the
 * nodes of a cycle. No causal4j method returns a silent {@code NaN} in place of throwing.
 */
public class CausalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message that names what is at fault.
     *
     * @param message the message
     */
    public CausalException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and its cause.
     *
     * @param message the message
     * @param cause the underlying failure
     */
    public CausalException(String message, Throwable cause) {
        super(message, cause);
    }
}
