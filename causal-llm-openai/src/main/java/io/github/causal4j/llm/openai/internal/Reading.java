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
package io.github.causal4j.llm.openai.internal;

import io.github.causal4j.llm.EdgeClaim;
import io.github.causal4j.llm.LatentClaim;
import io.github.causal4j.llm.RoleClaim;
import io.github.causal4j.llm.VerdictClaim;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an answer said, as claims, and what was wrong with it: schema errors (the answer cannot be
 * used as is) and names that are not variables (it can, but the model should try again).
 *
 * @param edges edge claims
 * @param roles role claims
 * @param verdicts verdict claims
 * @param latents latent claims
 * @param errors schema violations, one sentence each
 */
public record Reading(List<EdgeClaim> edges, List<RoleClaim> roles, List<VerdictClaim> verdicts, List<LatentClaim> latents,
        List<String> errors) {

    /** Copies the lists. */
    public Reading {
        edges = List.copyOf(edges);
        roles = List.copyOf(roles);
        verdicts = List.copyOf(verdicts);
        latents = List.copyOf(latents);
        errors = List.copyOf(errors);
    }

    /**
     * @param variables the variable names
     * @return names the claims use that are not variables, in order of first use (latent names, which are new by design, excluded)
     */
    public List<String> unknownNames(Set<String> variables) {
        Set<String> out = new LinkedHashSet<>();
        for (EdgeClaim e : edges) {
            add(out, variables, e.from());
            add(out, variables, e.to());
        }
        for (RoleClaim r : roles) {
            add(out, variables, r.variable());
            r.given().forEach(g -> add(out, variables, g));
        }
        for (VerdictClaim v : verdicts) {
            add(out, variables, v.from());
            add(out, variables, v.to());
        }
        for (LatentClaim l : latents) {
            l.affects().forEach(a -> add(out, variables, a));
            l.asStrongAs().ifPresent(a -> add(out, variables, a));
        }
        return List.copyOf(out);
    }

    private static void add(Set<String> out, Set<String> variables, String name) {
        if (!variables.contains(name)) {
            out.add(name);
        }
    }
}
