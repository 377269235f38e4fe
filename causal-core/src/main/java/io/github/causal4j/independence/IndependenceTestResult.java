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
package io.github.causal4j.independence;

import java.util.Objects;

/**
 * The result of testing one conditional independence statement on data.
 *
 * @param statement the statement tested
 * @param method the test, e.g. {@code "fisher-z"}, {@code "g-test"}, {@code "chi-square"}
 * @param statistic the test statistic (Fisher's z, G or Pearson's X²)
 * @param degreesOfFreedom the chi-square degrees of freedom; for Fisher's z, {@code n - |given| - 3}
 * @param pValue the p-value
 * @param sampleSize the number of rows (or the total weight of a weighted table)
 */
public record IndependenceTestResult(ConditionalIndependence statement, String method, double statistic,
        double degreesOfFreedom, double pValue, double sampleSize) {

    /** Validates. */
    public IndependenceTestResult {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(method, "method");
        if (!(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException("p-value must lie in [0, 1], got " + pValue);
        }
        if (!Double.isFinite(statistic)) {
            throw new IllegalArgumentException("the statistic must be finite, got " + statistic);
        }
    }

    /** @return e.g. {@code x _||_ y | z: fisher-z = 1.23, p = 0.219} */
    @Override
    public String toString() {
        return statement.toText() + ": " + method + " = " + String.format(java.util.Locale.ROOT, "%.4g", statistic)
                + (method.equals("fisher-z") ? "" : " (df " + (long) degreesOfFreedom + ")") + ", p = "
                + String.format(java.util.Locale.ROOT, "%.4g", pValue);
    }
}
