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
 * Balke &amp; Pearl's (1997, JASA 92:1171–1176) sharp bounds on the average causal effect
 * {@code P(y=1 | do(x=1)) - P(y=1 | do(x=0))} with a binary instrument {@code z}, treatment
 * {@code x} and outcome {@code y}, under the model {@code z -> x -> y}, {@code x <-> y}
 * (the instrument is randomised and excluded from the outcome; no monotonicity).
 *
 * <p>The bounds are the optima of the two linear programs over the 16 response types
 * ({@code x} as one of 4 functions of {@code z}, {@code y} as one of 4 functions of {@code x}),
 * built by the same engine as {@link LinearProgramBounds} and solved with the simplex method, each
 * optimum certified by duality (diagnostic {@code lp_duality_gap}). The
 * closed form of Balke &amp; Pearl (the maximum of 8 and the minimum of 8 linear expressions in
 * {@code p_{yx.z} = P(y, x | z)}) is computed too and reported in the diagnostics
 * ({@code closed_form_lower}, {@code closed_form_upper}) as a cross-check. A table that violates
 * Pearl's instrumental inequality {@code max_x sum_y max_z P(x, y | z) <= 1} is rejected with an
 * {@link AssumptionsRefutedException} naming the inequality; it is never bounded.
 *
 * <p>Inference: the bootstrap over the observed counts (a table of probabilities has none, and gets
 * no interval); each resample is bounded with the closed form, which is defined for every table.
 * The bounds are a maximum and a minimum of eight expressions: where two of them tie, the naive
 * bootstrap is inconsistent and the interval a heuristic (see {@link BoundsInference}).
 */
public final class BalkePearlBounds implements BoundsMethod {

    private final InferenceOptions inference;

    private BalkePearlBounds(InferenceOptions inference) {
        this.inference = Objects.requireNonNull(inference, "inference");
    }

    /** @return the method with default inference */
    public static BalkePearlBounds create() {
        return new BalkePearlBounds(InferenceOptions.defaults());
    }

    @Override
    public BalkePearlBounds withInference(InferenceOptions options) {
        return new BalkePearlBounds(options);
    }

    @Override
    public String name() {
        return "balke-pearl";
    }

