package io.github.causal4j.sensitivity;

/** What a sensitivity contour plot shows at each hypothetical confounder strength (sensemakr's {@code sensitivity.of}). */
public enum ContourQuantity {
    /** The bias-adjusted estimate; critical contour at the null est (1 - q). */
    ESTIMATE,
    /** The bias-adjusted t-value for H0: &tau; = est (1 - q); critical contour at the t quantile. */
    T_VALUE,
    /** The lower limit of the bias-adjusted interval; critical contour at the null. */
    LOWER_LIMIT,
    /** The upper limit of the bias-adjusted interval; critical contour at the null. */
    UPPER_LIMIT;

    /** @return a short human label */
    public String label() {
        switch (this) {
            case ESTIMATE:
                return "adjusted estimate";
            case T_VALUE:
                return "adjusted t-value";
            case LOWER_LIMIT:
                return "lower limit of the adjusted interval";
            default:
                return "upper limit of the adjusted interval";
        }
    }

    double valueOf(AdjustedEstimate a) {
        switch (this) {
            case ESTIMATE:
                return a.estimate();
            case T_VALUE:
                return a.tValue();
            case LOWER_LIMIT:
                return a.lower();
            default:
                return a.upper();
        }
    }
}
