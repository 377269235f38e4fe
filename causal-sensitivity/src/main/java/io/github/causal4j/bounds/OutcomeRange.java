package io.github.causal4j.bounds;

/**
 * The interval {@code [lower, upper]} in which every value of the outcome is known to lie, the
 * assumption behind Manski's (1990) worst-case bounds.
 *
 * @param lower the smallest possible outcome {@code a}
 * @param upper the largest possible outcome {@code b}
 */
public record OutcomeRange(double lower, double upper) {

    /** Validates that {@code a < b} and both are finite. */
    public OutcomeRange {
        if (!Double.isFinite(lower) || !Double.isFinite(upper)) {
            throw new IllegalArgumentException("outcome range [" + lower + ", " + upper + "] must be finite");
        }
        if (!(lower < upper)) {
            throw new IllegalArgumentException("outcome range [" + lower + ", " + upper + "] must have lower < upper");
        }
    }

    /**
     * @param a the smallest possible outcome
     * @param b the largest possible outcome
     * @return the range {@code [a, b]}
     */
    public static OutcomeRange of(double a, double b) {
        return new OutcomeRange(a, b);
    }

    /** @return the range of a binary outcome, {@code [0, 1]} */
    public static OutcomeRange unit() {
        return new OutcomeRange(0, 1);
    }

    /** @return {@code b - a} */
    public double width() {
        return upper - lower;
    }

    /** @return {@code "[a, b]"} */
    @Override
    public String toString() {
        return "[" + BoundsFormat.number(lower) + ", " + BoundsFormat.number(upper) + "]";
    }
}
