package io.github.causal4j.llm;

import io.github.causal4j.CausalException;

/**
 * A suggester failed: the endpoint is unreachable or refused the request, the answer never met
 * the schema, no provider matches a spec. The message names the provider, the endpoint host and
 * the HTTP status where there is one, and never an API key.
 */
public class SuggestionException extends CausalException {

    private static final long serialVersionUID = 1L;

    /** @param message what failed, naming provider and endpoint */
    public SuggestionException(String message) {
        super(message);
    }

    /**
     * @param message what failed, naming provider and endpoint
     * @param cause the underlying failure
     */
    public SuggestionException(String message, Throwable cause) {
        super(message, cause);
    }
}
