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

import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.graph.Edge;
import io.github.causal4j.graph.EdgeType;
import io.github.causal4j.graph.NodeRole;
import io.github.causal4j.identify.AdjustmentQuery;
import io.github.causal4j.identify.ConditionalInstruments;
import io.github.causal4j.identify.InstrumentCheck;
import io.github.causal4j.identify.ProximalCheck;
import io.github.causal4j.identify.ProximalRoles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks suggested instruments and negative controls with the identification criteria of
 * {@code io.github.causal4j.identify} on the suggestion's graph, and words the verdict as a
 * {@link RoleCheck}.
 *
 * <ul>
 * <li>Instruments: {@link ConditionalInstruments#check}, the complete criterion for a conditional
 *     instrument {@code (z, W)} (Henckel, Buttenschön &amp; Maathuis 2024; Brito &amp; Pearl 2002).</li>
 * <li>Negative controls: {@link ProximalRoles#check} (Miao, Geng &amp; Tchetgen Tchetgen 2018;
 *     Tchetgen Tchetgen et al. 2020): {@code Z ⊥ Y | A, U, X}, {@code W ⊥ (A, Z) | U, X}, each proxy
 *     connected to U, and {@code U ∪ X} accounting for the confounding, with U the latent common
 *     ancestors of treatment and outcome (bidirected edges made explicit first).</li>
 * </ul>
 */
final class RoleCriteria {

    private RoleCriteria() {
    }

    static RoleCheck instrument(CausalGraph graph, String z, String x, String y, List<String> given) {
        try {
            InstrumentCheck c = ConditionalInstruments.check(AdjustmentQuery.of(graph, x, y), z, given);
            return new RoleCheck(c.valid(), List.of(c.toString()));
        } catch (IllegalArgumentException e) {
            return new RoleCheck(false, List.of(z + (given.isEmpty() ? "" : " | " + String.join(", ", given))
                    + " cannot be an instrument here: " + e.getMessage()));
        }
    }

    /**
     * Checks all accepted proxies together (the condition {@code W ⊥ Z | U, X} couples them).
     *
     * @return a check per proxy, in the order given (exposure proxies first)
     */
    static Map<String, RoleCheck> proxies(CausalGraph graph, String x, String y, List<String> covariates,
            List<String> exposureProxies, List<String> outcomeProxies) {
        CausalGraph g = withExplicitLatents(graph);
        List<String> all = new ArrayList<>(exposureProxies);
        all.addAll(outcomeProxies);
        Map<String, RoleCheck> out = new LinkedHashMap<>();
        Set<String> u = latentConfounders(g, x, y);
        if (u.isEmpty()) {
            for (String p : all) {
                out.put(p, new RoleCheck(false, List.of("the graph has no unmeasured common cause of " + x + " and " + y
                        + " for " + p + " to stand in for")));
            }
            return out;
        }
        List<String> l = new ArrayList<>(covariates);
        l.removeAll(all);
        ProximalCheck check;
        try {
            check = ProximalRoles.check(g, x, y, u, l, exposureProxies, outcomeProxies);
        } catch (IllegalArgumentException e) {
            for (String p : all) {
                out.put(p, new RoleCheck(false, List.of("the proxies cannot be checked: " + e.getMessage())));
            }
            return out;
        }
        List<String> shared = new ArrayList<>();
        for (String f : check.failures()) {
            boolean aboutOne = false;
            for (String p : all) {
                aboutOne |= f.contains("'" + p + "'");
            }
            if (!aboutOne) {
                shared.add(f);
            }
        }
        for (String p : all) {
            List<String> findings = new ArrayList<>(shared);
            for (String f : check.failures()) {
                if (f.contains("'" + p + "'")) {
                    findings.add(f);
                }
            }
            boolean ok = findings.isEmpty();
            if (ok) {
                findings.add("the graphical proximal conditions hold with U = " + u + (l.isEmpty() ? "" : " and X = " + l));
            }
            findings.add("caveat: " + check.caveat());
            out.put(p, new RoleCheck(ok, findings));
        }
        return out;
    }

    /** @return the latent nodes that are ancestors of both x and y, in node order */
    static Set<String> latentConfounders(CausalGraph g, String x, String y) {
        Set<String> anX = g.ancestors(x);
        Set<String> anY = g.ancestors(y);
        Set<String> out = new LinkedHashSet<>();
        for (String l : g.latents()) {
            if (anX.contains(l) && anY.contains(l)) {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * @param graph an ADMG
     * @return the same graph with every bidirected edge {@code a <-> b} replaced by a latent node
     *         {@code U[a,b]} and {@code a <- U[a,b] -> b} (the canonical DAG of the ADMG), so that the
     *         unmeasured confounders the proxies stand for have names
     */
    static CausalGraph withExplicitLatents(CausalGraph graph) {
        if (graph.isDag()) {
            return graph;
        }
        CausalGraph.Builder b = CausalGraph.builder();
        Set<String> taken = new LinkedHashSet<>(graph.nodes());
        for (String n : graph.nodes()) {
            b.node(n);
            for (NodeRole r : graph.roles(n)) {
                b.role(n, r);
            }
        }
        for (Edge e : graph.edges()) {
            if (e.type() == EdgeType.DIRECTED) {
                b.edge(e.from(), e.to());
            } else {
                String u = BackgroundKnowledge.latentNodeName("U[" + e.from() + "," + e.to() + "]", taken);
                taken.add(u);
                b.latent(u).edge(u, e.from()).edge(u, e.to());
            }
        }
        return b.build();
    }

    static CausalGraph withoutEdgesOutOf(CausalGraph g, String x) {
        CausalGraph out = g;
        for (String c : g.children(x)) {
            out = out.withoutEdge(x, c);
        }
        return out;
    }
}
