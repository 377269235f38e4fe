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
package io.github.causal4j.estimate.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The roles of a back-door analysis checked before any data are read, wherever the rows come from
 * (an in-memory {@code Dataset} or a Spark DataFrame): treatment and outcome differ, and the
 * covariates are distinct and neither of them. Each message names the column at fault.
 */
public final class RoleChecks {

    private RoleChecks() {
    }

    /**
     * @param treatment the treatment column
     * @param outcome the outcome column
     * @param covariates the adjustment set
     * @throws IllegalArgumentException naming the column listed in two roles, or twice
     * @throws NullPointerException if a name is null
     */
    public static void backdoor(String treatment, String outcome, List<String> covariates) {
        Objects.requireNonNull(treatment, "treatment");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(covariates, "covariates");
        if (treatment.equals(outcome)) {
            throw new IllegalArgumentException("treatment and outcome are the same column '" + treatment + "'");
        }
        Set<String> seen = new HashSet<>();
        for (String c : covariates) {
            Objects.requireNonNull(c, "covariate name");
            if (c.equals(outcome)) {
                throw new IllegalArgumentException("the outcome '" + outcome + "' is also listed as a covariate");
            }
            if (c.equals(treatment)) {
                throw new IllegalArgumentException("the treatment '" + treatment + "' is also listed as a covariate");
            }
            if (!seen.add(c)) {
                throw new IllegalArgumentException("covariate '" + c + "' is listed twice");
            }
        }
    }
}
