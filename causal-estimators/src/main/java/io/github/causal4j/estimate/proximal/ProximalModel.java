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
package io.github.causal4j.estimate.proximal;

import io.github.causal4j.identify.ProximalCheck;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The roles of a proximal analysis: treatment A, outcome Y, treatment-inducing proxies Z (negative
 * control exposures: no effect on Y), outcome-inducing proxies W (negative control outcomes:
 * unaffected by A and Z) and measured covariates X.
 *
 * @param treatment A
 * @param outcome Y
 * @param treatmentProxies Z, at least one
 * @param outcomeProxies W, at least one
 * @param covariates X (may be empty)
 */
public record ProximalModel(String treatment, String outcome, List<String> treatmentProxies, List<String> outcomeProxies,
        List<String> covariates) {

    /**
     * Validates: every variable in one role only.
     *
     * @throws IllegalArgumentException naming a variable in two roles, or when a proxy list is empty
     */
    public ProximalModel {
        Objects.requireNonNull(treatment, "treatment");
        Objects.requireNonNull(outcome, "outcome");
        treatmentProxies = List.copyOf(treatmentProxies);
        outcomeProxies = List.copyOf(outcomeProxies);
        covariates = List.copyOf(covariates);
        if (treatmentProxies.isEmpty()) {
            throw new IllegalArgumentException("proximal estimation needs at least one treatment proxy Z");
        }
        if (outcomeProxies.isEmpty()) {
            throw new IllegalArgumentException("proximal estimation needs at least one outcome proxy W");
        }
        if (treatment.equals(outcome)) {
            throw new IllegalArgumentException("the treatment '" + treatment + "' is also the outcome");
        }
        Set<String> seen = new HashSet<>(List.of(treatment, outcome));
        for (String z : treatmentProxies) {
            add(seen, z, "treatment proxy");
        }
        for (String w : outcomeProxies) {
            add(seen, w, "outcome proxy");
        }
        for (String x : covariates) {
            add(seen, x, "covariate");
        }
    }

    private static void add(Set<String> seen, String v, String role) {
        Objects.requireNonNull(v, role);
        if (!seen.add(v)) {
            throw new IllegalArgumentException(role + " '" + v + "' also has another role (treatment, outcome, proxy or "
                    + "covariate)");
        }
    }

    /**
     * The roles from the graph step's proximal check
     * ({@link io.github.causal4j.identify.ProximalRoles#check}).
     *
     * @param check a check of proxies in the causal graph
     * @param treatment A
     * @param outcome Y
     * @param covariates X, as given to the check
     * @return the model
     * @throws IllegalArgumentException listing the failed conditions if the check is not valid
     */
    public static ProximalModel of(ProximalCheck check, String treatment, String outcome, List<String> covariates) {
        if (!check.valid()) {
            throw new IllegalArgumentException("the proxies fail the graphical conditions: " + String.join("; ",
                    check.failures()));
        }
        return new ProximalModel(treatment, outcome, List.copyOf(check.treatmentProxies()),
                List.copyOf(check.outcomeProxies()), covariates);
    }

    /** @return e.g. {@code "A -> Y, Z=[Z], W=[W], X=[X1, X2]"} */
    @Override
    public String toString() {
        return treatment + " -> " + outcome + ", Z=" + treatmentProxies + ", W=" + outcomeProxies + ", X=" + covariates;
    }
}
