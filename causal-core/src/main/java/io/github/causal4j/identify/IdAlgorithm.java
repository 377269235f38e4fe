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
import io.github.causal4j.graph.Edge;
import io.github.causal4j.graph.EdgeType;
import io.github.causal4j.graph.NodeRole;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Identification of interventional distributions from a causal graph by the complete algorithms of
 * Shpitser &amp; Pearl:
 *
 * <ul>
 *   <li>ID for {@code P(y | do(x))}: "Identification of joint interventional distributions in
 *       recursive semi-Markovian causal models", AAAI 2006; "Complete identification methods for
 *       the causal hierarchy", JMLR 9 (2008) 1941–1979. Sound and complete: it returns a formula
 *       exactly when the distribution is identifiable, and otherwise a {@link Hedge}.</li>
 *   <li>IDC for {@code P(y | do(x), z)}: "Identification of conditional interventional
 *       distributions", UAI 2006. While some {@code w ∈ z} satisfies
 *       {@code (y ⊥ w | x, z \ {w})} in the graph without edges into {@code x} and out of
 *       {@code w}, {@code w} moves from the conditioning set into the intervention (rule 2 of the
 *       do-calculus); then {@code P(y | do(x), z) = P'(y, z) / Σ_y P'(y, z)} with
 *       {@code P' = ID(y ∪ z, x)}. Complete as well.</li>
 * </ul>
 *
 * <p>Latent nodes are removed by the latent projection ({@link CausalGraph#latentProjection()}),
 * which keeps the identification answer (Tian &amp; Pearl 2002). The formula's conditionals are
 * written with the smallest conditioning set the ordered local Markov property allows (for a DAG,
 * {@code P(v | pa(v))}), and the formula is simplified as described in {@link Expression}.
 *
 * <p>The formula may mention variables outside the query that line 3 of ID adds to the
 * intervention (in the napkin graph, {@code P(y | do(x))} is written with a value of {@code z}):
 * its value is the same for every value of them at which it is defined; see
 * {@link #arbitraryVariables(IdResult.Identified)}.
 *
 * <p>Cost: polynomial (Shpitser &amp; Pearl 2006); here each recursive call costs {@code O(V + E)}
 * word-parallel set operations plus {@code O(V (V + E))} to write the conditionals of lines 6–7,
 * and the recursion is at most {@code 2V} deep. IDC adds one m-separation test ({@code O(V + E)})
 * per conditioning variable and round, {@code O(|z|² (V + E))} in all.
 *
 * <pre>{@code
 * CausalGraph g = CausalGraph.parse("dag { x -> m -> y; x <-> y }");
 * IdResult r = IdAlgorithm.identify(g, CausalQuery.of("y", "x"));
 * r.toString(); // identifiable: P(y | do(x)) = Σ_m P(m | x) Σ_x' P(x') P(y | m, x')
 * }</pre>
 */
public final class IdAlgorithm {

    private IdAlgorithm() {
    }

    /**
     * Identifies {@code P(y | do(x))}, or {@code P(y | do(x), z)} when the query has conditioning
     * variables.
     *
     * @param graph the causal graph (a DAG or ADMG, latent nodes allowed)
     * @param query the query; its variables must be observed nodes of the graph
     * @return the formula, or the hedge that shows the query is not identifiable
     * @throws IllegalArgumentException if the query names an unknown or latent node
     */
    public static IdResult identify(CausalGraph graph, CausalQuery query) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(query, "query");
        requireObserved(graph, query.outcomes(), "outcome");
        requireObserved(graph, query.treatments(), "treatment");
        requireObserved(graph, query.given(), "conditioning variable");
        CausalGraph projected = graph.latentProjection();
        IdGraph g = new IdGraph(projected);
        IdRecursion recursion = new IdRecursion(g);
        List<String> treatments = new ArrayList<>(query.treatments());
        List<String> given = new ArrayList<>(query.given());
        moveConditionsIntoIntervention(projected, query.outcomes(), treatments, given);
        try {
            BitSet y = ids(g, query.outcomes());
            BitSet x = ids(g, treatments);
            if (given.isEmpty()) {
                return identified(query, recursion.identify(y, x));
            }
            BitSet yz = (BitSet) y.clone();
            yz.or(ids(g, given));
            Expression joint = recursion.identify(yz, x);
            Expression formula = Expression.fraction(joint, Expression.sum(g.names(y), joint));
            return identified(query, formula);
        } catch (IdRecursion.Failure failure) {
            return new IdResult.NotIdentified(query, new Hedge(g.names(failure.f), g.names(failure.fPrime)));
        }
    }

    /**
     * The variables of the formula that the query does not name. The formula has the same value
     * for every value of them at which it is defined (they were added to the intervention by line
     * 3 of ID, or by IDC's rule-2 step, where the do-calculus shows the query does not depend on
     * them).
     *
     * @param result an identified query
     * @return the formula's free variables outside the query, in the formula's order
     */
    public static List<String> arbitraryVariables(IdResult.Identified result) {
        Set<String> query = result.query().variables();
        List<String> out = new ArrayList<>();
        for (String v : result.formula().freeVariables()) {
            if (!query.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    private static IdResult identified(CausalQuery query, Expression formula) {
        return new IdResult.Identified(new Estimand.IdFormula(query, formula));
    }

    /** IDC's loop: rule 2 of the do-calculus turns observations of {@code w} into interventions. */
    private static void moveConditionsIntoIntervention(CausalGraph g, List<String> y, List<String> x, List<String> z) {
        boolean moved = true;
        while (moved && !z.isEmpty()) {
            moved = false;
            for (String w : List.copyOf(z)) {
                CausalGraph cut = withoutEdgesIntoAndOutOf(g, Set.copyOf(x), w);
                List<String> conditioning = new ArrayList<>(x);
                for (String other : z) {
                    if (!other.equals(w)) {
                        conditioning.add(other);
                    }
                }
                if (cut.isDSeparated(y, List.of(w), conditioning)) {
                    z.remove(w);
                    x.add(w);
                    moved = true;
                    break;
                }
            }
        }
    }

    /** The graph without edges into {@code x} (directed or bidirected) and without edges out of {@code w}. */
    private static CausalGraph withoutEdgesIntoAndOutOf(CausalGraph g, Set<String> x, String w) {
        CausalGraph.Builder b = CausalGraph.builder();
        for (String v : g.nodes()) {
            b.node(v);
        }
        for (Edge e : g.edges()) {
            if (e.type() == EdgeType.DIRECTED) {
                if (!x.contains(e.to()) && !e.from().equals(w)) {
                    b.edge(e);
                }
            } else if (!x.contains(e.from()) && !x.contains(e.to())) {
                b.edge(e);
            }
        }
        return b.build();
    }

    private static void requireObserved(CausalGraph graph, List<String> names, String role) {
        for (String n : names) {
            if (!graph.contains(n)) {
                throw new IllegalArgumentException("unknown " + role + " '" + n + "': the graph has no such node");
            }
            if (graph.hasRole(n, NodeRole.LATENT)) {
                throw new IllegalArgumentException(role + " '" + n + "' is latent; a query can only name observed nodes");
            }
        }
    }

    private static BitSet ids(IdGraph g, List<String> names) {
        BitSet b = new BitSet(g.size());
        for (String n : names) {
            b.set(g.id(n));
        }
        return b;
    }
}
