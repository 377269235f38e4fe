/**
 * Numerical machinery behind the estimators, not API: streaming Householder QR of row blocks
 * (TSQR), weighted Gram and score accumulators, the deterministic chunked parallel reduction,
 * small dense linear algebra (EJML underneath), sandwich covariances and distribution functions.
 * Types here may change without notice; javadoc skips this package.
 */
package io.github.causal4j.estimate.internal;
