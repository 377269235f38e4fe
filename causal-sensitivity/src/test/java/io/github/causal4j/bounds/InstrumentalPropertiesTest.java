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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.graph.CausalGraph;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

/**
 * Population-level properties of the response-function bounds, on distributions generated from
 * random response-type probabilities, so that the model holds by construction and the true effect
 * is known. The brute-force data-generating code here is written independently of the engine.
 */
class InstrumentalPropertiesTest {

    /** The four functions of a binary parent: never, identity, negation, always. */
    private static int apply(int function, int parent) {
        return switch (function) {
            case 0 -> 0;
            case 1 -> parent;
            case 2 -> 1 - parent;
            default -> 1;
        };
    }

    private static double[] normalise(List<Double> raw) {
        double[] q = new double[raw.size()];
        double s = 0;
        for (int i = 0; i < q.length; i++) {
            // square some weights towards zero so that sparse, boundary distributions occur too
            q[i] = raw.get(i) < 0.3 ? 0 : raw.get(i);
            s += q[i];
        }
        if (s == 0) {
            q[0] = 1;
            s = 1;
        }
        for (int i = 0; i < q.length; i++) {
            q[i] /= s;
        }
        return q;
    }

    /** P(x, y | z) of the IV model from 16 type probabilities, type = 4 fx + fy; and the true ACE. */
    private static double[] ivTable(double[] q) {
        double[] p = new double[8];
        for (int fx = 0; fx < 4; fx++) {
            for (int fy = 0; fy < 4; fy++) {
                for (int z = 0; z < 2; z++) {
                    int x = apply(fx, z);
                    p[4 * z + 2 * x + apply(fy, x)] += q[4 * fx + fy];
                }
            }
        }
        return p;
    }

    private static double trueAce(double[] q) {
        double ace = 0;
        for (int fx = 0; fx < 4; fx++) {
            for (int fy = 0; fy < 4; fy++) {
                ace += q[4 * fx + fy] * (apply(fy, 1) - apply(fy, 0));
            }
        }
        return ace;
    }

    @Property(tries = 300)
    void linearProgramEqualsClosedFormAndContainsTheTruth(@ForAll @Size(16) List<@DoubleRange(min = 0, max = 1) Double> raw) {
        double[] q = normalise(raw);
        BinaryIvTable table = BinaryIvTable.ofProbabilities(ivTable(q));
        assertTrue(table.instrumentalInequalityViolation().isEmpty(), "a model-generated table satisfies the inequality");
        double[] lp = BalkePearlBounds.linearProgram(table);
        double[] closed = BalkePearlBounds.closedForm(table);
        assertEquals(closed[0], lp[0], 1e-9, "lower");
        assertEquals(closed[1], lp[1], 1e-9, "upper");
        double ace = trueAce(q);
        assertTrue(lp[0] - 1e-9 <= ace && ace <= lp[1] + 1e-9, "ACE " + ace + " in " + lp[0] + ", " + lp[1]);
    }

    @Property(tries = 100)
    void dropTheInstrumentAndTheBoundsWidenToManski(@ForAll @Size(16) List<@DoubleRange(min = 0, max = 1) Double> raw) {
        // Ignoring z (graph x -> y, x <-> y) can only lose information; for a binary outcome that graph's sharp
        // bounds are Manski's no-assumption bounds, width exactly 1.
        double[] p = ivTable(normalise(raw));
        Assume.that(p[2] + p[3] + p[6] + p[7] > 0 && p[0] + p[1] + p[4] + p[5] > 0); // both treatment arms occur
        double[] weights = new double[8];
        for (int i = 0; i < 8; i++) {
            weights[i] = p[i] / 2; // P(z) = 1/2 in each arm
        }
        Dataset table = Dataset.builder().numeric("z", new double[] {0, 0, 0, 0, 1, 1, 1, 1})
                .numeric("x", new double[] {0, 0, 1, 1, 0, 0, 1, 1}).numeric("y", new double[] {0, 1, 0, 1, 0, 1, 0, 1})
                .numeric("w", weights).build();
        BoundsVariables v = BoundsVariables.of("x", "y").withInstrument("z").withWeight("w");
        Bounds withZ = LinearProgramBounds.of(CausalGraph.parse("dag { z -> x -> y; x <-> y }"))
                .withInference(InferenceOptions.none()).compute(table, v);
        Bounds withoutZ = LinearProgramBounds.of(CausalGraph.parse("dag { x -> y; x <-> y }"))
                .withInference(InferenceOptions.none()).compute(table, v);
        Bounds manski = ManskiBounds.noAssumptions(OutcomeRange.unit()).withInference(InferenceOptions.none())
                .compute(table, BoundsVariables.of("x", "y").withWeight("w"));
        assertEquals(manski.lower(), withoutZ.lower(), 1e-9);
        assertEquals(manski.upper(), withoutZ.upper(), 1e-9);
        assertEquals(1.0, withoutZ.width(), 1e-9);
        assertTrue(withoutZ.lower() <= withZ.lower() + 1e-9 && withZ.upper() <= withoutZ.upper() + 1e-9);
    }

    @Property(tries = 60)
    void frontDoorShapedGraphContainsTheTrueEffect(@ForAll @Size(64) List<@DoubleRange(min = 0, max = 1) Double> raw) {
        // z -> x -> m -> y with x <-> y: right side [x, m, y], 4 * 4 * 4 response types, type = 16 fx + 4 fm + fy
        double[] q = normalise(raw);
        double[] weights = new double[16];
        double truth = 0;
        for (int fx = 0; fx < 4; fx++) {
            for (int fm = 0; fm < 4; fm++) {
                for (int fy = 0; fy < 4; fy++) {
                    double qt = q[16 * fx + 4 * fm + fy];
                    for (int z = 0; z < 2; z++) {
                        int x = apply(fx, z);
                        int m = apply(fm, x);
                        weights[8 * z + 4 * x + 2 * m + apply(fy, m)] += qt / 2;
                    }
                    truth += qt * (apply(fy, apply(fm, 1)) - apply(fy, apply(fm, 0)));
                }
            }
        }
        double[] z = new double[16];
        double[] x = new double[16];
        double[] m = new double[16];
        double[] y = new double[16];
        for (int i = 0; i < 16; i++) {
            z[i] = i >> 3;
            x[i] = (i >> 2) & 1;
            m[i] = (i >> 1) & 1;
            y[i] = i & 1;
        }
        Dataset data = Dataset.builder().numeric("z", z).numeric("x", x).numeric("m", m).numeric("y", y)
                .numeric("w", weights).build();
        Bounds b = LinearProgramBounds.of(CausalGraph.parse("dag { z -> x -> m -> y; x <-> y }"))
                .withInference(InferenceOptions.none()).compute(data, BoundsVariables.of("x", "y").withWeight("w"));
        assertEquals(64.0, b.diagnostics().get("response_types"));
        assertTrue(b.lower() - 1e-9 <= truth && truth <= b.upper() + 1e-9, truth + " in " + b);
        // the graph asserts no confounding of m with x or y, which the program relaxes: it warns
        assertTrue(b.warnings().isEmpty() || b.warnings().get(0).contains("valid"), b.warnings().toString());
    }
}
