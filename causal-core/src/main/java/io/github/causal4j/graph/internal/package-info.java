/**
 * Not API: the graph-layout machinery behind {@link io.github.causal4j.graph.GraphPicture} — the
 * Fruchterman–Reingold layout of JGraphT and the Graphviz {@code dot} process. JGraphT types stay here.
 */
package io.github.causal4j.graph.internal;
