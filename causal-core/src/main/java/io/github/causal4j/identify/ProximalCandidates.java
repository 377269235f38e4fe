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
package io.github.causal4j.identify;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Candidate proxies for proximal causal inference, read from a graph.
 *
 * @param treatment {@code A}
 * @param outcome {@code Y}
 * @param confounders the latent confounders {@code U}
 * @param covariates the measured covariates {@code X}
 * @param treatmentProxies nodes {@code z} with {@code z ⊥ Y | A, U, X} that are connected to {@code U} given {@code A, X}
 * @param outcomeProxies nodes {@code w} with {@code w ⊥ A | U, X} that are connected to {@code U} given {@code A, X}
 * @param unexplainedConfounding empty when {@code U ∪ X} accounts for all confounding of {@code A} and {@code Y}
 *     (it is a valid adjustment set); otherwise why not — then no proxies can help
 * @param caveat what a graph cannot tell: completeness and strength of the proxies
 */
public record ProximalCandidates(String treatment, String outcome, Set<String> confounders, Set<String> covariates,
        Set<String> treatmentProxies, Set<String> outcomeProxies, Optional<String> unexplainedConfounding, String caveat) {

    /** Copies the sets. */
    public ProximalCandidates {
        Objects.requireNonNull(treatment, "treatment");
        Objects.requireNonNull(outcome, "outcome");
        confounders = copy(confounders);
        covariates = copy(covariates);
        treatmentProxies = copy(treatmentProxies);
        outcomeProxies = copy(outcomeProxies);
        Objects.requireNonNull(unexplainedConfounding, "unexplainedConfounding");
        Objects.requireNonNull(caveat, "caveat");
    }

    private static Set<String> copy(Set<String> s) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(s));
    }

    /** @return e.g. {@code proximal roles for a -> y given U={u}: Z candidates {z}, W candidates {w}} */
    @Override
    public String toString() {
        return "proximal roles for " + treatment + " -> " + outcome + " given U={" + String.join(", ", confounders)
                + "}: Z candidates {" + String.join(", ", treatmentProxies) + "}, W candidates {"
                + String.join(", ", outcomeProxies) + "}" + unexplainedConfounding.map(s -> "; " + s).orElse("");
    }
}