    @Override
    public Bounds compute(Dataset data, BoundsVariables variables) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(variables, "variables");
        BinaryIvTable table = BinaryIvTable.fromData(data, variables);
        return bounds(table, data.sha256(), variables);
    }

    /**
     * Bounds from a table given directly.
     *
     * @param table the observed table
     * @return the bounds
     * @throws AssumptionsRefutedException if the table violates the instrumental inequality
     */
    public Bounds compute(BinaryIvTable table) {
        return bounds(table, "", BoundsVariables.of(table.treatment(), table.outcome()).withInstrument(table.instrument()));
    }

    private Bounds bounds(BinaryIvTable table, String digest, BoundsVariables variables) {
        table.instrumentalInequalityViolation().ifPresent(message -> {
            throw new AssumptionsRefutedException(message);
        });
        ResponseFunctionLp.Solution solution = linearProgramSolution(table);
        double[] lp = {solution.lower(), solution.upper()};
        double[] closed = closedForm(table);
        List<String> warnings = new ArrayList<>();
        Optional<BoundsInference> inf = Optional.empty();
        OptionalLong n = table.sampleSize();
        if (inference.mode() != InferenceOptions.Mode.NONE) {
            if (n.isEmpty()) {
                warnings.add("the table holds probabilities, not whole-number counts: no confidence interval");
            } else {
                String z = table.instrument();
                String x = table.treatment();
                String y = table.outcome();
                Bootstrap.Replicates reps = Bootstrap.run(table.cells(), inference.replications(), inference.seed(),
                        rw -> closedForm(resampled(rw, z, x, y)));
                if (reps.failed() > 0) {
                    warnings.add(reps.failed() + " bootstrap resamples left an instrument arm empty and were skipped");
                }
                inf = Optional.of(Bootstrap.inference(reps, inference, lp[0], lp[1]));
            }
        }
        Map<String, Double> diagnostics = new LinkedHashMap<>();
        diagnostics.put("closed_form_lower", closed[0]);
        diagnostics.put("closed_form_upper", closed[1]);
        diagnostics.put("lp_duality_gap", solution.dualityGap());
        double[] sums = table.instrumentalInequalitySums();
        diagnostics.put("instrumental_inequality_x0", sums[0]);
        diagnostics.put("instrumental_inequality_x1", sums[1]);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("instrument", table.instrument());
        settings.put("treatment", table.treatment());
        settings.put("outcome", table.outcome());
        variables.weight().ifPresent(c -> settings.put("weight", c));
        settings.put("inference", inference.mode().name().toLowerCase(java.util.Locale.ROOT));
        OptionalLong seed = inf.isPresent() ? OptionalLong.of(inference.seed()) : OptionalLong.empty();
        long count = n.orElse(0);
        Provenance provenance = Provenance.of(digest, count, name(), settings, seed);
        return new Bounds(BoundsEstimand.averageTreatmentEffect(table.treatment(), table.outcome()), lp[0],
                Math.max(lp[0], lp[1]), name(), assumptions(table), inf, count, diagnostics, warnings, provenance);
    }

    private static BinaryIvTable resampled(double[] cells, String z, String x, String y) {
        return BinaryIvTable.fromData(Dataset.builder().numeric(z, new double[] {0, 0, 0, 0, 1, 1, 1, 1})
                .numeric(x, new double[] {0, 0, 1, 1, 0, 0, 1, 1}).numeric(y, new double[] {0, 1, 0, 1, 0, 1, 0, 1})
                .numeric("__count", cells).build(), BoundsVariables.of(x, y).withInstrument(z).withWeight("__count"));
    }

    /**
     * @param table the table
     * @return the assumptions, in the table's variable names
     */
    static List<Assumption> assumptions(BinaryIvTable table) {
        String z = table.instrument();
        String x = table.treatment();
        String y = table.outcome();
        return List.of(
                new Assumption(Assumption.Kind.INSTRUMENT_INDEPENDENCE_AND_EXCLUSION, z + " is independent of the "
                        + "latent confounders of " + x + " and " + y + " and affects " + y + " only through " + x
                        + " (graph " + z + " -> " + x + " -> " + y + ", " + x + " <-> " + y + ")"),
                new Assumption(Assumption.Kind.BINARY_VARIABLES, z + ", " + x + " and " + y
                        + " are binary; no monotonicity or other restriction on the response types"));
    }

    /** The bounds from the 16-type linear programs (via the general engine on the instrumental graph). */
    static double[] linearProgram(BinaryIvTable table) {
        ResponseFunctionLp.Solution s = linearProgramSolution(table);
        return new double[] {s.lower(), s.upper()};
    }

    /** The two certified linear programs of the 16 response types. */
    static ResponseFunctionLp.Solution linearProgramSolution(BinaryIvTable table) {
        String z = table.instrument();
        String x = table.treatment();
        String y = table.outcome();
        CausalGraph graph = CausalGraph.builder().edge(z, x).edge(x, y).bidirected(x, y).build();
        CounterfactualQuery ate = CounterfactualQuery.averageTreatmentEffect(x, y);
        GraphPartition partition = GraphPartition.of(graph, ate);
        ResponseFunctionModel model = ResponseFunctionModel.of(graph, partition, Map.of(z, 2, x, 2, y, 2));
        // left side {z}, right side [x, y]: right configuration index 2x + y
        double[][] joint = new double[2][4];
        for (int zz = 0; zz < 2; zz++) {
            for (int k = 0; k < 4; k++) {
                joint[zz][k] = table.weight(zz, k >> 1, k & 1);
            }
        }
        return ResponseFunctionLp.solve(model, joint, ate, List.of());
    }

    /**
     * Balke &amp; Pearl's (1997) closed-form bounds, with {@code p_{yx.z} = P(Y=y, X=x | Z=z)}:
     * the lower bound is the largest of
     * {@code p11.1 + p00.0 - 1}, {@code p11.0 + p00.1 - 1}, {@code p11.0 - p11.1 - p10.1 - p01.0 - p10.0},
     * {@code p11.1 - p11.0 - p10.0 - p01.1 - p10.1}, {@code -p01.1 - p10.1}, {@code -p01.0 - p10.0},
     * {@code p00.1 - p01.1 - p10.1 - p01.0 - p00.0}, {@code p00.0 - p01.0 - p10.0 - p01.1 - p00.1};
     * the upper bound the smallest of
     * {@code 1 - p01.1 - p10.0}, {@code 1 - p01.0 - p10.1}, {@code -p01.0 + p01.1 + p00.1 + p11.0 + p00.0},
     * {@code -p01.1 + p11.1 + p00.1 + p01.0 + p00.0}, {@code p11.1 + p00.1}, {@code p11.0 + p00.0},
     * {@code -p10.1 + p11.1 + p00.1 + p11.0 + p10.0}, {@code -p10.0 + p11.0 + p00.0 + p11.1 + p10.1}.
     *
     * @param table the table
     * @return {lower, upper}
     */
    public static double[] closedForm(BinaryIvTable table) {
        double p000 = table.probability(0, 0, 0);
        double p001 = table.probability(0, 0, 1);
        // p(y, x, z) = P(Y=y, X=x | Z=z); note probability() takes (x, y, z)
        double p010 = table.probability(1, 0, 0);
        double p011 = table.probability(1, 0, 1);
        double p100 = table.probability(0, 1, 0);
        double p101 = table.probability(0, 1, 1);
        double p110 = table.probability(1, 1, 0);
        double p111 = table.probability(1, 1, 1);
        double lower = max(p111 + p000 - 1,
                p110 + p001 - 1,
                p110 - p111 - p101 - p010 - p100,
                p111 - p110 - p100 - p011 - p101,
                -p011 - p101,
                -p010 - p100,
                p001 - p011 - p101 - p010 - p000,
                p000 - p010 - p100 - p011 - p001);
        double upper = min(1 - p011 - p100,
                1 - p010 - p101,
                -p010 + p011 + p001 + p110 + p000,
                -p011 + p111 + p001 + p010 + p000,
                p111 + p001,
                p110 + p000,
                -p101 + p111 + p001 + p110 + p100,
                -p100 + p110 + p000 + p111 + p101);
        return new double[] {lower, upper};
    }

    private static double max(double... v) {
        double m = v[0];
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }

    private static double min(double... v) {
        double m = v[0];
        for (double x : v) {
            m = Math.min(m, x);
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BalkePearlBounds other && other.inference.equals(inference);
    }

    @Override
    public int hashCode() {
        return inference.hashCode();
    }

    @Override
    public String toString() {
        return "BalkePearlBounds[" + inference + "]";
    }
}
