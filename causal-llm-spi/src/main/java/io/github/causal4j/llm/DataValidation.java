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

import io.github.causal4j.CausalException;
import io.github.causal4j.data.Column;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.data.NumericColumn;
import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.graph.Edge;
import io.github.causal4j.graph.NodeRole;
import io.github.causal4j.independence.ConditionalIndependence;
import io.github.causal4j.independence.FisherZTest;
import io.github.causal4j.independence.ImpliedIndependencies;
import io.github.causal4j.independence.IndependenceTestResult;
import io.github.causal4j.independence.MultipleTesting;
import io.github.causal4j.independence.PartialCorrelations;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a suggested graph against data with Fisher-z partial-correlation tests
 * ({@link FisherZTest}: linear-Gaussian conditional independence, as in the PC algorithm), all
 * formed from one pass over the rows ({@link PartialCorrelations}).
 *
 * <p>The independences tested are those of {@link ImpliedIndependencies} on the graph's
 * projection onto the measured numeric variables: one statement per separable non-adjacent pair,
 * the ordered local Markov statement {@code u ⊥ v | mb(v, An(u, v))} of its later node v (Richardson
 * 2003; in a DAG, {@code u ⊥ v | pa(v)}, Pearl 2009, Thm 1.2.7). Their p-values are adjusted for
 * multiplicity ({@link MultipleTesting}); when the data reject one, the suggested edges into
 * {@code v} are flagged: they make up the blanket that was supposed to screen {@code v} off (or an
 * edge between u and v is missing).
 *
 * <p>Each accepted suggested edge {@code a -> b} is also tested for support:
 * {@code a ⊥ b | mb(b, An(a, b)) \ {a}} (in a DAG, the other parents of b); if the data do not
 * reject it at the unadjusted level, the edge is flagged as unsupported (a weak signal: a small
 * sample cannot reject much). Rows with a missing value among the measured variables are left out.
 */
final class DataValidation {

    private final Dataset data;
    private final double alpha;
    private final MultipleTesting.Correction correction;
    final List<DataCheck> checks = new ArrayList<>();
    final Map<String, Set<DataFlag>> flags = new HashMap<>();
    final List<ValidationNote> notes = new ArrayList<>();

    DataValidation(Dataset data, double alpha, MultipleTesting.Correction correction) {
        this.data = data;
        this.alpha = alpha;
        this.correction = correction;
    }

    /**
     * @param graph the suggested graph
     * @param suggested the accepted model edges (others are the analyst's or the expert's and are not flagged)
     */
    void run(CausalGraph graph, List<Edge> suggested) {
        Set<String> suggestedKeys = new LinkedHashSet<>();
        for (Edge e : suggested) {
            suggestedKeys.add(BackgroundKnowledge.key(e.from(), e.to()));
        }
        List<String> measured = new ArrayList<>();
        for (String v : graph.nodes()) {
            if (graph.hasRole(v, NodeRole.LATENT)) {
                continue;
            }
            if (!data.hasColumn(v)) {
                note(v, "variable " + v + " is not a column of the data; treated as unmeasured by the data checks");
            } else if (!(data.column(v) instanceof NumericColumn)) {
                note(v, "column " + v + " is categorical; the linear partial-correlation test treats it as unmeasured");
            } else {
                measured.add(v);
            }
        }
        int[] rows = completeRows(measured);
        if (rows != null && rows.length < 4 || rows == null && data.rowCount() < 4) {
            note("data", "only " + (rows == null ? data.rowCount() : rows.length)
                    + " rows are complete on the measured variables; no data checks run");
            return;
        }
        // without missing values the checks read the columns themselves, not a row view of them
        Dataset complete = rows == null ? data.select(measured) : data.select(measured).rows(rows);
        List<String> usable = new ArrayList<>();
        for (String v : measured) {
            if (isConstant(complete.numeric(v))) {
                note(v, "column " + v + " is constant on the complete rows; treated as unmeasured by the data checks");
            } else {
                usable.add(v);
            }
        }
        if (usable.size() < 2) {
            note("data", "fewer than two usable numeric columns; no data checks run");
            return;
        }
        CausalGraph projected = projectOnto(graph, new LinkedHashSet<>(usable));
        Map<String, Integer> position = new HashMap<>();
        List<String> order = projected.topologicalOrder();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        List<ConditionalIndependence> implied = ImpliedIndependencies.of(projected);
        List<Edge> supportEdges = new ArrayList<>();
        List<ConditionalIndependence> supportStatements = new ArrayList<>();
        for (Edge e : suggested) {
            if (!usable.contains(e.from()) || !usable.contains(e.to()) || !projected.hasDirectedEdge(e.from(), e.to())) {
                continue;
            }
            Set<String> ancestral = projected.ancestors(List.of(e.from(), e.to()));
            Set<String> given = new LinkedHashSet<>(markovBlanket(projected, e.to(), ancestral));
            given.remove(e.from());
            supportEdges.add(e);
            supportStatements.add(new ConditionalIndependence(e.from(), e.to(), new ArrayList<>(given)));
        }
        // every correlation of every statement in one pass over the rows
        List<ConditionalIndependence> all = new ArrayList<>(implied);
        all.addAll(supportStatements);
        PartialCorrelations correlations = PartialCorrelations.of(complete, all);
        List<IndependenceTestResult> results = new ArrayList<>();
        for (ConditionalIndependence st : implied) {
            IndependenceTestResult t = test(correlations, st);
            if (t != null) {
                results.add(t);
            }
        }
        double[] adjusted = MultipleTesting.adjust(results.stream().mapToDouble(IndependenceTestResult::pValue).toArray(),
                correction);
        for (int i = 0; i < results.size(); i++) {
            if (!(adjusted[i] < alpha)) {
                continue;
            }
            ConditionalIndependence st = results.get(i).statement();
            // The statement is the later node's ordered local Markov statement: its blanket is what failed.
            String v = position.get(st.x()) > position.get(st.y()) ? st.x() : st.y();
            List<Edge> into = new ArrayList<>();
            for (String parent : graph.parents(v)) {
                if (suggestedKeys.contains(BackgroundKnowledge.key(parent, v))) {
                    into.add(Edge.directed(parent, v));
                    flag(parent, v, DataFlag.IMPLIED_INDEPENDENCE_REJECTED);
                }
            }
            checks.add(new DataCheck(DataFlag.IMPLIED_INDEPENDENCE_REJECTED, results.get(i), adjusted[i], into,
                    "the graph implies " + st.toText() + " but the data reject it (" + describe(results.get(i), adjusted[i])
                    + "): an edge between " + st.x() + " and " + st.y() + " may be missing, or the edges into " + v
                    + " are wrong"));
        }
        for (int k = 0; k < supportEdges.size(); k++) {
            Edge e = supportEdges.get(k);
            IndependenceTestResult t = test(correlations, supportStatements.get(k));
            if (t != null && !(t.pValue() < alpha)) {
                flag(e.from(), e.to(), DataFlag.NOT_SUPPORTED_BY_DATA);
                checks.add(new DataCheck(DataFlag.NOT_SUPPORTED_BY_DATA, t, t.pValue(), List.of(e), "the data do not reject "
                        + t.statement().toText() + " (" + describe(t, t.pValue()) + "): the edge " + e
                        + " has no support in the data"));
            }
        }
    }

