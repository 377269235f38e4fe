package io.github.causal4j.bounds;

/** The direction of a monotonicity assumption. */
public enum Direction {
    /** Larger treatment (or instrument) values go with larger outcomes. */
    INCREASING,
    /** Larger treatment (or instrument) values go with smaller outcomes. */
    DECREASING;

    /** @return {@code ">="} for increasing, {@code "<="} for decreasing */
    String symbol() {
        return this == INCREASING ? ">=" : "<=";
    }
}
