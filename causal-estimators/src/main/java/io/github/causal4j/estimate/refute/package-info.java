/**
 * Refutation tests of an estimate, after DoWhy (Sharma &amp; Kiciman 2020, arXiv:2011.04216):
 * placebo treatment, random common cause, data subsets and dummy outcome. Each re-estimates the
 * effect on many simulated versions of the data and returns a
 * {@link io.github.causal4j.estimate.refute.Refutation} with the new effect, a p-value and a
 * pass/fail verdict under a stated rule.
 */
package io.github.causal4j.estimate.refute;
