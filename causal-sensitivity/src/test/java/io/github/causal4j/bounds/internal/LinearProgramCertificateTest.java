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
package io.github.causal4j.bounds.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.CausalException;
import java.util.List;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.junit.jupiter.api.Test;

/** The duality certificate of LinearProgram, on hand-derived programs. */
class LinearProgramCertificateTest {

    /** min or max of q1 + 2 q2 + 3 q3 over the simplex q1 + q2 + q3 = 1. */
    private static LinearProgram simplex(List<PrimalSolver> solvers) {
        LinearProgram lp = new LinearProgram(3, solvers);
        lp.addEquality(new double[] {1, 1, 1}, 1);
        return lp;
    }

    private static final double[] C = {1, 2, 3};

    /**
     * Two rows, so that the columns differ: q1 + q2 + q3 = 1, q2 + 2 q3 = 1, objective q1 + 2 q2 + 4 q3. The
     * feasible set is q = (t, 1 - 2t, t), t in [0, 1/2], with vertices (0, 1, 0) (value 2, the minimum) and
     * (1/2, 0, 1/2) (value 2.5, the maximum).
     */
    private static LinearProgram segment(List<PrimalSolver> solvers) {
        LinearProgram lp = new LinearProgram(3, solvers);
        lp.addEquality(new double[] {1, 1, 1}, 1);
        lp.addEquality(new double[] {0, 1, 2}, 1);
        return lp;
    }

    private static final double[] C2 = {1, 2, 4};
    private static final PrimalSolver BLAND = new CommonsSimplex(PivotSelectionRule.BLAND, false);

    /** A solver that answers with the wrong vertex: the optimum of the opposite direction. */
    private static final PrimalSolver OPPOSITE = (c, rows, rhs, maximize) -> BLAND.solve(c, rows, rhs, !maximize);

    @Test
    void optimumOfTheSimplexCarriesItsDual() {
        // hand-derived: min = 1 at e1 with dual y = 1 (reduced costs 0, 1, 2); max = 3 at e3 with y = 3
        LinearProgram.Result min = simplex(List.of(BLAND)).optimize(C, false);
        assertEquals(1.0, min.value(), 1e-15);
        assertTrue(min.certificate().holds());
        assertArrayEquals(new double[] {1.0}, min.certificate().dual(), 1e-12);
        assertEquals(0.0, min.certificate().gap(), 1e-15);
        LinearProgram.Result max = simplex(List.of(BLAND)).optimize(C, true);
        assertEquals(3.0, max.value(), 1e-15);
        assertArrayEquals(new double[] {3.0}, max.certificate().dual(), 1e-12);
    }

    @Test
    void corruptedPrimalSolutionsAreRejected() {
        LinearProgram lp = simplex(List.of(BLAND));
        // a feasible vertex that is not the minimum: c'q = 2 but the dual proves 1
        DualCertificate notOptimal = lp.certify(C, false, new double[] {0, 1, 0}, 2);
        assertFalse(notOptimal.holds());
        assertEquals(2.0, notOptimal.primalValue(), 0.0);
        assertEquals(1.0, notOptimal.dualValue(), 1e-12);
        assertEquals(1.0, notOptimal.gap(), 1e-12);
        // the right point with a misreported value
        assertFalse(lp.certify(C, false, new double[] {1, 0, 0}, 0.5).holds());
        // a point off the simplex (q1 + q2 = 1.1)
        DualCertificate infeasible = lp.certify(C, false, new double[] {0.5, 0.6, 0}, 1.7);
        assertFalse(infeasible.holds());
        assertEquals(0.1, infeasible.primalInfeasibility(), 1e-12);
        // a negative coordinate
        assertFalse(lp.certify(C, false, new double[] {1.5, 0, -0.5}, 0).holds());
        // and the right answer holds
        assertTrue(lp.certify(C, false, new double[] {1, 0, 0}, 1).holds());
    }

