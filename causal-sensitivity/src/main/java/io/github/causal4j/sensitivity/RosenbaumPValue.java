package io.github.causal4j.sensitivity;

/**
 * Bounds on the one-sided p-value of Wilcoxon's signed-rank test of no effect (against a positive
 * effect) when treatment assignment within pairs may be biased by odds up to &Gamma; (Rosenbaum 2002,
 * Observational Studies, 2nd ed., Sec. 4.3). The upper bound is the one that matters: the conclusion
 * is insensitive to a bias of size &Gamma; when it stays below &alpha;.
 *
 * @param gamma the sensitivity parameter &Gamma; &ge; 1
 * @param lower the smallest p-value possible under &Gamma;
 * @param upper the largest p-value possible under &Gamma;
 */
public record RosenbaumPValue(double gamma, double lower, double upper) {
}
