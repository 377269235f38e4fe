/**
 * Identification of causal effects from a causal graph: covariate adjustment (validity with
 * reasons, canonical, minimal, all, minimum-cost and optimal sets), front-door sets, conditional
 * instruments and proximal roles; the {@link io.github.causal4j.identify.Estimand} families, the
 * complete ID and IDC algorithms of Shpitser &amp; Pearl with their hedges, the
 * {@link io.github.causal4j.identify.Expression} trees they produce, and plug-in evaluation of
 * those formulas on discrete data.
 */
package io.github.causal4j.identify;
