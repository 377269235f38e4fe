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

import io.github.causal4j.data.Dataset;
import io.github.causal4j.graph.CausalGraph;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class TianPearlBoundsTest {

    private static final BoundsVariables VARS = BoundsVariables.of("x", "y").withWeight("n");
    private static final TianPearlBounds NO_CI = TianPearlBounds.create().withInference(InferenceOptions.none());

    /** A count table over binary x, y: counts in the order (x, y) = 00, 01, 10, 11. */
    private static Dataset table(double n00, double n01, double n10, double n11) {
        return Dataset.builder().numeric("x", new double[] {0, 0, 1, 1}).numeric("y", new double[] {0, 1, 0, 1})
                .numeric("n", new double[] {n00, n01, n10, n11}).build();
    }

    // Pearl, Causality (2nd ed.), §9.3.4, Table 9.2 (also Tian & Pearl 2000, Sec. 4): y = death.
    // Experimental: 1000 per arm, 16 deaths with the drug (x=1), 14 without. Observational: 1000 per arm,
    // 2 deaths among the drug users, 28 among the non-users.
    private static final Dataset EXPERIMENT = table(986, 14, 984, 16);
    private static final Dataset OBSERVATIONAL = table(972, 28, 998, 2);

    @Test
    void courtroomExampleOfCausalityChapterNine() {
        TianPearlBounds.CausationBounds all = NO_CI.withObservational(OBSERVATIONAL).all(EXPERIMENT, VARS);
        // Pearl (Causality, §9.3.4): the lower bound on PN is 1, so PN = 1 ("the drug was responsible").
        // hand-derived: P(y) = 0.015, P(y_x') = 0.014, P(x,y) = 0.001: (0.015 - 0.014) / 0.001 = 1;
        // upper min(1, (0.986 - 0.486) / 0.001) = 1.
        Bounds pn = all.pn().orElseThrow();
        assertEquals(1.0, pn.lower(), 1e-12);
        assertEquals(1.0, pn.upper(), 1e-12);
        // hand-derived from the formulas of Tian & Pearl (2000), Thm. 1 (PNS) and eqs. for PS:
        // PNS: max(0, .002, .015-.014, .016-.015) = .002; min(.016, .986, .001+.486, .002+.499+.014) = .016
        assertEquals(0.002, all.pns().lower(), 1e-12);
        assertEquals(0.016, all.pns().upper(), 1e-12);
        // PS: (0.016 - 0.015)/0.486 and (0.016 - 0.001)/0.486
        Bounds ps = all.ps().orElseThrow();
        assertEquals(0.001 / 0.486, ps.lower(), 1e-12);
        assertEquals(0.015 / 0.486, ps.upper(), 1e-12);
        assertEquals(BoundsEstimand.Kind.PROBABILITY_OF_NECESSITY, pn.estimand().kind());
    }

    @Test
    void experimentalDataAlone() {
        // PNS in [max(0, .016 - .014), min(.016, .986)] (Tian & Pearl 2000, experimental data only)
        Bounds pns = NO_CI.compute(EXPERIMENT, VARS);
        assertEquals(0.002, pns.lower(), 1e-12);
        assertEquals(0.016, pns.upper(), 1e-12);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NO_CI.withQuantity(TianPearlBounds.Quantity.PN).compute(EXPERIMENT, VARS));
        assertTrue(e.getMessage().contains("observational data"), e.getMessage());
    }

    @Test
    void inconsistentSourcesAreRejected() {
        // observational P(x=0, y=1) = 0.1 but the experiment says P(y=1 | do(x=0)) = 0.014 < 0.1
        AssumptionsRefutedException e = assertThrows(AssumptionsRefutedException.class,
                () -> NO_CI.withObservational(table(300, 100, 200, 400)).all(EXPERIMENT, VARS));
        assertTrue(e.getMessage().contains("inconsistent") && e.getMessage().contains("P(y=1 | do(x=0)) = 0.014 must lie in [P(x=0, y=1), 1 - P(x=0, y=0)] = [0.1, 0.7]"), e.getMessage());
    }

    @Test
    void bootstrapIntervalIsReproducible() {
        TianPearlBounds m = TianPearlBounds.create().withObservational(OBSERVATIONAL)
                .withInference(InferenceOptions.defaults().withReplications(200).withSeed(5));
        Bounds a = m.compute(EXPERIMENT, VARS);
        assertEquals(a.inference(), m.compute(EXPERIMENT, VARS).inference());
        assertTrue(a.inference().orElseThrow().ciLower() <= a.lower());
        assertEquals(4000, a.n());
    }

    /** Tian–Pearl's closed forms equal the LP over the 16 response types of x <-> y with both data sources. */
    @Property(tries = 200)
    void closedFormsAreTheSharpLinearProgramBoundsAndContainTheTruth(
            @ForAll @Size(8) List<@DoubleRange(min = 0, max = 1) Double> raw) {
        // population: P(X = x, Y(0) = a, Y(1) = b) at index 4x + 2a + b
        double[] q = new double[8];
        double s = 0;
        for (int i = 0; i < 8; i++) {
            q[i] = raw.get(i) < 0.2 ? 0 : raw.get(i);
            s += q[i];
        }
        Assume.that(s > 0);
        double[] joint = new double[4];
        double pyx = 0;
        double pyx0 = 0;
        double pns = 0;
        double pnJoint = 0;
        double psJoint = 0;
        for (int x = 0; x < 2; x++) {
            for (int a = 0; a < 2; a++) {
                for (int b = 0; b < 2; b++) {
                    double p = q[4 * x + 2 * a + b] / s;
                    int y = x == 1 ? b : a;
                    joint[2 * x + y] += p;
                    pyx += p * b;
                    pyx0 += p * a;
                    pns += b == 1 && a == 0 ? p : 0;
                    pnJoint += x == 1 && y == 1 && a == 0 ? p : 0;
                    psJoint += x == 0 && y == 0 && b == 1 ? p : 0;
                }
            }
        }
        Assume.that(joint[3] > 1e-9 && joint[0] > 1e-9);
        TianPearlBounds.Inputs in = new TianPearlBounds.Inputs(pyx, pyx0, joint);
        double[] bPns = TianPearlBounds.bounds(TianPearlBounds.Quantity.PNS, in, "x", "y");
        double[] bPn = TianPearlBounds.bounds(TianPearlBounds.Quantity.PN, in, "x", "y");
        double[] bPs = TianPearlBounds.bounds(TianPearlBounds.Quantity.PS, in, "x", "y");
        assertTrue(bPns[0] - 1e-9 <= pns && pns <= bPns[1] + 1e-9);
        assertTrue(bPn[0] - 1e-9 <= pnJoint / joint[3] && pnJoint / joint[3] <= bPn[1] + 1e-9);
        assertTrue(bPs[0] - 1e-9 <= psJoint / joint[0] && psJoint / joint[0] <= bPs[1] + 1e-9);

        CausalGraph g = CausalGraph.parse("dag { x -> y; x <-> y }");
        CounterfactualQuery.Event y1 = CounterfactualQuery.Event.of("y", 1, Map.of("x", 1));
        CounterfactualQuery.Event y0not = CounterfactualQuery.Event.of("y", 0, Map.of("x", 0));
        CounterfactualQuery pnsQuery = CounterfactualQuery.of(1, y1, y0not);
        CounterfactualQuery pnQuery = CounterfactualQuery.of(1 / joint[3], CounterfactualQuery.Event.of("x", 1, Map.of()),
                CounterfactualQuery.Event.of("y", 1, Map.of()), y0not);
        CounterfactualQuery psQuery = CounterfactualQuery.of(1 / joint[0], CounterfactualQuery.Event.of("x", 0, Map.of()),
                CounterfactualQuery.Event.of("y", 0, Map.of()), y1);
        List<ResponseFunctionLp.KnownValue> known = List.of(
                new ResponseFunctionLp.KnownValue(CounterfactualQuery.probability("y", 1, Map.of("x", 1)), pyx),
                new ResponseFunctionLp.KnownValue(CounterfactualQuery.probability("y", 1, Map.of("x", 0)), pyx0));
        double[][] observed = {joint};
        for (Object[] c : new Object[][] {{pnsQuery, bPns}, {pnQuery, bPn}, {psQuery, bPs}}) {
            CounterfactualQuery query = (CounterfactualQuery) c[0];
            ResponseFunctionModel model = ResponseFunctionModel.of(g, GraphPartition.of(g, query),
                    Map.of("x", 2, "y", 2));
            ResponseFunctionLp.Solution sol = ResponseFunctionLp.solve(model, observed, query, known);
            double[] closed = (double[]) c[1];
            assertEquals(closed[0], sol.lower(), 1e-9, query.toString());
            assertEquals(closed[1], sol.upper(), 1e-9, query.toString());
        }
    }
}
