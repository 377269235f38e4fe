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
import io.github.causal4j.graph.NodeRole;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Collection;
import java.util.Optional;

/**
 * The generalized adjustment criterion: {@code Z} is a valid adjustment set for the effect of
 * {@code X} on {@code Y}, {@code P(y | do(x)) = Σ_z P(y | x, z) P(z)}, if and only if
 * <ol>
 *   <li>{@code Z} contains no node of {@code forb(X,Y) = De(cn(X,Y)) ∪ X}, and</li>
 *   <li>{@code Z} m-separates {@code X} from {@code Y} in the proper back-door graph.</li>
 * </ol>
 * Shpitser, VanderWeele &amp; Robins (2010, UAI), for DAGs with latent variables; Perković, Textor,
 * Kalisch &amp; Maathuis (2018, JMLR 18(220), Thm. 4.4); the separation form is van der Zander,
 * Liśkiewicz &amp; Textor (2019, AIJ 270, Thm. 3.4). Sound and complete, so an invalid set is
 * reported with its witness: the forbidden node and the causal path it descends from, or a path
 * that stays open.
 *
 * <p>Cost {@code O(V + E)}.
 */
public final class AdjustmentCriterion {

    private AdjustmentCriterion() {
    }

    /**
     * @param query the adjustment question (its must-include/exclude constraints play no part here)
     * @param set the candidate adjustment set: observed nodes, disjoint from treatments and outcomes
     * @return valid, or the violation
     * @throws IllegalArgumentException for an unknown node, a treatment or outcome in the set, or a latent node
     */
    public static AdjustmentCheck check(AdjustmentQuery query, Collection<String> set) {
        GraphIndex g = query.graph().index();
        BitSet z = NodeSets.ids(g, set, "adjustment-set node");
        BitSet x = query.treatmentIds();
        BitSet y = query.outcomeIds();
        int clash = NodeSets.intersection(z, NodeSets.union(x, y)).nextSetBit(0);
        if (clash >= 0) {
            throw new IllegalArgumentException("adjustment-set node '" + g.name(clash)
                    + "' is a treatment or outcome; an adjustment set must be disjoint from both");
        }
        int latent = NodeSets.intersection(z, NodeSets.withRole(g, NodeRole.LATENT)).nextSetBit(0);
        if (latent >= 0) {
            throw new IllegalArgumentException("adjustment-set node '" + g.name(latent)
                    + "' is marked latent (unobserved) and cannot be adjusted for");
        }
        ProperCausalPaths paths = ProperCausalPaths.of(g, x, y);
        return new AdjustmentCheck(query, NodeSets.names(g, z), violation(g, paths, z));
    }

    /**
     * @param query the adjustment question
     * @param set the candidate set
     * @return whether the set is a valid adjustment set
     */
    public static boolean isValid(AdjustmentQuery query, Collection<String> set) {
        return check(query, set).valid();
    }

    static Optional<AdjustmentViolation> violation(GraphIndex g, ProperCausalPaths paths, BitSet z) {
        int f = NodeSets.intersection(z, paths.forbidden).nextSetBit(0);
        if (f >= 0) {
            return Optional.of(forbiddenNode(g, paths, f));
        }
        MixedGraphWalk walk = openPathSearch(g, paths, z).recordPaths().run(paths.treatments);
        if (walk.hit()) {
            MixedGraphWalk.WalkPath p = walk.pathTo(walk.hitState(), paths.treatments);
            return Optional.of(new AdjustmentViolation.OpenPath(p.names(g), p.render(g)));
        }
        return Optional.empty();
    }

    /** @return whether {@code z} separates X from Y in the proper back-door graph (forbidden nodes not checked) */
    static boolean separates(GraphIndex g, ProperCausalPaths paths, BitSet z) {
        return !openPathSearch(g, paths, z).run(paths.treatments).hit();
    }

    private static MixedGraphWalk openPathSearch(GraphIndex g, ProperCausalPaths paths, BitSet z) {
        return paths.backDoorGraphWalk(g).conditioned(z).colliderOpenAt(g.ancestors(z)).stopAt(paths.outcomes);
    }

    /** A forbidden node with a proper causal path through one of its ancestors in cn(X,Y). */
    private static AdjustmentViolation forbiddenNode(GraphIndex g, ProperCausalPaths paths, int f) {
        BitSet ancestorsOfF = g.ancestors(NodeSets.of(f));
        ancestorsOfF.and(paths.causalNodes);
        int w = paths.causalNodes.get(f) ? f : ancestorsOfF.nextSetBit(0);
        // x -> ... -> w -> ... -> y with every node after x in cn(X,Y).
        MixedGraphWalk toW = new MixedGraphWalk(g).directedOnly().region(paths.causalNodes)
                .stopAt(NodeSets.of(w)).recordPaths().run(paths.treatments);
        MixedGraphWalk.WalkPath first = toW.pathTo(toW.hitState(), paths.treatments);
        List<String> names = new ArrayList<>(first.names(g));
        String rendered = first.render(g);
        if (!paths.outcomes.get(w)) {
            BitSet fromW = NodeSets.of(w);
            MixedGraphWalk toY = new MixedGraphWalk(g).directedOnly().region(paths.causalNodes)
                    .stopAt(paths.outcomes).recordPaths().run(fromW);
            MixedGraphWalk.WalkPath second = toY.pathTo(toY.hitState(), fromW);
            List<String> rest = second.names(g);
            names.addAll(rest.subList(1, rest.size()));
            rendered = rendered + second.render(g).substring(g.name(w).length());
        }
        return new AdjustmentViolation.ForbiddenNode(g.name(f), names, rendered);
    }
}
