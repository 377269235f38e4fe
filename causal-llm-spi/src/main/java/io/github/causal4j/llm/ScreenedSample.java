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

/**
 * One sample's claims after {@link ClaimScreen}: only known names, no self-loops or contradictions,
 * verdicts normalised to the direction of the critiqued graph's edges.
 */
record ScreenedSample(List<EdgeClaim> edges, List<RoleClaim> roles, List<VerdictClaim> verdicts,
        List<LatentClaim> latents) {

    ScreenedSample {
        edges = List.copyOf(edges);
        roles = List.copyOf(roles);
        verdicts = List.copyOf(verdicts);
        latents = List.copyOf(latents);
    }
}
