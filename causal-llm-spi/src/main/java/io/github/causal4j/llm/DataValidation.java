package io.github.causal4j.llm;

import io.github.causal4j.data.Column;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.data.NumericColumn;
import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.graph.Edge;
import io.github.causal4j.graph.NodeRole;
import io.github.causal4j.independence.ConditionalIndependence;
import io.github.causal4j.independence.ImpliedIndependencies;
import io.github.causal4j.llm.internal.NormalTail;
import io.github.causal4j.llm.internal.PartialCorrelation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Checks a suggested graph against data with Fisher-z partial-correlation tests (linear-Gaussian
 * conditional independence, as in the PC algorithm).
 *
 * <p>The independences tested are those of {@link ImpliedIndependencies} on the graph's
 * projection onto the measured numeric variables: one statement per separable non-adjacent pair,
 * the ordered local Markov statement {@code u ⊥ v | mb(v, An(u, v))} of its later node v (Richardson
 * 2003; in a DAG, {@code u ⊥ v | pa(v)}, Pearl 2009, Thm 1.2.7). When the data reject one, the
 * suggested edges into {@code v} are flagged: they make up the blanket that was supposed to screen
 * {@code v} off (or an edge between u and v is missing).
 *
 * <p>Each accepted suggested edge {@code a -> b} is also tested for support:
 * {@code a ⊥ b | mb(b, An(a, b)) \ {a}} (in a DAG, the other parents of b); if the data do not
 * reject it, the edge is flagged as unsupported (a weak signal: a small sample cannot reject much).
 *
 * <p>The test itself is written here because {@code io.github.causal4j.independence} has no test on
 * data yet; it should move there (with this class calling it) when it does.
 */
final class DataValidation {

    private final Dataset data;
    private final double alpha;
    final List<DataCheck> checks = new ArrayList<>();
    final Map<String, Set<DataFlag>> flags = new HashMap<>();
    final List<ValidationNote> notes = new ArrayList<>();

    DataValidation(Dataset data, double alpha) {
        this.data = data;
        this.alpha = alpha;
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
        if (rows.length < 4) {
            note("data", "only " + rows.length + " rows are complete on the measured variables; no data checks run");
            return;
        }
        List<String> usable = new ArrayList<>();
        List<double[]> usableColumns = new ArrayList<>();
        for (String v : measured) {
            NumericColumn c = data.numeric(v);
            double[] x = new double[rows.length];
            for (int r = 0; r < rows.length; r++) {
                x[r] = c.get(rows[r]);
            }
            if (isConstant(x)) {
                note(v, "column " + v + " is constant on the complete rows; treated as unmeasured by the data checks");
            } else {
                usable.add(v);
                usableColumns.add(x);
            }
        }
        if (usable.size() < 2) {
            note("data", "fewer than two usable numeric columns; no data checks run");
            return;
        }
        double[][] corr = PartialCorrelation.correlationMatrix(usableColumns.toArray(new double[0][]));
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < usable.size(); i++) {
            col.put(usable.get(i), i);
        }
        CausalGraph projected = projectOnto(graph, new LinkedHashSet<>(usable));
        Map<String, Integer> position = new HashMap<>();
        List<String> order = projected.topologicalOrder();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        for (ConditionalIndependence st : ImpliedIndependencies.of(projected)) {
            IndependenceTest t = test(corr, col, st.x(), st.y(), new LinkedHashSet<>(st.given()), rows.length);
            if (t == null || !t.rejects(alpha)) {
                continue;
            }
            // The statement is the later node's ordered local Markov statement: its blanket is what failed.
            String v = position.get(st.x()) > position.get(st.y()) ? st.x() : st.y();
            List<Edge> into = new ArrayList<>();
            for (String parent : graph.parents(v)) {
                if (suggestedKeys.contains(BackgroundKnowledge.key(parent, v))) {
                    into.add(Edge.directed(parent, v));
                    flag(parent, v, DataFlag.IMPLIED_INDEPENDENCE_REJECTED);
                }
            }
            checks.add(new DataCheck(DataFlag.IMPLIED_INDEPENDENCE_REJECTED, t, into, "the graph implies " + st.toText()
                    + " but the data reject it (" + pAndR(t) + "): an edge between " + st.x() + " and " + st.y()
                    + " may be missing, or the edges into " + v + " are wrong"));
        }
        for (Edge e : suggested) {
            if (!col.containsKey(e.from()) || !col.containsKey(e.to()) || !projected.hasDirectedEdge(e.from(), e.to())) {
                continue;
            }
            Set<String> ancestral = projected.ancestors(List.of(e.from(), e.to()));
            Set<String> given = new LinkedHashSet<>(markovBlanket(projected, e.to(), ancestral));
            given.remove(e.from());
            IndependenceTest t = test(corr, col, e.from(), e.to(), given, rows.length);
            if (t != null && !t.rejects(alpha)) {
                flag(e.from(), e.to(), DataFlag.NOT_SUPPORTED_BY_DATA);
                checks.add(new DataCheck(DataFlag.NOT_SUPPORTED_BY_DATA, t, List.of(e), "the data do not reject "
                        + e.from() + " _||_ " + e.to() + (given.isEmpty() ? "" : " | " + String.join(", ", given))
                        + " (" + pAndR(t) + "): the edge " + e + " has no support in the data"));
            }
        }
    }

    private static String pAndR(IndependenceTest t) {
        return String.format(java.util.Locale.ROOT, "partial correlation %.3f, p = %.3g, n = %d", t.partialCorrelation(),
                t.pValue(), t.n());
    }

    private void note(String subject, String message) {
        notes.add(new ValidationNote(ValidationNote.Kind.DATA, subject, message));
    }

    private void flag(String from, String to, DataFlag f) {
        flags.computeIfAbsent(BackgroundKnowledge.key(from, to), k -> EnumSet.noneOf(DataFlag.class)).add(f);
    }

    private IndependenceTest test(double[][] corr, Map<String, Integer> col, String x, String y, Set<String> given, int n) {
        int df = n - given.size() - 3;
        List<String> g = new ArrayList<>(given);
        if (df < 1) {
            note(x + "," + y, "too few rows (" + n + ") to test " + x + " _||_ " + y + " given " + g.size() + " variables");
            return null;
        }
        int[] idx = new int[g.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = col.get(g.get(i));
        }
        OptionalDouble r = PartialCorrelation.of(corr, col.get(x), col.get(y), idx);
        if (r.isEmpty()) {
            note(x + "," + y, "cannot test " + x + " _||_ " + y + " | " + g + ": the columns are collinear");
            return null;
        }
        double rho = r.getAsDouble();
        double z = Math.abs(rho) >= 1 ? Math.copySign(Double.POSITIVE_INFINITY, rho)
                : 0.5 * Math.log((1 + rho) / (1 - rho)) * Math.sqrt(df);
        return new IndependenceTest(x, y, g, rho, z, NormalTail.twoSidedP(z), n);
    }

    private int[] completeRows(List<String> vars) {
        List<NumericColumn> cols = new ArrayList<>();
        for (String v : vars) {
            cols.add(data.numeric(v));
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

    private static boolean isConstant(double[] x) {
        for (double v : x) {
            if (v != x[0]) {
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
