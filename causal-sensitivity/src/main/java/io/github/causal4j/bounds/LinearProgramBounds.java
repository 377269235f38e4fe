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
package io.github.causal4j.bounds;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.result.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Sharp numeric bounds on a {@link CounterfactualQuery} for discrete variables in a causal graph
 * with latent confounding, by linear programming over response types, in the spirit of
 * causaloptim (Sachs, Jonzon, Gabriel &amp; Sj&ouml;lander 2022, JCGS 32:1–13, "A general method for
 * deriving tight symbolic bounds on causal effects"); Balke &amp; Pearl's (1997) instrumental-variable
 * bounds are the special case {@code z -> x -> y, x <-> y}.
 *
 * <p><b>The class of graphs.</b> An acyclic directed mixed graph over observed discrete variables
 * coded {@code 0..k-1} (latent nodes are first projected out; the number of levels of a variable is
 * one more than its largest value in the data, at least 2). The graph is split (see
 * {@code GraphPartition}) into a right side {@code R}, the query's event variables closed under
 * children and bidirected edges, and a left side {@code L}, the parents of {@code R} outside it:
 * no edge points from {@code R} into {@code L} and no latent confounder joins them, exactly the
 * left/right split causaloptim requires. Latent confounding is allowed anywhere within {@code R}
 * (the program lets all of {@code R} share one unrestricted latent variable; where the graph asserts
 * less confounding inside {@code R}, the bounds stay valid but may not be sharp, and a warning says
 * so) and among {@code L}. Interventions may set variables of {@code R}, and variables of {@code L}
 * that cause no other variable of {@code L}. At most {@value ResponseFunctionModel#MAX_TYPES}
 * response types.
 *
 * <p><b>The program.</b> Unknowns: the probability of each response type (one response function
 * of its parents per variable of {@code R}). Constraints: the types reproduce every observed
 * {@code P(R | L = l)} with {@code P(l) > 0}. Objective: the query. Its minimum and maximum are the
 * sharp bounds of the model; data that no model fits are rejected with an
 * {@link AssumptionsRefutedException}. Each optimum is certified by linear-programming duality (a
 * dual-feasible vector whose objective equals it, checked on the program as posed; the diagnostic
 * {@code lp_duality_gap} is the larger gap of the two programs, at most 1e-9); an optimum that
 * cannot be certified along any simplex path raises a {@link io.github.causal4j.CausalException}
 * rather than being reported. Confidence intervals come from the bootstrap (resampling
 * the rows, or the counts of a weighted table); resamples that no model fits are skipped and
 * counted in a warning. An LP optimum is a maximum over vertices: where two vertices tie (a kink),
 * the naive bootstrap is inconsistent and the interval a heuristic (see {@link BoundsInference}).
 */
public final class LinearProgramBounds implements BoundsMethod {

    private final CausalGraph graph;
    private final CounterfactualQuery query;
    private final InferenceOptions inference;

    private LinearProgramBounds(CausalGraph graph, CounterfactualQuery query, InferenceOptions inference) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.query = query;
        this.inference = Objects.requireNonNull(inference, "inference");
    }

    /**
     * Bounds for the given graph; the query defaults to the average treatment effect
     * {@code P(Y(x=1)=1) - P(Y(x=0)=1)} of the {@link BoundsVariables}' treatment on their outcome.
     *
     * @param graph the causal graph (dagitty {@code [latent]} nodes or {@code <->} edges for confounding)
     * @return the method
     */
    public static LinearProgramBounds of(CausalGraph graph) {
        return new LinearProgramBounds(graph, null, InferenceOptions.defaults());
    }

    /**
     * @param newQuery the query to bound instead of the ATE
     * @return this method with that query
     */
    public LinearProgramBounds withQuery(CounterfactualQuery newQuery) {
        return new LinearProgramBounds(graph, Objects.requireNonNull(newQuery, "query"), inference);
    }

    @Override
    public LinearProgramBounds withInference(InferenceOptions options) {
        return new LinearProgramBounds(graph, query, options);
    }

    /** @return the graph */
    public CausalGraph graph() {
        return graph;
    }

    /** @return the query, if one was set (else the ATE of the variables' treatment on their outcome) */
    public Optional<CounterfactualQuery> query() {
        return Optional.ofNullable(query);
    }

    @Override
    public String name() {
        return "lp";
    }

    @Override
    public Bounds compute(Dataset data, BoundsVariables variables) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(variables, "variables");
        BoundsData.requireRows(data);
        CounterfactualQuery q = query != null ? query
                : CounterfactualQuery.averageTreatmentEffect(variables.treatment(), variables.outcome());
        GraphPartition partition = GraphPartition.of(graph, q);
        List<String> slots = new ArrayList<>(partition.left());
        slots.addAll(partition.right());
        int[][] columns = new int[slots.size()][];
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (int s = 0; s < slots.size(); s++) {
            String v = slots.get(s);
            if (!data.hasColumn(v)) {
                throw new IllegalArgumentException("graph variable '" + v + "' is not a column of the data; the "
                        + "columns are " + data.columnNames());
            }
            columns[s] = BoundsData.discrete(data, v, "variable");
            int max = 1;
            for (int x : columns[s]) {
                max = Math.max(max, x);
            }
            levels.put(v, max + 1);
        }
        double[] w = BoundsData.weights(data, variables.weight());
        ResponseFunctionModel model = ResponseFunctionModel.of(graph, partition, levels);
        ResponseFunctionLp.Solution sol = ResponseFunctionLp.solve(model, joint(model, columns, w), q, List.of());

        List<String> warnings = new ArrayList<>(partition.warnings());
        if (!partition.unused().isEmpty()) {
            warnings.add("the variables " + partition.unused() + " do not enter the bounds (they are neither on the "
                    + "outcome's side nor its direct causes)");
        }
        Optional<BoundsInference> inf = Optional.empty();
        if (inference.mode() != InferenceOptions.Mode.NONE) {
            Bootstrap.Replicates reps = Bootstrap.run(w, inference.replications(), inference.seed(), rw -> {
                ResponseFunctionLp.Solution s = ResponseFunctionLp.solve(model, joint(model, columns, rw), q, List.of());
                return new double[] {s.lower(), s.upper()};
            });
            if (reps.failed() > 0) {
                warnings.add(reps.failed() + " of " + inference.replications() + " bootstrap resamples fit no model of "
                        + "the graph and were skipped");
            }
            inf = Optional.of(Bootstrap.inference(reps, inference, sol.lower(), sol.upper()));
        }
        Map<String, Double> diagnostics = new LinkedHashMap<>();
        diagnostics.put("response_types", (double) sol.types());
        diagnostics.put("constraints", (double) sol.constraints());
        diagnostics.put("lp_duality_gap", sol.dualityGap());
        BoundsEstimand estimand = query == null
                ? BoundsEstimand.averageTreatmentEffect(variables.treatment(), variables.outcome())
                : new BoundsEstimand(BoundsEstimand.Kind.INTERVENTIONAL_QUERY, q.toString());
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("graph", graph.toDagitty());
        settings.put("query", q.toString());
        settings.put("left", partition.left().toString());
        settings.put("right", partition.right().toString());
        variables.weight().ifPresent(c -> settings.put("weight", c));
        settings.put("inference", inference.mode().name().toLowerCase(java.util.Locale.ROOT));
        OptionalLong seed = inf.isPresent() ? OptionalLong.of(inference.seed()) : OptionalLong.empty();
        long count = BoundsData.count(w);
        Provenance provenance = Provenance.of(data.sha256(), count, name(), settings, seed);
        return new Bounds(estimand, sol.lower(), Math.max(sol.lower(), sol.upper()), name(),
                assumptions(partition), inf, count, diagnostics, warnings, provenance);
    }

    private List<Assumption> assumptions(GraphPartition partition) {
        return List.of(new Assumption(Assumption.Kind.CAUSAL_GRAPH, "the data come from the graph "
                + graph.toDagitty().replaceAll("\\s+", " ").strip() + ", with latent confounding only within "
                + partition.right() + (partition.left().isEmpty() ? "" : " and none between it and " + partition.left())));
    }

    /** Weights of every (left configuration, right configuration) cell. */
    static double[][] joint(ResponseFunctionModel model, int[][] columns, double[] w) {
        double[][] joint = new double[model.leftConfigCount()][model.rightConfigCount()];
        int slotsCount = columns.length;
        int leftCount = model.left.size();
        int n = w.length;
        for (int i = 0; i < n; i++) {
            if (w[i] == 0) {
                continue;
            }
            int l = 0;
            for (int s = 0; s < leftCount; s++) {
                l = l * model.levels[s] + columns[s][i];
            }
            int r = 0;
            for (int s = leftCount; s < slotsCount; s++) {
                r = r * model.levels[s] + columns[s][i];
            }
            joint[l][r] += w[i];
        }
        return joint;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinearProgramBounds other && other.graph.equals(graph) && Objects.equals(other.query, query)
                && other.inference.equals(inference);
    }

    @Override
    public int hashCode() {
        return Objects.hash(graph, query, inference);
    }

    @Override
    public String toString() {
        return "LinearProgramBounds[" + graph.toDagitty().replaceAll("\\s+", " ").strip()
                + (query == null ? "" : ", " + query) + "]";
    }
}
