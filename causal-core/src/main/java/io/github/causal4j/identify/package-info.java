/**
 * Identification of causal effects from a causal graph: covariate adjustment (validity with
 * reasons, canonical, minimal, all, minimum-cost and optimal sets), front-door sets, conditional
 * instruments and proximal roles. Results are plain values (node-name sets, reasons,
 * {@code complete} flags); nothing here touches data.
 */
package io.github.causal4j.identify;
