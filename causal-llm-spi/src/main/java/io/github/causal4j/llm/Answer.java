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
package io.github.causal4j.llm;

import java.util.List;
import java.util.Objects;

/**
 * One sample's answer to a {@link Question}, as typed claims. Each task fills the lists it concerns
 * and leaves the others empty: {@link SuggestionTask#EDGES} the edges, the role tasks the roles,
 * {@link SuggestionTask#LATENT_CONFOUNDERS} the latents, {@link SuggestionTask#CRITIQUE} the
 * verdicts (additions as {@link EdgeAction#ADD}) and the latents (missing confounders). Names are as
 * the provider wrote them; {@link SuggestionPipeline} validates them.
 *
 * @param edges directed edges claimed
 * @param roles roles claimed
 * @param verdicts verdicts on edges of a critiqued graph
 * @param latents unmeasured confounders claimed
 * @param call where the answer came from
 */
public record Answer(List<EdgeClaim> edges, List<RoleClaim> roles, List<VerdictClaim> verdicts,
        List<LatentClaim> latents, CallRecord call) {

    /** Validates and copies. */
    public Answer {
        edges = List.copyOf(Objects.requireNonNull(edges, "edges"));
        roles = List.copyOf(Objects.requireNonNull(roles, "roles"));
        verdicts = List.copyOf(Objects.requireNonNull(verdicts, "verdicts"));
        latents = List.copyOf(Objects.requireNonNull(latents, "latents"));
        Objects.requireNonNull(call, "call");
    }

    /** @return whether the answer claims nothing at all (a legitimate answer: "no edges", "no confounders") */
    public boolean isEmpty() {
        return edges.isEmpty() && roles.isEmpty() && verdicts.isEmpty() && latents.isEmpty();
    }
}
