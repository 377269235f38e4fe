package io.github.causal4j.estimate;

/**
 * What a fit does when design columns are collinear (a column is a linear combination of earlier
 * ones, up to the rank tolerance).
 */
public enum RankDeficiency {
    /** Throw a {@link CollinearityException} naming the collinear columns (the default). */
    ERROR,
    /**
     * Drop each column that is a combination of earlier ones, as R's {@code lm} does (its
     * coefficient is reported as not estimated), and put a warning naming it in the result.
     */
    DROP
}
