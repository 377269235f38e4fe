/**
 * Instrumental-variable estimation: the Wald (indirect least squares) ratio, two-stage least
 * squares and the k-class family (LIML, Fuller) with several endogenous regressors, instruments and
 * exogenous covariates; classical, HC0–HC3 and cluster-robust covariances as R's {@code AER::ivreg}
 * with {@code sandwich} reports them; first-stage, over-identification and endogeneity diagnostics;
 * the Anderson–Rubin test and its confidence set ({@link io.github.causal4j.estimate.iv.AndersonRubinSet}).
 * Start from {@link io.github.causal4j.estimate.iv.InstrumentalVariables}.
 */
package io.github.causal4j.estimate.iv;
