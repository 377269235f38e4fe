package io.github.causal4j.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.graph.NodeRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleCriteriaTest {

    // hand-derived cases (Pearl 2009 §7.4.1; Brito & Pearl 2002)
    @Test
    void instrumentCases() {
        CausalGraph g = CausalGraph.parse("dag { z -> x -> y; x <-> y }");
        assertTrue(RoleCriteria.instrument(g, "z", "x", "y", List.of()).satisfied());
        CausalGraph direct = CausalGraph.parse("dag { z -> x -> y; z -> y }");
        RoleCheck c = RoleCriteria.instrument(direct, "z", "x", "y", List.of());
        assertFalse(c.satisfied());
        assertEquals("z and y are d-separated once the edges out of x are removed (exclusion, no confounding): fails",
                c.findings().get(1));
        CausalGraph confounded = CausalGraph.parse("dag { z -> x -> y; z <-> y }");
        assertFalse(RoleCriteria.instrument(confounded, "z", "x", "y", List.of()).satisfied());
        CausalGraph conditional = CausalGraph.parse("dag { z -> x -> y; w -> z; w -> y }");
        assertFalse(RoleCriteria.instrument(conditional, "z", "x", "y", List.of()).satisfied());
        assertTrue(RoleCriteria.instrument(conditional, "z", "x", "y", List.of("w")).satisfied());
        CausalGraph irrelevant = CausalGraph.parse("dag { x -> y; z }");
        assertFalse(RoleCriteria.instrument(irrelevant, "z", "x", "y", List.of()).satisfied());
        CausalGraph descendant = CausalGraph.parse("dag { x -> z; x -> y }");
        assertFalse(RoleCriteria.instrument(descendant, "z", "x", "y", List.of()).satisfied());
        CausalGraph postTreatment = CausalGraph.parse("dag { z -> x -> m -> y; z -> y; }");
        assertTrue(RoleCriteria.instrument(postTreatment, "z", "x", "y", List.of("m")).findings().get(0)
                .contains("descendants of x"));
    }

    /**
     * Property against the definition's purpose: whenever the criterion holds on a random DAG with
     * latent nodes, the (partial) covariance ratio cov(Z, Y | W) / cov(Z, X | W) of a random linear
     * SEM on it equals the total effect of X on Y. Population covariances, exact up to rounding.
     */
    @Test
    void validInstrumentsIdentifyTheTotalEffectInLinearModels() {
        int checked = 0;
        int conditional = 0;
        for (int seed = 0; seed < 400; seed++) {
            Random rnd = new Random(seed);
            int n = 5 + rnd.nextInt(4);
            CausalGraph.Builder b = CausalGraph.builder();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                names.add("v" + i);
                b.node("v" + i);
                if (rnd.nextDouble() < 0.2) {
                    b.latent("v" + i);
                }
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (rnd.nextDouble() < 0.35) {
                        b.edge(names.get(i), names.get(j));
                    }
                }
            }
            CausalGraph g = b.build();
            LinearSem sem = new LinearSem(g, rnd);
            for (int x = 0; x < n; x++) {
                for (int y = x + 1; y < n; y++) {
                    String xs = names.get(x);
                    String ys = names.get(y);
                    if (g.hasRole(xs, NodeRole.LATENT) || g.hasRole(ys, NodeRole.LATENT)) {
                        continue;
                    }
                    Set<String> deX = g.descendants(xs);
                    for (String z : names) {
                        if (z.equals(xs) || z.equals(ys) || g.hasRole(z, NodeRole.LATENT)) {
                            continue;
                        }
                        List<String> w = new ArrayList<>();
                        for (String v : names) {
                            if (!v.equals(z) && !v.equals(ys) && !v.equals(xs) && !deX.contains(v)
                                    && !g.hasRole(v, NodeRole.LATENT) && rnd.nextBoolean()) {
                                w.add(v);
                            }
                        }
                        for (List<String> given : List.of(List.<String>of(), w)) {
                            if (RoleCriteria.instrument(g, z, xs, ys, given).satisfied()) {
                                double ratio = sem.partialCov(z, ys, given) / sem.partialCov(z, xs, given);
                                assertEquals(sem.totalEffect(xs, ys), ratio, 1e-9, "seed " + seed + ": " + z + " for "
                                        + xs + " -> " + ys + " given " + given + " in " + g.toDagitty());
                                checked++;
                                conditional += given.isEmpty() ? 0 : 1;
                            }
                        }
                    }
                }
            }
        }
        assertTrue(checked > 200 && conditional > 50, checked + " instruments checked, " + conditional + " conditional");
    }

    // Tchetgen Tchetgen et al. (2020), Figure 2-type proximal DAG: U -> X, Y, Z, W; Z -> X; W -> Y; X -> Y.
    private static final CausalGraph PROXIMAL = CausalGraph.parse(
            "dag { U [latent]; U -> x; U -> y; U -> z; U -> w; z -> x; w -> y; x -> y }");

    @Test
    void negativeControlCases() {
        assertTrue(RoleCriteria.negativeControlExposure(PROXIMAL, "z", "x", "y", List.of()).satisfied());
        assertTrue(RoleCriteria.negativeControlOutcome(PROXIMAL, "w", "x", "y", List.of(), List.of("z")).satisfied());
        CausalGraph zToY = PROXIMAL.withEdge("z", "y");
        assertFalse(RoleCriteria.negativeControlExposure(zToY, "z", "x", "y", List.of()).satisfied());
        CausalGraph xToW = PROXIMAL.withEdge("x", "w");
        assertFalse(RoleCriteria.negativeControlOutcome(xToW, "w", "x", "y", List.of(), List.of("z")).satisfied());
        CausalGraph zToW = PROXIMAL.withEdge("z", "w");
        assertFalse(RoleCriteria.negativeControlOutcome(zToW, "w", "x", "y", List.of(), List.of("z")).satisfied());
        // Even without z among the exposure proxies, w <- z -> x stays open given U: w is no outcome proxy.
        RoleCheck viaZ = RoleCriteria.negativeControlOutcome(zToW, "w", "x", "y", List.of(), List.of());
        assertFalse(viaZ.satisfied());
        assertTrue(viaZ.findings().get(0).startsWith("w is d-separated from [x] given the unmeasured [U]"), viaZ.findings().get(0));
        CausalGraph noConfounding = CausalGraph.parse("dag { z -> x -> y; w -> y }");
        RoleCheck none = RoleCriteria.negativeControlExposure(noConfounding, "z", "x", "y", List.of());
        assertFalse(none.satisfied());
        assertTrue(none.findings().get(0).contains("no unmeasured common cause"));
        // A bidirected edge is an unmeasured confounder too; w attached to nothing carries no information.
        CausalGraph bidirected = CausalGraph.parse("dag { x -> y; x <-> y; w }");
        RoleCheck uninformative = RoleCriteria.negativeControlOutcome(bidirected, "w", "x", "y", List.of(), List.of());
        assertFalse(uninformative.satisfied());
        assertTrue(uninformative.findings().get(1).endsWith("fails"));
        // Measured covariates L: a confounder c of w and x makes w ⊥ x | U fail unless c is given.
        CausalGraph withL = PROXIMAL.withEdge("c", "w").withEdge("c", "x");
        assertFalse(RoleCriteria.negativeControlOutcome(withL, "w", "x", "y", List.of(), List.of()).satisfied());
        assertTrue(RoleCriteria.negativeControlOutcome(withL, "w", "x", "y", List.of("c"), List.of()).satisfied());
    }

    /**
     * With one unmeasured confounder, valid proxies identify the effect in a linear model through
     * the moment equations of proximal two-stage least squares (Tchetgen Tchetgen et al. 2020, §3):
     * cov(Y - tau X - b W, Z) = 0 and cov(Y - tau X - b W, X) = 0. With z -> y added they do not.
     */
    @Test
    void validProxiesIdentifyTheEffectInALinearModel() {
        for (int seed = 0; seed < 20; seed++) {
            LinearSem sem = new LinearSem(PROXIMAL, new Random(seed));
            assertEquals(sem.totalEffect("x", "y"), proximalTau(sem), 1e-9, "seed " + seed);
            CausalGraph bad = PROXIMAL.withEdge("z", "y");
            LinearSem badSem = new LinearSem(bad, new Random(seed));
            assertTrue(Math.abs(badSem.totalEffect("x", "y") - proximalTau(badSem)) > 1e-3, "seed " + seed);
        }
    }

    private static double proximalTau(LinearSem s) {
        // [cov(X,Z) cov(W,Z); var(X) cov(W,X)] (tau, b) = (cov(Y,Z), cov(Y,X)), by Cramer's rule.
        double a11 = s.partialCov("x", "z", List.of());
        double a12 = s.partialCov("w", "z", List.of());
        double a21 = s.partialCov("x", "x", List.of());
        double a22 = s.partialCov("w", "x", List.of());
        double b1 = s.partialCov("y", "z", List.of());
        double b2 = s.partialCov("y", "x", List.of());
        return (b1 * a22 - a12 * b2) / (a11 * a22 - a12 * a21);
    }
}
