package io.github.causal4j.bounds;

import io.github.causal4j.CausalException;

/**
 * The data contradict the assumptions of a bounds method, so the identified set is empty and no
 * bounds are reported: a table that violates Pearl's instrumental inequality, an observed
 * distribution that no model of the stated graph can produce, or sample means that cross under
 * MTR+MTS or MIV. The message names the violated inequality and the numbers involved.
 */
public class AssumptionsRefutedException extends CausalException {

    private static final long serialVersionUID = 1L;

    /** @param message the violated condition and the numbers involved */
    public AssumptionsRefutedException(String message) {
        super(message);
    }
}