    @Test
    void aWrongSolverIsOverruledByTheNextOne() {
        LinearProgram.Result r = segment(List.of(OPPOSITE, BLAND)).optimize(C2, false);
        assertEquals(2.0, r.value(), 1e-15);
        assertTrue(r.certificate().holds());
        assertArrayEquals(new double[] {0, 1, 0}, r.point(), 1e-15);
        LinearProgram.Result max = segment(List.of(OPPOSITE, BLAND)).optimize(C2, true);
        assertEquals(2.5, max.value(), 1e-15);
    }

    @Test
    void noCertifiedOptimumFailsLoudly() {
        CausalException e = assertThrows(CausalException.class, () -> segment(List.of(OPPOSITE)).optimize(C2, false));
        // the wrong vertex has value 2.5, the dual proves 2
        assertTrue(e.getMessage().contains("no certified optimum"), e.getMessage());
        assertTrue(e.getMessage().contains("primal c'q = 2.5"), e.getMessage());
        assertTrue(e.getMessage().contains("dual b'y = 2.0"), e.getMessage());
        // and the default solvers certify both optima
        assertEquals(2.0, segment(List.of(BLAND)).optimize(C2, false).value(), 1e-15);
        assertEquals(2.5, defaults().optimize(C2, true).value(), 1e-15);
    }

    private static LinearProgram defaults() {
        LinearProgram lp = new LinearProgram(3);
        lp.addEquality(new double[] {1, 1, 1}, 1);
        lp.addEquality(new double[] {0, 1, 2}, 1);
        return lp;
    }

    /**
     * The certificate covers the rows the presolve removed. Hand-derived: min q1 + 2 q2 + 3 q3 - 5 q4 with
     * q1 + q2 + q3 + q4 = 1, the zero row q4 = 0 (which the presolve drops, fixing q4 = 0) and a duplicate of the
     * first row (dependent, dropped). Optimum 1 at e1; multipliers y = (1, -6, 0): the reduced cost of q4 is
     * -5 - 1 - (-6) = 0.
     */
    @Test
    void droppedRowsGetMultipliers() {
        LinearProgram lp = new LinearProgram(4, List.of(BLAND));
        lp.addEquality(new double[] {1, 1, 1, 1}, 1);
        lp.addEquality(new double[] {0, 0, 0, 1}, 0);
        lp.addEquality(new double[] {1, 1, 1, 1}, 1);
        LinearProgram.Result r = lp.optimize(new double[] {1, 2, 3, -5}, false);
        assertEquals(1.0, r.value(), 1e-15);
        assertArrayEquals(new double[] {1, -6, 0}, r.certificate().dual(), 1e-12);
        assertEquals(0.0, r.certificate().dualInfeasibility(), 0.0);
    }

    /**
     * Chained zero rows: q3 - q4 = 0 can only be dropped after q4 = 0 was (its negative entry is on a column the
     * first already fixed), so the multipliers are assigned latest first. Hand-derived: min -q3 - q4 + q1 subject
     * to q1 + q2 + q3 + q4 = 1, q4 = 0, q3 - q4 = 0: optimum 0 at e2 with y_sum = 0; the reduced cost of q3 is -1,
     * fixed by the second zero row (lambda = -1), which moves q4's reduced cost to -1 - 1 = -2, fixed by the first
     * (lambda = -2).
     */
    @Test
    void chainedZeroRowsAreCoveredInReverseOrder() {
        LinearProgram lp = new LinearProgram(4, List.of(BLAND));
        lp.addEquality(new double[] {1, 1, 1, 1}, 1);
        lp.addEquality(new double[] {0, 0, 0, 1}, 0);
        lp.addEquality(new double[] {0, 0, 1, -1}, 0);
        LinearProgram.Result r = lp.optimize(new double[] {1, 0, -1, -1}, false);
        assertEquals(0.0, r.value(), 1e-15);
        assertTrue(r.certificate().holds(), r.certificate().toString());
        assertArrayEquals(new double[] {0, -2, -1}, r.certificate().dual(), 1e-12);
    }

    @Test
    void badArguments() {
        LinearProgram lp = simplex(List.of(BLAND));
        assertThrows(IllegalArgumentException.class, () -> lp.optimize(new double[] {1, 2}, false));
        assertThrows(IllegalArgumentException.class, () -> lp.certify(C, false, new double[] {1}, 1));
    }
}
