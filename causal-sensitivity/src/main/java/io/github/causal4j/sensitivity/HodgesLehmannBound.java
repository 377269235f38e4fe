package io.github.causal4j.sensitivity;

/**
 * The range of Hodges-Lehmann point estimates and of confidence-interval limits for an additive
 * effect in matched pairs when assignment within pairs may be biased by odds up to &Gamma;
 * (Rosenbaum 2002, Sec. 4.3.5-4.3.6). At &Gamma; = 1 the two estimates coincide with the usual
 * Hodges-Lehmann estimate (the median of the Walsh averages) and the interval is the usual
 * Wilcoxon signed-rank interval.
 *
 * @param gamma the sensitivity parameter &Gamma; &ge; 1
 * @param estimateLow the smallest point estimate possible under &Gamma;
 * @param estimateHigh the largest point estimate possible under &Gamma;
 * @param lower the lower confidence limit under &Gamma; (-&infin; when no effect is excluded)
 * @param upper the upper confidence limit under &Gamma; (+&infin; when no effect is excluded)
 * @param alpha the significance level of the two-sided interval
 */
public record HodgesLehmannBound(double gamma, double estimateLow, double estimateHigh, double lower, double upper, double alpha) {
}
