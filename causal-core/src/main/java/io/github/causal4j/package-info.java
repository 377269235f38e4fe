/**
 * causal4j: graph, identification, estimation, sensitivity and bounds for causal inference on
 * the JVM. This package holds only what every other package shares, the {@link
 * io.github.causal4j.CausalException} family; the concepts live in sub-packages:
 * {@code .data} (datasets), {@code .graph} (causal graphs and d-separation), and, in the other
 * modules, identification, estimation, sensitivity analysis and bounds.
 */
package io.github.causal4j;
