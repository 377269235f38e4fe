/**
 * Sensitivity of causal conclusions to what was not measured.
 *
 * <ul>
 *   <li>{@link io.github.causal4j.sensitivity.OmittedVariableBias}: the omitted-variable-bias
 *   framework of Cinelli &amp; Hazlett (2020, JRSS-B 82(1):39-67) in its partial-R&sup2; form, with the
 *   numbers of the R package sensemakr (robustness values, bias-adjusted estimates, benchmark bounds,
 *   contour and extreme-scenario data, the minimal-reporting table and plots), from an estimate, its
 *   standard error and residual degrees of freedom;</li>
 *   <li>{@link io.github.causal4j.sensitivity.OlsSensitivity} (from data),
 *   {@link io.github.causal4j.sensitivity.SensitivityAnalysis} (from numbers) and
 *   {@link io.github.causal4j.sensitivity.SensitivityReport}: the whole analysis with benchmark
 *   covariates; {@link io.github.causal4j.sensitivity.SensitivityStep} runs it as a stage of a
 *   {@code CausalAnalysis} on the adjustment set identification chose;</li>
 *   <li>{@link io.github.causal4j.sensitivity.EValues}: E-values of VanderWeele &amp; Ding (2017);</li>
 *   <li>{@link io.github.causal4j.sensitivity.RosenbaumBounds}: Rosenbaum's &Gamma; sensitivity for
 *   matched pairs (Wilcoxon signed-rank p-value bounds and Hodges-Lehmann bounds).</li>
 * </ul>
 */
package io.github.causal4j.sensitivity;