    private IndependenceTestResult test(PartialCorrelations correlations, ConditionalIndependence st) {
        try {
            return correlations.test(st);
        } catch (IllegalArgumentException | CausalException e) {
            note(st.x() + "," + st.y(), "cannot test " + st.toText() + ": " + e.getMessage());
            return null;
        }
    }

    private static String describe(IndependenceTestResult t, double adjusted) {
        double r = Math.tanh(t.statistic() / Math.sqrt(t.degreesOfFreedom()));
        return String.format(java.util.Locale.ROOT, "partial correlation %.3f, p = %.3g%s, n = %d", r, t.pValue(),
                adjusted == t.pValue() ? "" : String.format(java.util.Locale.ROOT, ", adjusted %.3g", adjusted),
                (long) t.sampleSize());
    }

    private void note(String subject, String message) {
        notes.add(new ValidationNote(ValidationNote.Kind.DATA, subject, message));
    }

    private void flag(String from, String to, DataFlag f) {
        flags.computeIfAbsent(BackgroundKnowledge.key(from, to), k -> EnumSet.noneOf(DataFlag.class)).add(f);
    }

    /** @return the rows without a missing value among {@code vars}, or null when that is every row */
    private int[] completeRows(List<String> vars) {
        List<NumericColumn> cols = new ArrayList<>();
        boolean anyMissing = false;
        for (String v : vars) {
            cols.add(data.numeric(v));
            anyMissing |= data.numeric(v).firstMissing() >= 0;
        }
        if (!anyMissing) {
            return null;
        }
        int n = data.rowCount();
        int[] out = new int[n];
        int k = 0;
        for (int r = 0; r < n; r++) {
            boolean complete = true;
            for (Column c : cols) {
                if (c.isMissing(r)) {
                    complete = false;
                    break;
                }
            }
            if (complete) {
                out[k++] = r;
            }
        }
        if (k < n) {
            note("data", (n - k) + " of " + n + " rows have a missing value among the measured variables; the data checks use the "
                    + k + " complete rows");
        }
        return java.util.Arrays.copyOf(out, k);
    }

    private static boolean isConstant(NumericColumn c) {
        double first = c.get(0);
        for (int r = 1; r < c.size(); r++) {
            if (c.get(r) != first) {
                return false;
            }
        }
        return true;
    }
    /** The graph's latent projection onto the kept nodes (others become latent first). */
    static CausalGraph projectOnto(CausalGraph graph, Set<String> keep) {
        CausalGraph.Builder b = graph.toBuilder();
        for (String v : graph.nodes()) {
            if (!keep.contains(v)) {
                b.role(v, NodeRole.LATENT);
            }
        }
        return b.build().latentProjection();
    }

    /**
     * @return {@code mb(v, A) = (dis(v) ∪ pa(dis(v))) \ {v}}, the district taken along bidirected
     *         edges inside the ancestral set {@code A} (Richardson 2003)
     */
    static Set<String> markovBlanket(CausalGraph g, String v, Set<String> ancestral) {
        Set<String> district = new LinkedHashSet<>();
        ArrayDeque<String> queue = new ArrayDeque<>();
        district.add(v);
        queue.add(v);
        while (!queue.isEmpty()) {
            String a = queue.poll();
            for (String s : g.spouses(a)) {
                if (ancestral.contains(s) && district.add(s)) {
                    queue.add(s);
                }
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (String d : district) {
            out.add(d);
            out.addAll(g.parents(d));
        }
        out.remove(v);
        // Keep the graph's node order, for stable messages.
        Set<String> ordered = new LinkedHashSet<>();
        for (String n : g.nodes()) {
            if (out.contains(n)) {
                ordered.add(n);
            }
        }
        return ordered;
    }

    /** @return the flags of each suggested edge, by key */
    Map<String, Set<DataFlag>> flags() {
        return new LinkedHashMap<>(flags);
    }
}
