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
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Roles for proximal causal inference (Miao, Geng &amp; Tchetgen Tchetgen 2018, Biometrika; Tchetgen
 * Tchetgen, Ying, Cui, Shi &amp; Miao 2020; Shi, Miao, Nelson &amp; Tchetgen Tchetgen 2020) read from a
 * graph: with a latent confounder {@code U} and covariates {@code X} such that {@code U ∪ X}
 * accounts for the confounding of treatment {@code A} and outcome {@code Y}, treatment-side proxies
 * {@code Z} and outcome-side proxies {@code W} must satisfy
 * <pre>  Z ⊥ Y | A, U, X        W ⊥ (A, Z) | U, X</pre>
 * in the graph (m-separation). Both conditions are node-by-node for {@code Z}, and for {@code W}
 * against {@code A}; only {@code W ⊥ Z | U, X} couples the two sets, and {@link #check} tests it.
 * As a necessary relevance screen a candidate must also be m-connected to {@code U} given
 * {@code A, X}.
 *
 * <p>Completeness (that the proxies carry enough information about {@code U} for the bridge
 * functions to exist) and the strength of the proxies cannot be read from a graph; every result
 * says so. Each test is one linear walk; {@link #candidates} costs {@code O(V + E)},
 * {@link #check} {@code O(|W| (V + E))} at most.
 */
public final class ProximalRoles {

    /** The limit of what the graph tells, repeated in every result. */
    public static final String CAVEAT = "the graph shows only the conditional independences; completeness of the "
            + "proxies (enough information about U for the bridge functions to exist) and their strength cannot be "
            + "read from a graph and must be argued from subject knowledge or checked in data";

    private ProximalRoles() {
    }

    /**
     * @param graph the causal graph
     * @param treatment {@code A}
     * @param outcome {@code Y}
     * @param confounders {@code U}: the unobserved confounders the proxies stand for (non-empty)
     * @param covariates {@code X}: measured covariates (observed nodes)
     * @return the candidate proxies and whether {@code U ∪ X} explains the confounding
     */
    public static ProximalCandidates candidates(CausalGraph graph, String treatment, String outcome,
            Collection<String> confounders, Collection<String> covariates) {
        Roles r = new Roles(graph, treatment, outcome, confounders, covariates);
        BitSet aux = NodeSets.union(r.a, r.u, r.x);
        BitSet zCandidates = NodeSets.minus(r.observedOthers(), r.dConnected(r.y, aux));
        zCandidates.and(r.dConnected(r.u, NodeSets.union(r.a, r.x)));
        BitSet wCandidates = NodeSets.minus(r.observedOthers(), r.dConnected(r.a, NodeSets.union(r.u, r.x)));
        wCandidates.and(r.dConnected(r.u, NodeSets.union(r.a, r.x)));
        return new ProximalCandidates(treatment, outcome, NodeSets.names(r.g, r.u), NodeSets.names(r.g, r.x),
                NodeSets.names(r.g, zCandidates), NodeSets.names(r.g, wCandidates), r.unexplainedConfounding(), CAVEAT);
    }

    /**
     * @param graph the causal graph
     * @param treatment {@code A}
     * @param outcome {@code Y}
     * @param confounders {@code U}
     * @param covariates {@code X}
     * @param treatmentProxies {@code Z}
     * @param outcomeProxies {@code W}, disjoint from {@code Z}
     * @return the conditions that fail, if any
     */
    public static ProximalCheck check(CausalGraph graph, String treatment, String outcome, Collection<String> confounders,
            Collection<String> covariates, Collection<String> treatmentProxies, Collection<String> outcomeProxies) {
        Roles r = new Roles(graph, treatment, outcome, confounders, covariates);
        GraphIndex g = r.g;
        BitSet z = r.proxies(treatmentProxies, "treatment proxy");
        BitSet w = r.proxies(outcomeProxies, "outcome proxy");
        int both = NodeSets.intersection(z, w).nextSetBit(0);
        if (both >= 0) {
            throw new IllegalArgumentException("node '" + g.name(both) + "' is both a treatment and an outcome proxy");
        }
        List<String> failures = new ArrayList<>();
        r.unexplainedConfounding().ifPresent(failures::add);
        BitSet zToY = NodeSets.intersection(r.dConnected(r.y, NodeSets.union(r.a, r.u, r.x)), z);
        for (int v = zToY.nextSetBit(0); v >= 0; v = zToY.nextSetBit(v + 1)) {
            failures.add("treatment proxy '" + g.name(v) + "' is not independent of the outcome given A, U, X");
        }
        BitSet ux = NodeSets.union(r.u, r.x);
        BitSet wToAz = NodeSets.intersection(r.dConnected(NodeSets.union(r.a, z), ux), w);
        for (int v = wToAz.nextSetBit(0); v >= 0; v = wToAz.nextSetBit(v + 1)) {
            failures.add("outcome proxy '" + g.name(v) + "' is not independent of (A, Z) given U, X");
        }
        BitSet related = r.dConnected(r.u, NodeSets.union(r.a, r.x));
        BitSet unrelated = NodeSets.minus(NodeSets.union(z, w), related);
        for (int v = unrelated.nextSetBit(0); v >= 0; v = unrelated.nextSetBit(v + 1)) {
            failures.add("proxy '" + g.name(v) + "' is independent of U given A, X, so it carries no information about U");
        }
        return new ProximalCheck(NodeSets.names(g, z), NodeSets.names(g, w), failures, CAVEAT);
    }

    /** Validated roles as id sets. */
    private static final class Roles {
        final GraphIndex g;
        final BitSet a;
        final BitSet y;
        final BitSet u;
        final BitSet x;
        final BitSet latent;

        Roles(CausalGraph graph, String treatment, String outcome, Collection<String> confounders, Collection<String> covariates) {
            g = graph.index();
            a = NodeSets.ids(g, List.of(treatment), "treatment");
            y = NodeSets.ids(g, List.of(outcome), "outcome");
            u = NodeSets.ids(g, confounders, "latent confounder");
            x = NodeSets.ids(g, covariates, "covariate");
            latent = NodeSets.withRole(g, NodeRole.LATENT);
            if (a.equals(y)) {
                throw new IllegalArgumentException("node '" + treatment + "' is both the treatment and the outcome");
            }
            if (u.isEmpty()) {
                throw new IllegalArgumentException("name at least one latent confounder U for the proxies to stand for");
            }
            requireNone(NodeSets.intersection(NodeSets.union(a, y), latent), "is marked latent and cannot be the treatment or outcome");
            requireNone(NodeSets.intersection(u, NodeSets.union(a, y)), "cannot be both a confounder and the treatment or outcome");
            requireNone(NodeSets.intersection(x, NodeSets.union(a, y, u)), "cannot be a covariate and the treatment, outcome or a confounder");
            requireNone(NodeSets.intersection(x, latent), "is a covariate but is marked latent");
            if (!graph.nodesWith(NodeRole.SELECTED).isEmpty()) {
                throw new IllegalArgumentException("the graph has selection nodes " + graph.nodesWith(NodeRole.SELECTED)
                        + "; proximal roles under selection are not supported");
            }
        }

        private void requireNone(BitSet bad, String problem) {
            int v = bad.nextSetBit(0);
            if (v >= 0) {
                throw new IllegalArgumentException("node '" + g.name(v) + "' " + problem);
            }
        }

        BitSet proxies(Collection<String> names, String role) {
            BitSet p = NodeSets.ids(g, names, role);
            int v = NodeSets.intersection(p, NodeSets.union(a, y, u, x, latent)).nextSetBit(0);
            if (v >= 0) {
                throw new IllegalArgumentException(role + " '" + g.name(v)
                        + "' must be an observed node other than the treatment, outcome, confounders and covariates");
            }
            return p;
        }

        /** Observed nodes other than A, Y, U, X. */
        BitSet observedOthers() {
            BitSet out = new BitSet(g.size());
            out.set(0, g.size());
            out.andNot(latent);
            out.andNot(NodeSets.union(a, y, u, x));
            return out;
        }

        BitSet dConnected(BitSet from, BitSet given) {
            return g.dConnected(from, given);
        }

        /** Whether U ∪ X satisfies the adjustment criterion for A -> Y (latent U allowed: this is a graph-level check). */
        Optional<String> unexplainedConfounding() {
            ProperCausalPaths paths = ProperCausalPaths.of(g, a, y);
            return AdjustmentCriterion.violation(g, paths, NodeSets.union(u, x))
                    .map(v -> "U and X do not account for the confounding: " + v.describe());
        }
    }
}
