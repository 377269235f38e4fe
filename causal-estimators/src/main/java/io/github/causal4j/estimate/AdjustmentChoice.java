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
package io.github.causal4j.estimate;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.graph.NodeRole;
import io.github.causal4j.identify.AdjustmentCheck;
import io.github.causal4j.identify.AdjustmentCriterion;
import io.github.causal4j.identify.AdjustmentQuery;
import io.github.causal4j.identify.AdjustmentSets;
import io.github.causal4j.identify.CausalQuery;
import io.github.causal4j.identify.Estimand;
import io.github.causal4j.identify.Identification;
import io.github.causal4j.identify.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Identifies the effect of a {@link CausalAnalysis} and chooses its adjustment set. With a graph,
 * {@link Identification#of} lists every strategy; the adjustment set is the back-door strategy's
 * (the O-set when it exists, else a minimal set), or none when no valid set exists. Covariates the
 * user gives replace that choice and are checked with the generalized adjustment criterion
 * ({@link AdjustmentCriterion}); an invalid set is kept, with the criterion's reason as a warning.
 * Without a graph the user's covariates are taken as given.
 */
final class AdjustmentChoice {

    final List<String> set;
    final AdjustmentRule rule;
    final List<String> warnings;
    final String explanation;
    final Optional<Identification> identification;

    private AdjustmentChoice(List<String> set, AdjustmentRule rule, List<String> warnings, String explanation,
            Optional<Identification> identification) {
        this.set = List.copyOf(set);
        this.rule = rule;
        this.warnings = List.copyOf(warnings);
        this.explanation = explanation;
        this.identification = identification;
    }

    static AdjustmentChoice choose(Dataset data, Optional<CausalGraph> graph, String treatment, String outcome,
            Optional<List<String>> userSet) {
        List<String> warnings = new ArrayList<>();
        if (graph.isEmpty()) {
            if (userSet.isPresent()) {
                List<String> set = userSet.get();
                return new AdjustmentChoice(set, AdjustmentRule.USER_SPECIFIED, warnings, set.isEmpty()
                        ? "no adjustment, as given (no graph to check it)"
                        : "adjusting for the covariates given: " + set + " (no graph to check them)", Optional.empty());
            }
            warnings.add("no graph and no covariates: the effect is estimated without adjustment, which is valid only if "
                    + "the treatment was randomised");
            return new AdjustmentChoice(List.of(), AdjustmentRule.NONE, warnings, "no graph, no covariates: no adjustment",
                    Optional.empty());
        }
        CausalGraph g = graph.get();
        GraphDataCheck.requireConsistent(g, data, treatment, outcome);
        Identification id = Identification.of(g, CausalQuery.of(List.of(outcome), List.of(treatment)));
        if (!g.descendants(treatment).contains(outcome)) {
            warnings.add("the graph has no directed path from '" + treatment + "' to '" + outcome
                    + "': under the graph the effect is zero");
        }
        if (userSet.isPresent()) {
            return userChoice(g, treatment, outcome, userSet.get(), id, warnings);
        }
        List<Strategy> backdoor = id.strategies("backdoor");
        if (backdoor.isEmpty()) {
            return new AdjustmentChoice(List.of(), AdjustmentRule.NO_VALID_SET, warnings,
                    "no valid adjustment set exists in the graph; " + id.reason(), Optional.of(id));
        }
        List<String> set = ((Estimand.Backdoor) backdoor.get(0).estimand()).adjustment();
        Optional<Set<String>> oSet = AdjustmentSets.optimal(AdjustmentQuery.of(g, treatment, outcome)).set();
        boolean optimal = oSet.isPresent() && oSet.get().equals(Set.copyOf(set));
        String explanation = optimal
                ? "adjusting for the optimal adjustment set (O-set) " + set + ": valid by the generalized adjustment "
                        + "criterion, and of smallest asymptotic variance among valid sets (Henckel, Perković & Maathuis 2022)"
                : "adjusting for the minimal valid adjustment set " + set + " (the O-set does not exist here)";
        return new AdjustmentChoice(set, optimal ? AdjustmentRule.OPTIMAL : AdjustmentRule.MINIMAL, warnings, explanation,
                Optional.of(id));
    }

    private static AdjustmentChoice userChoice(CausalGraph g, String treatment, String outcome, List<String> set,
            Identification id, List<String> warnings) {
        List<String> outside = new ArrayList<>();
        for (String z : set) {
            if (!g.contains(z)) {
                outside.add(z);
            }
        }
        String explanation = set.isEmpty() ? "no adjustment, as given" : "adjusting for the covariates given: " + set;
        if (!outside.isEmpty()) {
            warnings.add("covariates " + outside + " are not nodes of the graph; the adjustment set was not checked");
            return new AdjustmentChoice(set, AdjustmentRule.USER_SPECIFIED, warnings, explanation + " (not checked)",
                    Optional.of(id));
        }
        AdjustmentCheck check = AdjustmentCriterion.check(AdjustmentQuery.of(g, treatment, outcome), set);
        if (!check.valid()) {
            warnings.add("the covariates given " + set + " are not a valid adjustment set for '" + treatment + "' -> '"
                    + outcome + "' in the graph: " + check.reason() + "; the estimate can be biased");
        }
        return new AdjustmentChoice(set, AdjustmentRule.USER_SPECIFIED, warnings, explanation
                + (check.valid() ? " (valid by the generalized adjustment criterion: " + check.reason() + ")"
                        : " (NOT a valid adjustment set in the graph)"), Optional.of(id));
    }

    /** The checks that make a graph usable with a data set; bad input names the node or column. */
    static final class GraphDataCheck {

        private GraphDataCheck() {
        }

        static void requireConsistent(CausalGraph g, Dataset data, String treatment, String outcome) {
            requireObservedNode(g, treatment, "treatment");
            requireObservedNode(g, outcome, "outcome");
            for (String node : g.nodes()) {
                if (!g.hasRole(node, NodeRole.LATENT) && !data.hasColumn(node)) {
                    throw new IllegalArgumentException("graph node '" + node + "' is not a column of the data and is not "
                            + "marked latent; add the column, or mark the node [latent] if it is unobserved (the columns are "
                            + DesignMatrix.abbreviate(data.columnNames()) + ")");
                }
            }
        }

        private static void requireObservedNode(CausalGraph g, String node, String role) {
            if (!g.contains(node)) {
                throw new IllegalArgumentException("the " + role + " '" + node + "' is not a node of the graph; its nodes are "
                        + DesignMatrix.abbreviate(g.nodes()));
            }
            if (g.hasRole(node, NodeRole.LATENT)) {
                throw new IllegalArgumentException("the " + role + " '" + node + "' is marked latent (unobserved) in the "
                        + "graph, but it is a column of the data; remove the [latent] mark");
            }
        }
    }
}
