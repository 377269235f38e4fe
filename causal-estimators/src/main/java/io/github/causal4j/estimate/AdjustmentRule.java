package io.github.causal4j.estimate;

/** How the adjustment set of an analysis was chosen. */
public enum AdjustmentRule {
    /** The user named the covariates ({@code CausalAnalysis.adjustingFor}); checked against the graph when there is one. */
    USER_SPECIFIED,
    /**
     * The observed parents of the treatment in a DAG without latent variables or bidirected
     * edges: a valid back-door set, since the parents block every back-door path and are not
     * descendants of the treatment (Pearl 2009, <i>Causality</i>, 2nd ed., sec. 3.3.1, the
     * "adjustment for direct causes" theorem). Not in general the smallest or most efficient set.
     */
    PARENTS_OF_TREATMENT,
    /** No graph and no covariates: the effect is estimated without adjustment (valid only in a randomised design). */
    NONE
}
