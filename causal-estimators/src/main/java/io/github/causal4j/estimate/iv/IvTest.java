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
package io.github.causal4j.estimate.iv;

import io.github.causal4j.estimate.internal.Formatting;
import java.util.Objects;

/**
 * A test statistic with its reference distribution: F(df1, df2), or chi-squared(df1) when
 * {@code df2} is infinite.
 *
 * @param name e.g. {@code "Sargan"}
 * @param statistic the statistic
 * @param df1 numerator (or chi-squared) degrees of freedom
 * @param df2 denominator degrees of freedom, {@code Double.POSITIVE_INFINITY} for chi-squared
 * @param pValue upper-tail p-value
 */
public record IvTest(String name, double statistic, double df1, double df2, double pValue) {

    /** Validates. */
    public IvTest {
        Objects.requireNonNull(name, "name");
        if (!Double.isFinite(statistic) || !(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException(name + ": statistic " + statistic + ", p-value " + pValue);
        }
    }

    /** @return whether the reference distribution is chi-squared */
    public boolean chiSquared() {
        return Double.isInfinite(df2);
    }

    /** @return e.g. {@code "Sargan = 0.333 (chi2(1), p = 0.564)"} */
    @Override
    public String toString() {
        String dist = chiSquared() ? "chi2(" + Formatting.number(df1) + ")"
                : "F(" + Formatting.number(df1) + ", " + Formatting.number(df2) + ")";
        return name + " = " + Formatting.number(statistic) + " (" + dist + ", p = " + Formatting.pValue(pValue) + ")";
    }
}
