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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.bounds.internal.DualCertificate;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.graph.CausalGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Every bound computed by linear programming carries a duality certificate (a dual-feasible vector
 * with the same objective, checked on the program as posed): on the reference tables, on random
 * instrumental-variable count tables, and on random discrete graphs with latent confounders, whose
 * observed and interventional distributions are computed here by brute-force enumeration of a
 * random structural model (so the true effect is known and must lie within the bounds).
 */
class LinearProgramCertificatePropertiesTest {

    private static final double TOL = DualCertificate.TOLERANCE;

    private static void assertCertified(ResponseFunctionLp.Solution s, String what) {
        assertTrue(s.lowerCertificate().holds(), what + " lower: " + s.lowerCertificate());
        assertTrue(s.upperCertificate().holds(), what + " upper: " + s.upperCertificate());
        assertEquals(s.lower(), s.lowerCertificate().dualValue(), TOL, what + " lower = dual objective");
        assertEquals(s.upper(), s.upperCertificate().dualValue(), TOL, what + " upper = dual objective");
        assertTrue(s.dualityGap() <= TOL, what + " gap " + s.dualityGap());
    }

    @Test
    void everyReferenceTableIsCertified() {
        for (String name : new String[] {"lipid_research_clinics", "vitamin_a_sommer", "noncompliance_pkg_example2",
            "synthetic_two_sided", "synthetic_one_sided"}) {
            BinaryIvTable table = BinaryIvTable.fromData(TestData.balkePearlTable(name),
                    BoundsVariables.of("x", "y").withInstrument("z").withWeight("count"));
            assertCertified(BalkePearlBounds.linearProgramSolution(table), name);
            Bounds b = BalkePearlBounds.create().withInference(InferenceOptions.none()).compute(table);
            assertTrue(b.diagnostics().get("lp_duality_gap") <= TOL, name);
        }
        // the table that violates the instrumental inequality is refuted, never bounded
        assertThrows(AssumptionsRefutedException.class, () -> BalkePearlBounds.create()
                .withInference(InferenceOptions.none()).compute(TestData.balkePearlTable("synthetic_iv_violation"),
                        BoundsVariables.of("x", "y").withInstrument("z").withWeight("count")));
    }

    /** Arbitrary count tables (zero cells included): either refuted by the instrumental inequality or certified. */
    @Property(tries = 300)
    void randomInstrumentalTablesAreCertified(@ForAll @Size(8) List<@IntRange(min = 0, max = 12) Integer> counts) {
        double[] c = counts.stream().mapToDouble(Integer::doubleValue).toArray();
        Assume.that(c[0] + c[1] + c[2] + c[3] > 0 && c[4] + c[5] + c[6] + c[7] > 0); // both instrument arms
        BinaryIvTable table = BinaryIvTable.ofCounts(c);
        if (table.instrumentalInequalityViolation().isPresent()) {
            assertThrows(AssumptionsRefutedException.class, () -> BalkePearlBounds.linearProgramSolution(table));
            return;
        }
        ResponseFunctionLp.Solution s = BalkePearlBounds.linearProgramSolution(table);
        assertCertified(s, table.toString());
        double[] closed = BalkePearlBounds.closedForm(table);
        assertEquals(closed[0], s.lower(), 1e-9);
        assertEquals(closed[1], s.upper(), 1e-9);
    }

    /** A random structural model over 3 or 4 observed discrete variables, one binary latent per bidirected edge. */
    private static final class RandomModel {
        final int n;
        final int[] levels;
        final boolean[][] edge;
        final List<int[]> bidirected = new ArrayList<>();
        final double[] pLatent;
        final Map<String, double[]> cpt = new LinkedHashMap<>();
        final int treatment;
        final int outcome;
        final Random rnd;

        RandomModel(long seed) {
            rnd = new Random(seed);
            n = 3 + rnd.nextInt(2);
            levels = new int[n];
            edge = new boolean[n][n];
            for (int i = 0; i < n; i++) {
                levels[i] = rnd.nextInt(5) == 0 ? 3 : 2;
                for (int j = i + 1; j < n; j++) {
                    edge[i][j] = rnd.nextInt(2) == 0;
                    if (rnd.nextInt(4) == 0) {
                        bidirected.add(new int[] {i, j});
                    }
                }
            }
            int a = rnd.nextInt(n - 1);
            treatment = a;
            outcome = a + 1 + rnd.nextInt(n - 1 - a);
            levels[treatment] = 2;
            levels[outcome] = 2;
            pLatent = new double[bidirected.size()];
            for (int e = 0; e < pLatent.length; e++) {
                pLatent[e] = 0.1 + 0.8 * rnd.nextDouble();
            }
        }

        String name(int i) {
            return "v" + i;
        }

