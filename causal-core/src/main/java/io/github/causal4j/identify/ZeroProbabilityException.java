package io.github.causal4j.identify;

import io.github.causal4j.CausalException;

/**
 * A plug-in formula divides by the probability of an event that has probability 0 in the data (a
 * positivity violation), so its value is undefined there. The message names the term and the event.
 */
public final class ZeroProbabilityException extends CausalException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message names the term and the conditioning event
     */
    public ZeroProbabilityException(String message) {
        super(message);
    }
}
