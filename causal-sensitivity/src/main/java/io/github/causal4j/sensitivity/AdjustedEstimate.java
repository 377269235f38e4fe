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
 * The estimate corrected for a hypothetical {@link Confounder} (Cinelli &amp; Hazlett 2020, Sec. 4.1):
 * the bias, the bias-adjusted estimate, standard error, t-value against the problematic null and
 * the bias-adjusted confidence interval.
 *
 * @param confounder the hypothesised confounder strength
 * @param bias |bias| = se &middot; sqrt(dof) &middot; sqrt(R&sup2;<sub>Y~Z|D,X</sub> R&sup2;<sub>D~Z|X</sub> / (1 - R&sup2;<sub>D~Z|X</sub>))
 * @param estimate the bias-adjusted estimate
 * @param standardError the bias-adjusted standard error
 * @param tValue (adjusted estimate - null value) / adjusted standard error (&plusmn;&infin; when the
 *        adjusted standard error is 0, i.e. R&sup2;<sub>Y~Z|D,X</sub> = 1)
 * @param lower lower limit of the bias-adjusted confidence interval
 * @param upper upper limit of the bias-adjusted confidence interval
 */
public record AdjustedEstimate(Confounder confounder, double bias, double estimate, double standardError, double tValue,
        double lower, double upper) {

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "adjusted estimate %.6g (se %.6g, t %.4g, CI [%.6g, %.6g]) for %s",
                estimate, standardError, tValue, lower, upper, confounder);
    }
}
