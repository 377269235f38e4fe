package io.github.causal4j.identify;

import io.github.causal4j.CausalException;
import java.util.Objects;

/**
 * Thrown when a formula is asked for (for plug-in evaluation) but the query is not identifiable;
 * {@link IdAlgorithm#identify} itself returns {@link IdResult.NotIdentified} instead of throwing.
 */
public final class NotIdentifiableException extends CausalException {

    private static final long serialVersionUID = 1L;

    private final transient IdResult.NotIdentified result;

    /**
     * @param result the non-identification result with its hedge
     */
    public NotIdentifiableException(IdResult.NotIdentified result) {
        super(Objects.requireNonNull(result, "result").query().toText() + " is not identifiable from the graph ("
                + result.hedge() + ")");
        this.result = result;
    }

    /** @return the result with the hedge */
    public IdResult.NotIdentified result() {
        return result;
    }
}
