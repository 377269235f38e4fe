/**
 * Proximal causal inference: effects under unmeasured confounding identified through a
 * treatment-side proxy Z and an outcome-side proxy W (Miao, Geng &amp; Tchetgen Tchetgen 2018,
 * Biometrika 105:987; Tchetgen Tchetgen, Ying, Cui, Shi &amp; Miao 2024, Statist. Sci. 39:375).
 * Proximal two-stage least squares for a continuous or binary treatment, and for a binary treatment
 * the semiparametric outcome-bridge (POR), treatment-bridge (PIPW) and doubly robust (PDR)
 * estimators of Cui, Pu, Shi, Miao &amp; Tchetgen Tchetgen (2023, JASA 119:1348). Start from
 * {@link io.github.causal4j.estimate.proximal.ProximalEstimator}.
 */
package io.github.causal4j.estimate.proximal;
