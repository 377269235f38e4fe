package io.github.causal4j.sensitivity;

/**
 * A confounder strength stated directly by the analyst (sensemakr's {@code r2dz.x}, {@code r2yz.dx}
 * arguments) and the estimate adjusted for it.
 *
 * @param label the label shown in tables and plots
 * @param adjusted the confounder and the adjusted estimate
 */
public record HypotheticalConfounder(String label, AdjustedEstimate adjusted) {

    /** Validates. */
    public HypotheticalConfounder {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("label must not be blank");
        }
        java.util.Objects.requireNonNull(adjusted, "adjusted");
    }
}
