package io.github.causal4j.llm;

import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.graph.Edge;
import io.github.causal4j.graph.EdgeType;
import io.github.causal4j.graph.NodeRole;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Graphical criteria for a suggested instrument or negative control, decided by d-separation on
 * the suggestion's graph (bidirected edges made explicit as latent nodes).
 *
 * <p>Instrument Z for X -&gt; Y given W (Pearl 2009, "Causality", 2nd ed., Def. 7.4.1, and the
 * conditional instrument of Brito &amp; Pearl 2002; van der Zander, Textor &amp; Liśkiewicz 2015):
 * Z is not a descendant of X; W contains no descendant of X; Z and X are d-connected given W
 * (relevance); Z and Y are d-separated given W in the graph without the edges out of X (exclusion
 * and unconfoundedness).
 *
 * <p>Negative controls with unmeasured confounders U (the latent common ancestors of X and Y) and
 * measured covariates L (Miao, Geng &amp; Tchetgen Tchetgen 2018, Biometrika 105(4); Tchetgen
 * Tchetgen, Ying, Cui, Shi &amp; Miao 2020, "An introduction to proximal causal learning", §2):
 * an exposure proxy Z needs {@code Y ⊥ Z | X, U, L}; an outcome proxy W needs
 * {@code W ⊥ (X, Z) | U, L}; both must be d-connected to U given L (they must carry information
 * about U, a graphical necessary condition of the completeness assumptions); and U must not be empty.
 */
final class RoleCriteria {

    private RoleCriteria() {
    }

    static RoleCheck instrument(CausalGraph graph, String z, String x, String y, List<String> given) {
        CausalGraph g = withExplicitLatents(graph);
        List<String> findings = new ArrayList<>();
        boolean ok = requireMeasured(g, z, given, findings);
        Set<String> deX = g.descendants(x);
        if (deX.contains(z)) {
            findings.add(z + " is a descendant of " + x + ", so it cannot be an instrument: fails");
            ok = false;
        }
        List<String> badGiven = new ArrayList<>();
        for (String w : given) {
            if (deX.contains(w)) {
                badGiven.add(w);
            }
        }
        if (!badGiven.isEmpty()) {
            findings.add("the conditioning set contains " + badGiven + ", descendants of " + x + ": fails");
            ok = false;
        }
        if (!ok) {
            return new RoleCheck(false, findings);
        }
        String w = given.isEmpty() ? "" : " given " + given;
        boolean relevant = !g.isDSeparated(List.of(z), List.of(x), given);
        findings.add(z + " and " + x + " are d-connected" + w + " (relevance): " + (relevant ? "holds" : "fails"));
        CausalGraph cut = withoutEdgesOutOf(g, x);
        boolean excluded = cut.isDSeparated(List.of(z), List.of(y), given);
        findings.add(z + " and " + y + " are d-separated" + w + " once the edges out of " + x
                + " are removed (exclusion, no confounding): " + (excluded ? "holds" : "fails"));
        return new RoleCheck(relevant && excluded, findings);
    }

    static RoleCheck negativeControlExposure(CausalGraph graph, String z, String x, String y, List<String> given) {
        CausalGraph g = withExplicitLatents(graph);
        List<String> findings = new ArrayList<>();
        if (!requireMeasured(g, z, given, findings)) {
            return new RoleCheck(false, findings);
        }
        Set<String> u = latentConfounders(g, x, y);
        if (u.isEmpty()) {
            findings.add("the graph has no unmeasured common cause of " + x + " and " + y + " for " + z
                    + " to stand in for: fails");
            return new RoleCheck(false, findings);
        }
        List<String> cond = union(List.of(x), u, given);
        boolean independent = g.isDSeparated(List.of(z), List.of(y), cond);
        findings.add(y + " and " + z + " are d-separated given " + x + ", the unmeasured " + u + " and "
                + (given.isEmpty() ? "no covariates" : given) + ": " + (independent ? "holds" : "fails"));
        boolean informative = !g.isDSeparated(List.of(z), u, given);
        findings.add(z + " is d-connected to the unmeasured " + u + (given.isEmpty() ? "" : " given " + given)
                + " (it carries information about them): " + (informative ? "holds" : "fails"));
        return new RoleCheck(independent && informative, findings);
    }

    static RoleCheck negativeControlOutcome(CausalGraph graph, String w, String x, String y, List<String> given,
            Collection<String> exposureProxies) {
        CausalGraph g = withExplicitLatents(graph);
        List<String> findings = new ArrayList<>();
        if (!requireMeasured(g, w, given, findings)) {
            return new RoleCheck(false, findings);
        }
        Set<String> u = latentConfounders(g, x, y);
        if (u.isEmpty()) {
            findings.add("the graph has no unmeasured common cause of " + x + " and " + y + " for " + w
                    + " to stand in for: fails");
            return new RoleCheck(false, findings);
        }
        List<String> others = new ArrayList<>();
        others.add(x);
        for (String z : exposureProxies) {
            if (!z.equals(w) && !given.contains(z) && !others.contains(z)) {
                others.add(z);
            }
        }
        List<String> cond = union(List.of(), u, given);
        boolean independent = g.isDSeparated(List.of(w), others, cond);
        findings.add(w + " is d-separated from " + others + " given the unmeasured " + u + " and "
                + (given.isEmpty() ? "no covariates" : given) + ": " + (independent ? "holds" : "fails"));
        boolean informative = !g.isDSeparated(List.of(w), u, given);
        findings.add(w + " is d-connected to the unmeasured " + u + (given.isEmpty() ? "" : " given " + given)
                + " (it carries information about them): " + (informative ? "holds" : "fails"));
        return new RoleCheck(independent && informative, findings);
    }

    private static boolean requireMeasured(CausalGraph g, String v, List<String> given, List<String> findings) {
        boolean ok = true;
        if (g.hasRole(v, NodeRole.LATENT)) {
            findings.add(v + " is unmeasured in the graph: fails");
            ok = false;
        }
        for (String c : given) {
            if (g.hasRole(c, NodeRole.LATENT)) {
                findings.add("the conditioning set contains the unmeasured " + c + ": fails");
                ok = false;
            }
        }
        return ok;
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

    private static List<String> union(List<String> a, Collection<String> b, List<String> c) {
        Set<String> out = new LinkedHashSet<>(a);
        out.addAll(b);
        out.addAll(c);
        return new ArrayList<>(out);
    }

    /**
     * @param graph an ADMG
     * @return the same graph with every bidirected edge {@code a <-> b} replaced by a latent node
     *         {@code U[a,b]} and {@code a <- U[a,b] -> b} (the canonical DAG of the ADMG)
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
