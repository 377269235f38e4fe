/**
 * Estimation of causal effects: the {@link io.github.causal4j.estimate.Estimate} value type, the
 * {@link io.github.causal4j.estimate.CausalAnalysis} pipeline (identify, estimate, refute, and
 * {@link io.github.causal4j.estimate.AnalysisStep extension steps} such as sensitivity analysis),
 * the {@link io.github.causal4j.estimate.Estimators} entry point, the
 * {@link io.github.causal4j.estimate.Bootstrap}, and the numerical core every estimator shares:
 * {@link io.github.causal4j.estimate.DesignMatrix design matrices} read in row blocks,
 * {@link io.github.causal4j.estimate.LinearRegression least squares} by streaming Householder QR
 * with classical, HC0–HC3 and cluster-robust covariances, and
 * {@link io.github.causal4j.estimate.LogisticRegression logistic regression} with separation
 * detection.
 *
 * <p>Every pass over the data is cut into fixed chunks whose sufficient statistics (triangular
 * factors, Gram matrices, score sums) are merged in order, so results are bit-for-bit the same for
 * any {@link io.github.causal4j.estimate.Parallelism}.
 */
package io.github.causal4j.estimate;
