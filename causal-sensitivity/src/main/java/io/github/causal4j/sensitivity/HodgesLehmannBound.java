/*
 * Copyright 2026 The causal4j developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
