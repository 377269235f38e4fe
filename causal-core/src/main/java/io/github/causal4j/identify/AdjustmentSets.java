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
import io.github.causal4j.identify.internal.MinimumVertexCut;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Constructs covariate adjustment sets for the effect of {@code X} on {@code Y} in a DAG or ADMG
 * (latent nodes allowed), by the generalized adjustment criterion ({@link AdjustmentCriterion})
 * and the separator framework of van der Zander, Liśkiewicz &amp; Textor (2019, AIJ 270): an
 * adjustment set is a set without forbidden nodes that m-separates {@code X} from {@code Y} in the
 * proper back-door graph, so finding, minimising and listing adjustment sets reduce to the same
 * tasks for separators. Every method honours the query's must-include and must-exclude nodes.
 *
 * <pre>{@code
 * AdjustmentQuery q = AdjustmentQuery.of(CausalGraph.parse(
 *         "dag { a -> x <- m -> y <- b; a -> m <- b; x -> y }"), "x", "y");
 * AdjustmentSets.minimalSets(q, 100);   // 2 sets (complete): {a, m}; {m, b}
 * AdjustmentSets.canonical(q);          // Optional[{a, m, b}]
 * }</pre>
 *
 * <p>Costs: {@link #canonical}, {@link #minimal} and {@link #optimal} run in {@code O(V + E)};
 * the listings have delay {@code O(|R| (V + E))} per set; {@link #minimumCost} builds the
 * augmented graph ({@code O(V (V + E))}) and solves one maximum flow.
 */
public final class AdjustmentSets {

    private AdjustmentSets() {
    }

    /**
     * The canonical set {@code Adjust(X, Y) = An(X ∪ Y ∪ I) ∩ R} (Perković et al. 2018, Def. 4.5,
     * restricted to the allowed nodes {@code R} as in van der Zander et al. 2019): valid whenever
     * any valid set within the constraints exists. Linear time.
     *
     * @param query the adjustment question
     * @return the canonical set, or empty if no valid set exists
     */
    public static Optional<Set<String>> canonical(AdjustmentQuery query) {
        AdjustmentProblem p = new AdjustmentProblem(query);
        if (!p.includeAllowed()) {
            return Optional.empty();
        }
        return p.canonicalFrontierOrNull() == null ? Optional.empty() : Optional.of(NodeSets.names(p.g, p.canonicalCandidate()));
    }

    /**
     * Why no valid set exists, or the canonical set's verdict: the criterion applied to the
     * canonical candidate {@code An(X ∪ Y ∪ I) ∩ R}. When it is invalid, no valid set exists, and
     * the violation names a path that no allowed set can block (or a forbidden must-include node).
     *
     * @param query the adjustment question
     * @return the verdict on the canonical candidate
     */
    public static AdjustmentCheck canonicalCheck(AdjustmentQuery query) {
        AdjustmentProblem p = new AdjustmentProblem(query);
        BitSet z = p.includeAllowed() ? p.canonicalCandidate() : NodeSets.union(p.canonicalCandidate(), p.include);
        return new AdjustmentCheck(query, NodeSets.names(p.g, z), AdjustmentCriterion.violation(p.g, p.paths, z));
    }

    /**
     * One inclusion-minimal valid set ({@code I}-minimal: no valid proper subset contains
     * {@code I}), by FindMinSep (van der Zander et al. 2019, Alg. 3) in linear time.
     *
     * @param query the adjustment question
     * @return a minimal set, or empty if no valid set exists
     */
    public static Optional<Set<String>> minimal(AdjustmentQuery query) {
        AdjustmentProblem p = new AdjustmentProblem(query);
        if (!p.includeAllowed()) {
            return Optional.empty();
        }
        BitSet nearX = p.canonicalFrontierOrNull();
        return nearX == null ? Optional.empty() : Optional.of(NodeSets.names(p.g, p.minimise(nearX)));
    }

    /**
     * All inclusion-minimal valid sets, lazily, with polynomial delay (see
     * {@code MinimalSetEnumeration}: {@code O(|R| (V + E))} between two sets, no repeats).
     *
     * @param query the adjustment question
     * @return the minimal sets; an empty stream when no valid set exists
     */
    public static Stream<Set<String>> minimalSetStream(AdjustmentQuery query) {
        AdjustmentProblem p = new AdjustmentProblem(query);
        return new MinimalSetEnumeration(p).names(p.g);
    }

    /**
     * @param query the adjustment question
     * @param limit the most sets to return ({@code >= 0})
     * @return up to {@code limit} minimal sets, and whether they are all of them
     */
    public static AdjustmentSetList minimalSets(AdjustmentQuery query, int limit) {
        AdjustmentProblem p = new AdjustmentProblem(query);
        return new MinimalSetEnumeration(p).list(p.g, limit);
    }

    /**
     * All valid sets, lazily, with polynomial delay ({@code O(|R| (V + E))} between two sets).
     * There can be exponentially many: use {@link #validSets(AdjustmentQuery, int)} for a bounded list.
     *
     * @param query the adjustment question
     * @return the valid sets
     */
    public static Stream<Set<String>> validSetStream(AdjustmentQuery query) {
        AdjustmentProblem p = new AdjustmentProblem(query);
        return new ValidSetEnumeration(p).names(p.g);
    }

    /**
     * @param query the adjustment question
     * @param limit the most sets to return ({@code >= 0})
     * @return up to {@code limit} valid sets, and whether they are all of them
     */
    public static AdjustmentSetList validSets(AdjustmentQuery query, int limit) {
        AdjustmentProblem p = new AdjustmentProblem(query);
        return new ValidSetEnumeration(p).list(p.g, limit);
    }

    /**
     * A valid set of minimum total cost (van der Zander et al. 2019, Sec. 5.3: a minimum vertex cut
     * between {@code X} and {@code Y} in the augmented graph of {@code An(X ∪ Y ∪ I)} of the proper
     * back-door graph, with {@code I} removed and only allowed nodes cuttable). With positive costs
     * the set is also inclusion-minimal. Costs {@code O(V (V + E))} to build the augmented graph,
     * plus one push-relabel maximum flow ({@code O(V^3)} worst case).
     *
     * @param query the adjustment question
     * @param costs positive finite cost per node; nodes not in the map cost 1 (so an empty map gives a
     *     set of minimum size)
     * @return a cheapest valid set, or empty if none exists
     * @throws IllegalArgumentException for an unknown node or a cost that is not positive and finite
     */
    public static Optional<Set<String>> minimumCost(AdjustmentQuery query, Map<String, Double> costs) {
        Objects.requireNonNull(costs, "costs");
        AdjustmentProblem p = new AdjustmentProblem(query);
        GraphIndex g = p.g;
        double[] weight = new double[g.size()];
        java.util.Arrays.fill(weight, 1.0);
        for (Map.Entry<String, Double> e : costs.entrySet()) {
            int v = NodeSets.ids(g, List.of(e.getKey()), "cost node").nextSetBit(0);
            Double c = e.getValue();
            if (c == null || !(c > 0) || c.isInfinite()) {
                throw new IllegalArgumentException("cost of '" + e.getKey() + "' must be positive and finite, got " + c);
            }
            weight[v] = c;
        }
        if (!p.includeAllowed() || p.canonicalFrontierOrNull() == null) {
            return Optional.empty();
        }
        BitSet cuttable = NodeSets.minus(NodeSets.intersection(p.allowed, p.region), p.include);
        MinimumVertexCut cut = new MinimumVertexCut(g.size(), weight, cuttable);
        BitSet onlyColliders = new BitSet(g.size());
        onlyColliders.set(0, g.size());
        for (int u = p.region.nextSetBit(0); u >= 0; u = p.region.nextSetBit(u + 1)) {
            if (p.include.get(u)) {
                continue;
            }
            // Neighbours of u in the augmented graph: nodes joined to u by a collider path in the region.
            BitSet adjacent = p.moralWalk().conditioned(onlyColliders).run(NodeSets.of(u)).reached();
            adjacent.andNot(p.include);
            for (int w = adjacent.nextSetBit(u + 1); w >= 0; w = adjacent.nextSetBit(w + 1)) {
                cut.addEdge(u, w);
            }
        }
        BitSet separator = cut.cut(p.paths.treatments, p.paths.outcomes);
        if (separator == null) {
            return Optional.empty();
        }
        separator.or(p.include);
        return Optional.of(NodeSets.names(g, separator));
    }

    /**
     * The O-set of Henckel, Perković &amp; Maathuis (2022), {@code pa(cn(x, Y)) \ forb(x, Y)}, for one
     * treatment. It is reported unavailable (with the reason) when an outcome does not descend from
     * the treatment (the theorem assumes {@code Y ⊆ De(x)}), when a node on a causal path has a
     * bidirected edge or a latent parent (its hidden parent would belong to the O-set; with hidden
     * variables an optimal set need not exist, Smucler, Sapienza &amp; Rotnitzky 2022), or when no
     * valid set exists. Linear time.
     *
     * @param query the adjustment question, with one treatment and no must-include/exclude nodes
     * @return the O-set or why it is unavailable
     * @throws IllegalArgumentException for several treatments (the optimality theorem used here is for
     *     one; use {@link #canonical} or {@link #minimal}) or a constrained query
     */
    public static OptimalAdjustment optimal(AdjustmentQuery query) {
        if (query.treatments().size() != 1) {
            throw new IllegalArgumentException("the O-set is computed for one treatment, got " + query.treatments()
                    + "; for several treatments use the canonical or a minimal set");
        }
        if (query.isConstrained()) {
            throw new IllegalArgumentException("the O-set is defined without must-include/must-exclude nodes; "
                    + "drop the constraints or use the canonical or a minimal set");
        }
        AdjustmentProblem p = new AdjustmentProblem(query);
        GraphIndex g = p.g;
        String x = query.treatments().iterator().next();
        for (int y = p.paths.outcomes.nextSetBit(0); y >= 0; y = p.paths.outcomes.nextSetBit(y + 1)) {
            if (!p.paths.causalNodes.get(y)) {
                return unavailable(query, x, "outcome '" + g.name(y) + "' is not a descendant of '" + x
                        + "' (its total effect is zero by the graph); the O-set theorem assumes every outcome descends from the treatment");
            }
        }
        BitSet o = new BitSet(g.size());
        BitSet cn = p.paths.causalNodes;
        for (int c = cn.nextSetBit(0); c >= 0; c = cn.nextSetBit(c + 1)) {
            if (g.spouseCount(c) > 0) {
                return unavailable(query, x, "'" + g.name(c) + "' lies on a causal path and has a bidirected edge to '"
                        + g.name(g.spouse(c, 0)) + "': its hidden parent would belong to the O-set, and with hidden"
                        + " confounders an optimal set need not exist");
            }
            for (int k = 0; k < g.parentCount(c); k++) {
                o.set(g.parent(c, k));
            }
        }
        o.andNot(p.paths.forbidden);
        int latent = NodeSets.intersection(o, NodeSets.withRole(g, NodeRole.LATENT)).nextSetBit(0);
        if (latent >= 0) {
            return unavailable(query, x, "the O-set would contain the latent node '" + g.name(latent)
                    + "'; with hidden confounders an optimal set need not exist");
        }
        Optional<AdjustmentViolation> violation = AdjustmentCriterion.violation(g, p.paths, o);
        if (violation.isPresent()) {
            return unavailable(query, x, "no valid adjustment set exists: " + violation.get().describe());
        }
        return new OptimalAdjustment(x, query.outcomes(), Optional.of(NodeSets.names(g, o)),
                "pa(cn) \\ forb: the valid set with the smallest asymptotic variance (Henckel, Perković & Maathuis 2022)");
    }

    private static OptimalAdjustment unavailable(AdjustmentQuery query, String x, String reason) {
        return new OptimalAdjustment(x, query.outcomes(), Optional.empty(), reason);
    }
}
