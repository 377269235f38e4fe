package io.github.causal4j.graph;

/** The two kinds of edge in an acyclic directed mixed graph. */
public enum EdgeType {
    /** {@code a -> b}: a is a direct cause of b. */
    DIRECTED,
    /** {@code a <-> b}: a and b share an unobserved common cause (latent confounding). */
    BIDIRECTED
}
