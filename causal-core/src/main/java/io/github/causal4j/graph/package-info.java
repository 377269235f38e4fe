/**
 * Causal graphs: immutable acyclic directed mixed graphs (DAGs and ADMGs) with node roles,
 * dagitty and DOT input and output, kinship queries, districts, latent projection, and
 * d-separation (m-separation) in linear time.
 */
package io.github.causal4j.graph;
