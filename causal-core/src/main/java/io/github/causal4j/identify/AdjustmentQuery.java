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

import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.graph.GraphIndex;
import io.github.causal4j.graph.NodeRole;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A covariate-adjustment question: the effect of the treatments {@code X} on the outcomes
 * {@code Y} in a causal graph (DAG or ADMG, possibly with latent nodes), with optional
 * "must include" nodes {@code I} and "must exclude" nodes — the constraint
 * {@code I ⊆ Z ⊆ R} of van der Zander, Liśkiewicz &amp; Textor (2019, AIJ 270), where {@code R}
 * is every observed node not excluded.
 *
 * <p>The graph is used as it is, not projected: latent nodes stay in the graph (paths through
 * them count) but never enter an adjustment set, and a bidirected edge is treated as a latent
 * common parent, so m-separation in the ADMG equals d-separation in its canonical DAG. On such
 * graphs the adjustment criterion is sound and complete (Shpitser et al. 2010, Thm. 5), and
 * working directly keeps every algorithm linear where the latent projection would cost
 * {@code O(V (V + E))}.
 *
 * <p>Constructed with {@link #of}; the withers return new validated queries. Errors name the node:
 * an unknown node, a node that is both treatment and outcome, a latent treatment or outcome, a
 * latent must-include node, a node both included and excluded, or a graph with selection nodes
 * (adjustment under selection bias needs other criteria and is not supported).
 *
 * @param graph the causal graph
 * @param treatments {@code X}, non-empty
 * @param outcomes {@code Y}, non-empty, disjoint from {@code X}
 * @param mustInclude {@code I}: nodes every returned set contains
 * @param mustExclude nodes no returned set contains
 */
public record AdjustmentQuery(CausalGraph graph, Set<String> treatments, Set<String> outcomes,
        Set<String> mustInclude, Set<String> mustExclude) {

    /** Validates the query (see the type's documentation for the checks). */
    public AdjustmentQuery {
        Objects.requireNonNull(graph, "graph");
        GraphIndex g = graph.index();
        BitSet x = NodeSets.ids(g, treatments, "treatment");
        BitSet y = NodeSets.ids(g, outcomes, "outcome");
        BitSet in = NodeSets.ids(g, mustInclude, "must-include node");
        BitSet out = NodeSets.ids(g, mustExclude, "must-exclude node");
        if (x.isEmpty()) {
            throw new IllegalArgumentException("name at least one treatment");
        }
        if (y.isEmpty()) {
            throw new IllegalArgumentException("name at least one outcome");
        }
        requireDisjoint(g, x, y, "is both a treatment and an outcome");
        requireDisjoint(g, in, out, "is both must-include and must-exclude");
        requireDisjoint(g, in, NodeSets.union(x, y), "is a treatment or outcome and cannot be in an adjustment set");
        BitSet latent = NodeSets.withRole(g, NodeRole.LATENT);
        requireDisjoint(g, x, latent, "is a treatment but is marked latent: a latent node cannot be a treatment");
        requireDisjoint(g, y, latent, "is an outcome but is marked latent: a latent node cannot be an outcome");
        requireDisjoint(g, in, latent, "is a must-include node but is marked latent: it cannot be adjusted for");
        BitSet selected = NodeSets.withRole(g, NodeRole.SELECTED);
        if (!selected.isEmpty()) {
            throw new IllegalArgumentException("the graph has selection nodes " + NodeSets.names(g, selected)
                    + "; adjustment under selection bias is not supported");
        }
        treatments = NodeSets.names(g, x);
        outcomes = NodeSets.names(g, y);
        mustInclude = NodeSets.names(g, in);
        mustExclude = NodeSets.names(g, out);
    }

    /**
     * @param graph the causal graph
     * @param treatments the treatments {@code X}
     * @param outcomes the outcomes {@code Y}
     * @return the query without constraints
     */
    public static AdjustmentQuery of(CausalGraph graph, Collection<String> treatments, Collection<String> outcomes) {
        return new AdjustmentQuery(graph, Set.copyOf(treatments), Set.copyOf(outcomes), Set.of(), Set.of());
    }

    /**
     * @param graph the causal graph
     * @param treatment the treatment
     * @param outcome the outcome
     * @return the query without constraints
     */
    public static AdjustmentQuery of(CausalGraph graph, String treatment, String outcome) {
        return of(graph, List.of(treatment), List.of(outcome));
    }

    /**
     * @param nodes nodes every returned set must contain
     * @return a new query with these must-include nodes
     */
    public AdjustmentQuery withMustInclude(Collection<String> nodes) {
        return new AdjustmentQuery(graph, treatments, outcomes, Set.copyOf(nodes), mustExclude);
    }

    /**
     * @param nodes nodes no returned set may contain
     * @return a new query with these must-exclude nodes
     */
    public AdjustmentQuery withMustExclude(Collection<String> nodes) {
        return new AdjustmentQuery(graph, treatments, outcomes, mustInclude, Set.copyOf(nodes));
    }

    /** @return whether the query has must-include or must-exclude nodes */
    public boolean isConstrained() {
        return !mustInclude.isEmpty() || !mustExclude.isEmpty();
    }

    private static void requireDisjoint(GraphIndex g, BitSet a, BitSet b, String problem) {
        int both = NodeSets.intersection(a, b).nextSetBit(0);
        if (both >= 0) {
            throw new IllegalArgumentException("node '" + g.name(both) + "' " + problem);
        }
    }

    /** @return e.g. {@code AdjustmentQuery[x -> y; include a; exclude b]} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("AdjustmentQuery[").append(String.join(",", treatments)).append(" -> ")
                .append(String.join(",", outcomes));
        if (!mustInclude.isEmpty()) {
            sb.append("; include ").append(String.join(",", mustInclude));
        }
        if (!mustExclude.isEmpty()) {
            sb.append("; exclude ").append(String.join(",", mustExclude));
        }
        return sb.append(']').toString();
    }

    // -------------------------------------------------------------- int-level views for the algorithms

    BitSet treatmentIds() {
        return NodeSets.ids(graph.index(), treatments, "treatment");
    }

    BitSet outcomeIds() {
        return NodeSets.ids(graph.index(), outcomes, "outcome");
    }

    BitSet includeIds() {
        return NodeSets.ids(graph.index(), mustInclude, "must-include node");
    }

    /**
     * @param paths the causal structure of this query
     * @return {@code R}: the nodes that may enter a set — observed, not treatment or outcome,
     *     not forbidden, not excluded
     */
    BitSet allowedIds(ProperCausalPaths paths) {
        GraphIndex g = graph.index();
        BitSet r = new BitSet(g.size());
        r.set(0, g.size());
        r.andNot(NodeSets.withRole(g, NodeRole.LATENT));
        r.andNot(paths.treatments);
        r.andNot(paths.outcomes);
        r.andNot(paths.forbidden);
        r.andNot(NodeSets.ids(g, mustExclude, "must-exclude node"));
        return r;
    }
}
