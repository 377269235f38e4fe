package io.github.causal4j.estimate;

/** How the adjustment set of an analysis was chosen. */
public enum AdjustmentRule {
    /** The user named the covariates ({@code CausalAnalysis.adjustingFor}); checked against the graph when there is one. */
    USER_SPECIFIED,
    /**
     * The optimal adjustment set ("O-set", Henckel, Perković &amp; Maathuis 2022,
     * {@code O = pa(cn(x, y)) \ forb(x, y)}) that identification recommends: among valid sets it
     * has the smallest asymptotic variance.
     */
    OPTIMAL,
    /** A minimal valid adjustment set from identification, used when the O-set does not exist. */
    MINIMAL,
    /**
     * The graph admits no valid adjustment set: back-door estimators cannot be used, and the
     * identification says which strategy (front-door, ID formula, instrument, proxies) applies, if any.
     */
    NO_VALID_SET,
    /** No graph and no covariates: the effect is estimated without adjustment (valid only in a randomised design). */
    NONE;

    /** @return the lower-case name, as JSON and the command line write it ({@code "optimal"}) */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