        CausalGraph graph() {
            CausalGraph.Builder b = CausalGraph.builder();
            for (int i = 0; i < n; i++) {
                b.node(name(i));
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (edge[i][j]) {
                        b.edge(name(i), name(j));
                    }
                }
            }
            for (int[] e : bidirected) {
                b.bidirected(name(e[0]), name(e[1]));
            }
            return b.build();
        }

        /** P(v_i = . | parents, latents of v_i), drawn once per parent/latent configuration. */
        double probability(int i, int value, int[] v, int[] u) {
            StringBuilder key = new StringBuilder().append(i);
            for (int p = 0; p < i; p++) {
                if (edge[p][i]) {
                    key.append(',').append(v[p]);
                }
            }
            for (int e = 0; e < bidirected.size(); e++) {
                if (bidirected.get(e)[0] == i || bidirected.get(e)[1] == i) {
                    key.append(";").append(u[e]);
                }
            }
            double[] dist = cpt.computeIfAbsent(key.toString(), k -> {
                double[] d = new double[levels[i]];
                double s = 0;
                for (int l = 0; l < d.length; l++) {
                    // some near-deterministic rows, so that zero cells and boundary optima occur
                    d[l] = rnd.nextInt(4) == 0 ? 0 : rnd.nextDouble();
                    s += d[l];
                }
                if (s == 0) {
                    d[0] = 1;
                    s = 1;
                }
                for (int l = 0; l < d.length; l++) {
                    d[l] /= s;
                }
                return d;
            });
            return dist[value];
        }

        /**
         * The joint probability of every observed configuration (mixed radix, v0 most significant), with
         * {@code v_treatment} set to {@code doValue} by intervention when {@code doValue >= 0}.
         */
        double[] distribution(int doValue) {
            int configs = 1;
            for (int l : levels) {
                configs *= l;
            }
            double[] out = new double[configs];
            int[] v = new int[n];
            int[] u = new int[bidirected.size()];
            for (int c = 0; c < configs; c++) {
                decode(c, v);
                if (doValue >= 0 && v[treatment] != doValue) {
                    continue;
                }
                double total = 0;
                for (int lu = 0; lu < (1 << u.length); lu++) {
                    double p = 1;
                    for (int e = 0; e < u.length; e++) {
                        u[e] = (lu >> e) & 1;
                        p *= u[e] == 1 ? pLatent[e] : 1 - pLatent[e];
                    }
                    for (int i = 0; i < n && p > 0; i++) {
                        if (i != treatment || doValue < 0) {
                            p *= probability(i, v[i], v, u);
                        }
                    }
                    total += p;
                }
                out[c] = total;
            }
            return out;
        }

        void decode(int c, int[] v) {
            for (int i = n - 1; i >= 0; i--) {
                v[i] = c % levels[i];
                c /= levels[i];
            }
        }

        double trueEffect() {
            double[] one = distribution(1);
            double[] zero = distribution(0);
            double effect = 0;
            int[] v = new int[n];
            for (int c = 0; c < one.length; c++) {
                decode(c, v);
                if (v[outcome] == 1) {
                    effect += one[c] - zero[c];
                }
            }
            return effect;
        }

        Dataset data(double[] weights) {
            Dataset.Builder b = Dataset.builder();
            int[] v = new int[n];
            for (int i = 0; i < n; i++) {
                double[] col = new double[weights.length];
                for (int c = 0; c < weights.length; c++) {
                    decode(c, v);
                    col[c] = v[i];
                }
                b.numeric(name(i), col);
            }
            return b.numeric("w", weights).build();
        }
    }

    @Property(tries = 120)
    void randomDiscreteGraphsAreCertifiedAndContainTheTruth(@ForAll long seed) {
        RandomModel m = new RandomModel(seed);
        CausalGraph graph = m.graph();
        String x = m.name(m.treatment);
        String y = m.name(m.outcome);
        CounterfactualQuery ate = CounterfactualQuery.averageTreatmentEffect(x, y);
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (int i = 0; i < m.n; i++) {
            levels.put(m.name(i), m.levels[i]);
        }
        GraphPartition partition;
        try {
            partition = GraphPartition.of(graph, ate);
            Assume.that(ResponseFunctionModel.of(graph, partition, levels).typeCount() <= 600);
        } catch (IllegalArgumentException outsideTheClass) {
            Assume.that(false);
            return;
        }
        double[] observed = m.distribution(-1);
        double truth = m.trueEffect();
        Bounds b = LinearProgramBounds.of(graph).withInference(InferenceOptions.none())
                .compute(m.data(observed), BoundsVariables.of(x, y).withWeight("w"));
        assertTrue(b.diagnostics().get("lp_duality_gap") <= TOL, "gap " + b.diagnostics());
        assertTrue(b.lower() - 1e-9 <= truth && truth <= b.upper() + 1e-9, truth + " in " + b + " for " + graph);
    }
}
