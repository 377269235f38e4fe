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
package io.github.causal4j.estimate;

import io.github.causal4j.estimate.internal.Formatting;
import java.util.Objects;

/**
 * One row of a coefficient table, as R's {@code summary} and {@code confint} print it.
 *
 * @param name the design column, e.g. {@code "age"} or {@code "village=Abu Gamra"}
 * @param estimate the coefficient
 * @param stdError its standard error under the fit's covariance type
 * @param statistic {@code estimate / stdError} (t or z)
 * @param pValue two-sided p-value of the statistic (t with the fit's degrees of freedom, or normal)
 * @param ciLower lower confidence limit {@code estimate - q * stdError}
 * @param ciUpper upper confidence limit
 */
public record Coefficient(String name, double estimate, double stdError, double statistic, double pValue,
        double ciLower, double ciUpper) {

    /** Validates the name. */
    public Coefficient {
        Objects.requireNonNull(name, "name");
    }

    /** @return e.g. {@code "treat = 1548.24 (SE 781.28, t = 1.98, p = 0.048)"} */
    @Override
    public String toString() {
        return name + " = " + Formatting.number(estimate) + " (SE " + Formatting.number(stdError) + ", stat = "
                + Formatting.number(statistic) + ", p = " + Formatting.pValue(pValue) + ")";
    }
}
