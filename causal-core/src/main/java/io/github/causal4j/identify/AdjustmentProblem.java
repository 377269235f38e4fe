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

import io.github.causal4j.graph.GraphIndex;
import java.util.BitSet;

/**
 * An {@link AdjustmentQuery} in int form, with the pieces every construction algorithm needs:
 * the causal structure, the must-include set {@code I}, the allowed set {@code R} (observed,
 * not forbidden, not excluded, not treatment or outcome; {@code I ⊆ R} unless {@code I} holds a
 * forbidden node) and the ancestral region {@code An(X ∪ Y ∪ I)}, inside which every minimal set
 * lies (van der Zander et al. 2019, Lemma 3.7, for m-separators containing {@code I}).
 */
final class AdjustmentProblem {

    final GraphIndex g;
    final ProperCausalPaths paths;
    final BitSet include;
    final BitSet allowed;
    final BitSet region;

    AdjustmentProblem(AdjustmentQuery query) {
        this.g = query.graph().index();
        this.paths = ProperCausalPaths.of(g, query.treatmentIds(), query.outcomeIds());
        this.include = query.includeIds();
        this.allowed = query.allowedIds(paths);
        this.region = g.ancestors(NodeSets.union(paths.treatments, paths.outcomes, include));
    }

    /** @return whether the must-include nodes can be in a valid set at all (none is forbidden) */
    boolean includeAllowed() {
        return NodeSets.isSubset(include, allowed);
    }

    /** @return a walk in the augmented graph of the region of the proper back-door graph */
    MixedGraphWalk moralWalk() {
        return paths.backDoorGraphWalk(g).region(region).collidersAlwaysOpen();
    }

    /**
     * The canonical candidate {@code An(X ∪ Y ∪ I) ∩ R}: if any valid set within the constraints
     * exists, this one is valid (Perković et al. 2018, Thm. 4.6; van der Zander et al. 2019, Lemma 3.6).
     */
    BitSet canonicalCandidate() {
        return NodeSets.intersection(region, allowed);
    }

    /**
     * Tests whether the canonical candidate separates, by reachability in the augmented graph of the
     * region ({@code An(X ∪ Y ∪ Z0)} is the region itself, so separation there is m-separation;
     * Lauritzen et al. 1990, Richardson 2003). One linear walk, no ancestor computation.
     *
     * @return the candidate nodes adjacent to X's component, or {@code null} if the candidate does not separate
     */
    BitSet canonicalFrontierOrNull() {
        BitSet z0 = canonicalCandidate();
        MixedGraphWalk fromX = moralWalk().conditioned(z0).stopAt(paths.outcomes).run(paths.treatments);
        if (fromX.hit()) {
            return null;
        }
        BitSet near = fromX.reached();
        near.and(z0);
        return near;
    }

    /**
     * FindMinSep of van der Zander et al. (2019, Alg. 3) in the augmented graph, without building it:
     * of the separating candidate {@code Z0}, keep the nodes reachable from {@code X} around
     * {@code Z0} ({@code nearX}, from {@link #canonicalFrontierOrNull()}), then of those the nodes
     * reachable from {@code Y}; with {@code I} the result is an {@code I}-minimal separator.
     *
     * @param nearX the nodes of {@code Z0} adjacent to X's component
     * @return an {@code I}-minimal valid set contained in {@code Z0}
     */
    BitSet minimise(BitSet nearX) {
        BitSet first = NodeSets.minus(nearX, include);
        BitSet blockers = NodeSets.union(first, include);
        BitSet nearBoth = moralWalk().conditioned(blockers).run(paths.outcomes).reached();
        nearBoth.and(first);
        nearBoth.or(include);
        return nearBoth;
    }
}
