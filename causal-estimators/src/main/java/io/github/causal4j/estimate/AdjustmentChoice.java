package io.github.causal4j.estimate;

import io.github.causal4j.CausalException;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.graph.NodeRole;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the adjustment set of a {@link CausalAnalysis} until full identification (adjustment
 * sets of the identification module) is wired in: the user's covariates, checked against the
 * back-door criterion when there is a graph, or else the observed parents of the treatment.
 */
final class AdjustmentChoice {

    final List<String> set;
    final AdjustmentRule rule;
    final List<String> warnings;
    final String explanation;

    private AdjustmentChoice(List<String> set, AdjustmentRule rule, List<String> warnings, String explanation) {
        this.set = List.copyOf(set);
        this.rule = rule;
        this.warnings = List.copyOf(warnings);
        this.explanation = explanation;
    }

    static AdjustmentChoice choose(Dataset data, Optional<CausalGraph> graph, String treatment, String outcome,
            Optional<List<String>> userSet) {
        List<String> warnings = new ArrayList<>();
        if (userSet.isPresent()) {
            List<String> set = userSet.get();
            graph.ifPresent(g -> checkBackdoor(g, treatment, outcome, set, warnings));
            return new AdjustmentChoice(set, AdjustmentRule.USER_SPECIFIED, warnings, set.isEmpty()
                    ? "no adjustment, as given" : "adjusting for the covariates given: " + set
                    + (graph.isPresent() ? " (checked against the back-door criterion in the graph)" : " (no graph to check)"));
        }
        if (graph.isEmpty()) {
            warnings.add("no graph and no covariates: the effect is estimated without adjustment, which is valid only if "
                    + "the treatment was randomised");
            return new AdjustmentChoice(List.of(), AdjustmentRule.NONE, warnings, "no graph, no covariates: no adjustment");
        }
        CausalGraph g = graph.get();
        requireNode(g, treatment, "treatment");
        requireNode(g, outcome, "outcome");
        Set<String> spouses = g.spouses(treatment);
        if (!spouses.isEmpty()) {
            throw new CausalException("the parents of '" + treatment + "' are not a valid adjustment set: '" + treatment
                    + "' shares a latent cause with " + spouses + " (bidirected edge); give the covariates with "
                    + "adjustingFor(...) or use the identification module");
        }
        List<String> parents = new ArrayList<>(g.parents(treatment));
        if (parents.contains(outcome)) {
            throw new CausalException("the outcome '" + outcome + "' is a parent of the treatment '" + treatment
                    + "' in the graph: the treatment cannot affect it");
        }
        for (String p : parents) {
            if (g.hasRole(p, NodeRole.LATENT) || !data.hasColumn(p)) {
                throw new CausalException("the parents of '" + treatment + "' are not a valid adjustment set from the data: "
                        + "parent '" + p + "' is " + (g.hasRole(p, NodeRole.LATENT) ? "latent" : "not a column of the data")
                        + "; give the covariates with adjustingFor(...) or use the identification module");
            }
        }
        if (!g.descendants(treatment).contains(outcome)) {
            warnings.add("the graph has no directed path from '" + treatment + "' to '" + outcome
                    + "': under the graph the effect is zero");
        }
        return new AdjustmentChoice(parents, AdjustmentRule.PARENTS_OF_TREATMENT, warnings,
                "adjusting for the parents of '" + treatment + "' in the graph, " + parents
                        + ": they block every back-door path and are not descendants of the treatment");
    }

    private static void requireNode(CausalGraph g, String node, String role) {
        if (!g.contains(node)) {
            throw new IllegalArgumentException("the " + role + " '" + node + "' is not a node of the graph; its nodes are "
                    + DesignMatrix.abbreviate(g.nodes()));
        }
    }

    /**
     * The back-door criterion (Pearl 2009, def. 3.3.1): no member of Z descends from the treatment,
     * and Z d-separates treatment and outcome once the treatment's outgoing edges are removed.
     */
    private static void checkBackdoor(CausalGraph g, String treatment, String outcome, List<String> set,
            List<String> warnings) {
        if (!g.contains(treatment) || !g.contains(outcome)) {
            warnings.add("the treatment or outcome is not in the graph; the adjustment set was not checked");
            return;
        }
        List<String> missing = new ArrayList<>();
        for (String z : set) {
            if (!g.contains(z)) {
                missing.add(z);
            }
        }
        if (!missing.isEmpty()) {
            warnings.add("covariates " + missing + " are not in the graph; the adjustment set was not checked");
            return;
        }
        Set<String> descendants = new HashSet<>(g.descendants(treatment));
        descendants.remove(treatment);
        List<String> bad = new ArrayList<>();
        for (String z : set) {
            if (descendants.contains(z)) {
                bad.add(z);
            }
        }
        if (!bad.isEmpty()) {
            warnings.add("the adjustment set contains descendants of '" + treatment + "' " + bad
                    + ": it violates the back-door criterion and can bias the estimate");
            return;
        }
        CausalGraph cut = g;
        for (String child : g.children(treatment)) {
            cut = cut.withoutEdge(treatment, child);
        }
        if (!cut.isDSeparated(List.of(treatment), List.of(outcome), set)) {
            warnings.add("the adjustment set " + set + " leaves a back-door path between '" + treatment + "' and '"
                    + outcome + "' open in the graph: it violates the back-door criterion");
        }
    }
}
