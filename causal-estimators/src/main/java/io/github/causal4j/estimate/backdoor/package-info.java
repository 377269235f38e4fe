/**
 * Estimators that adjust for a back-door set of covariates: regression adjustment and
 * g-computation, inverse probability weighting, augmented IPW (doubly robust), propensity-score
 * matching and stratification, with covariate-balance and overlap diagnostics. Each returns an
 * {@link io.github.causal4j.estimate.Estimate}; create them through
 * {@link io.github.causal4j.estimate.Estimators}.
 */
package io.github.causal4j.estimate.backdoor;
