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
package io.github.causal4j.estimate.proximal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.CausalException;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.CovarianceType;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.TestData;
import io.github.causal4j.estimate.iv.InstrumentalVariables;
import io.github.causal4j.estimate.iv.IvModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proximal estimators against docs/reference-scripts/estimation_proximal.py (numpy 2.4.6, scipy
 * 1.17.1: numpy least squares, scipy.optimize.root on the same moment equations, sandwich with a
 * finite-difference Jacobian). Tolerances: 1e-9 on point estimates (both sides solve to ~1e-14),
 * 1e-6 relative on sandwich SEs (the reference's central differences are accurate to ~1e-8).
 */
class ProximalReferenceTest {

    static final Dataset LINEAR = TestData.read("proximal_linear.csv");
    static final Dataset BINARY = TestData.read("proximal_binary.csv");
    static final ProximalModel LINEAR_ROLES = new ProximalModel("A", "Y", List.of("Z"), List.of("W"), List.of("X1", "X2"));
    static final ProximalModel BINARY_ROLES = new ProximalModel("A", "Y", List.of("Z"), List.of("W"), List.of("X"));

    static void close(double expected, double actual, double rel) {
        assertEquals(expected, actual, rel * Math.max(1.0, Math.abs(expected)), () -> "expected " + expected + ", got " + actual);
    }

    @Test
    void p2slsOnTheLinearDesign() {
        // issue 5 / datasets README: P2SLS 2.020183 (classical SE 0.050796); truth 2.0
        Estimate e = ProximalEstimator.p2sls().estimate(LINEAR, LINEAR_ROLES);
        assertEquals("p2sls", e.method());
        close(2.02018327450046, e.value(), 1e-9);
        close(0.05079648688996, e.stdError(), 1e-9);
        close(153.010302514255, e.diagnostics().get("proxy_first_stage_f"), 1e-9);
        assertTrue(e.warnings().isEmpty(), e.warnings().toString());
        assertTrue(e.usesT());
        close(0.0513401443887576, ProximalEstimator.p2sls().withCovariance(CovarianceType.HC0).estimate(LINEAR, LINEAR_ROLES)
                .stdError(), 1e-9);
        close(0.0513658337295639, ProximalEstimator.p2sls().withCovariance(CovarianceType.HC1).estimate(LINEAR, LINEAR_ROLES)
                .stdError(), 1e-9);
    }

    @Test
    void semiparametricEstimatorsOnTheBinaryDesign() {
        Estimate por = ProximalEstimator.por().estimate(BINARY, BINARY_ROLES);
        close(2.07266080805317, por.value(), 1e-9);
        close(0.0661029578833572, por.stdError(), 1e-6);
        Estimate pipw = ProximalEstimator.pipw().estimate(BINARY, BINARY_ROLES);
        close(2.07647304588597, pipw.value(), 1e-9);
        close(0.101789232292974, pipw.stdError(), 1e-6);
        Estimate pdr = ProximalEstimator.pdr().estimate(BINARY, BINARY_ROLES);
        close(2.07647304588597, pdr.value(), 1e-9);
        close(0.101789232315881, pdr.stdError(), 1e-6);
        // identity of these spans (see SemiparametricProximal): PDR = PIPW at the solution
        close(pipw.value(), pdr.value(), 1e-12);
        for (Estimate e : List.of(por, pipw, pdr)) {
            assertTrue(Math.abs(e.value() - 2.0) < 2 * e.stdError(), e.toString());  // truth 2.0 within 2 SE
            assertTrue(e.dof().isEmpty());
        }
        assertTrue(pipw.diagnostics().get("bridge_iterations") >= 1);
    }

    @Test
    void porIsP2slsWithHc0() {
        // The stacked sandwich of the linear outcome bridge is the HC0 sandwich of 2SLS: two implementations agree.
        Estimate por = ProximalEstimator.por().estimate(BINARY, BINARY_ROLES);
        var fit = InstrumentalVariables.twoStageLeastSquares().withCovariance(CovarianceType.HC0)
                .fit(BINARY, new IvModel("Y", List.of("W"), List.of("Z"), List.of("A", "X")));
        close(fit.coefficient("A").estimate(), por.value(), 1e-12);
        close(fit.coefficient("A").stdError(), por.stdError(), 1e-10);
    }

    @Test
    void badInput() {
        IllegalArgumentException binary = assertThrows(IllegalArgumentException.class,
                () -> ProximalEstimator.pipw().estimate(LINEAR, LINEAR_ROLES));
        assertTrue(binary.getMessage().contains("'A' is 1.486900870488941 at row 1"), binary.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ProximalModel("A", "Y", List.of("Z"), List.of("Z"), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ProximalModel("A", "Y", List.of("Z"), List.of("W"), List.of("W")));
        IllegalArgumentException few = assertThrows(IllegalArgumentException.class, () -> ProximalEstimator.p2sls()
                .estimate(LINEAR, new ProximalModel("A", "Y", List.of("Z"), List.of("W", "X1"), List.of("X2"))));
        assertTrue(few.getMessage().contains("at least as many treatment proxies"), few.getMessage());
        CausalException slow = assertThrows(CausalException.class,
                () -> ProximalEstimator.pipw().withConvergence(1, 1e-10).estimate(BINARY, BINARY_ROLES));
        assertTrue(slow.getMessage().contains("no solution was found for the treatment-bridge equations of treatment proxies [Z] and outcome proxies [W]"),
                slow.getMessage());
    }

    @Test
    void weakProxiesAreAWarning() {
        // W replaced by noise unrelated to Z: the outcome bridge is barely identified.
        double[] noise = new double[BINARY.rowCount()];
        java.util.SplittableRandom rng = new java.util.SplittableRandom(7);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = rng.nextGaussian();
        }
        Dataset data = Dataset.builder().numeric("Y", BINARY.numeric("Y").toArray()).numeric("A", BINARY.numeric("A").toArray())
                .numeric("Z", BINARY.numeric("Z").toArray()).numeric("N", noise).build();
        Estimate e = ProximalEstimator.p2sls().estimate(data, new ProximalModel("A", "Y", List.of("Z"), List.of("N"), List.of()));
        assertTrue(e.warnings().stream().anyMatch(w -> w.startsWith("weak proxies")), e.warnings().toString());
    }

    @Test
    void rolesFromTheGraphStep() {
        // The proximal check of identification feeds the roles; a failed check is an error listing its failures.
        io.github.causal4j.graph.CausalGraph g = io.github.causal4j.graph.CausalGraph.parse(
                "dag { U [latent]; U -> A; U -> Y; U -> Z; U -> W; X -> A; X -> Y; X -> Z; X -> W; Z -> A; W -> Y; A -> Y }");
        var check = io.github.causal4j.identify.ProximalRoles.check(g, "A", "Y", List.of("U"), List.of("X"), List.of("Z"),
                List.of("W"));
        ProximalModel roles = ProximalModel.of(check, "A", "Y", List.of("X"));
        assertEquals(BINARY_ROLES, roles);
        close(2.07647304588597, ProximalEstimator.pdr().estimate(BINARY, roles).value(), 1e-9);
        var swapped = io.github.causal4j.identify.ProximalRoles.check(g, "A", "Y", List.of("U"), List.of("X"), List.of("W"),
                List.of("Z"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProximalModel.of(swapped, "A", "Y", List.of("X")));
        assertTrue(e.getMessage().contains("fail the graphical conditions"), e.getMessage());
    }
}
