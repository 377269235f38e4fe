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
