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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.graph.NodeRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RoleCriteriaTest {

    // hand-derived cases (Pearl 2009 §7.4.1; Brito & Pearl 2002; Henckel et al. 2024)
    @Test
    void instrumentCases() {
        CausalGraph g = CausalGraph.parse("dag { z -> x -> y; x <-> y }");
        assertTrue(RoleCriteria.instrument(g, "z", "x", "y", List.of()).satisfied());
        CausalGraph direct = CausalGraph.parse("dag { z -> x -> y; z -> y }");
        RoleCheck c = RoleCriteria.instrument(direct, "z", "x", "y", List.of());
        assertFalse(c.satisfied());
        assertTrue(c.findings().get(0).contains("joins the instrument to the outcome other than through the treatment"),
                c.findings().get(0));
        CausalGraph confounded = CausalGraph.parse("dag { z -> x -> y; z <-> y }");
        assertFalse(RoleCriteria.instrument(confounded, "z", "x", "y", List.of()).satisfied());
        CausalGraph conditional = CausalGraph.parse("dag { z -> x -> y; w -> z; w -> y }");
        assertFalse(RoleCriteria.instrument(conditional, "z", "x", "y", List.of()).satisfied());
        assertTrue(RoleCriteria.instrument(conditional, "z", "x", "y", List.of("w")).satisfied());
        CausalGraph irrelevant = CausalGraph.parse("dag { x -> y; z }");
        assertFalse(RoleCriteria.instrument(irrelevant, "z", "x", "y", List.of()).satisfied());
        // A child of x off the causal paths passes the complete criterion of Henckel et al. (2024): with
        // z = a x + e, cov(z, y) / cov(z, x) = tau. A child on a causal path does not.
        CausalGraph child = CausalGraph.parse("dag { x -> z; x -> y }");
        assertTrue(RoleCriteria.instrument(child, "z", "x", "y", List.of()).satisfied());
        CausalGraph onPath = CausalGraph.parse("dag { x -> z -> y }");
        assertFalse(RoleCriteria.instrument(onPath, "z", "x", "y", List.of()).satisfied());
        CausalGraph mediatorGiven = CausalGraph.parse("dag { z -> x -> m -> y; z -> y; }");
        RoleCheck m = RoleCriteria.instrument(mediatorGiven, "z", "x", "y", List.of("m"));
        assertFalse(m.satisfied());
        assertTrue(m.findings().get(0).contains("descends from a node on a causal path"), m.findings().get(0));
        CausalGraph latentZ = CausalGraph.parse("dag { z [latent]; z -> x -> y }");
        RoleCheck l = RoleCriteria.instrument(latentZ, "z", "x", "y", List.of());
        assertFalse(l.satisfied());
        assertTrue(l.findings().get(0).contains("cannot be an instrument here"), l.findings().get(0));
    }

    /**
     * Property against the definition's purpose: whenever the criterion holds on a random DAG with
     * latent nodes, the (partial) covariance ratio cov(Z, Y | W) / cov(Z, X | W) of a random linear
     * SEM on it equals the total effect of X on Y. Population covariances, exact up to rounding.
     * W is drawn from every measured node (descendants of X included), so that the criterion, not
     * the test, decides which sets are allowed.
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
                    for (String z : names) {
                        if (z.equals(xs) || z.equals(ys) || g.hasRole(z, NodeRole.LATENT)) {
                            continue;
                        }
                        List<String> w = new ArrayList<>();
                        for (String v : names) {
                            if (!v.equals(z) && !v.equals(ys) && !v.equals(xs) && !g.hasRole(v, NodeRole.LATENT)
                                    && rnd.nextInt(3) == 0) {
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

    private static Map<String, RoleCheck> proxies(CausalGraph g, List<String> l, List<String> z, List<String> w) {
        return RoleCriteria.proxies(g, "x", "y", l, z, w);
    }

    @Test
    void negativeControlCases() {
        Map<String, RoleCheck> ok = proxies(PROXIMAL, List.of(), List.of("z"), List.of("w"));
        assertTrue(ok.get("z").satisfied() && ok.get("w").satisfied(), ok.toString());
        assertTrue(ok.get("w").findings().get(1).startsWith("caveat: the graph shows only the conditional independences"));
        Map<String, RoleCheck> zToY = proxies(PROXIMAL.withEdge("z", "y"), List.of(), List.of("z"), List.of("w"));
        assertFalse(zToY.get("z").satisfied());
        // z -> y also makes z a measured confounder outside U and X, which fails every proxy.
        assertFalse(zToY.get("w").satisfied());
        assertTrue(zToY.get("w").findings().get(0).startsWith("U and X do not account for the confounding"),
                zToY.get("w").findings().get(0));
        assertTrue(proxies(PROXIMAL.withEdge("z", "y"), List.of("z"), List.of(), List.of("w")).get("w").satisfied());
        Map<String, RoleCheck> xToW = proxies(PROXIMAL.withEdge("x", "w"), List.of(), List.of("z"), List.of("w"));
        assertFalse(xToW.get("w").satisfied());
        assertTrue(xToW.get("z").satisfied());
        Map<String, RoleCheck> zToW = proxies(PROXIMAL.withEdge("z", "w"), List.of(), List.of("z"), List.of("w"));
        assertFalse(zToW.get("w").satisfied());
        // Even alone, w <- z -> x stays open given U: w is no outcome proxy.
        assertFalse(proxies(PROXIMAL.withEdge("z", "w"), List.of(), List.of(), List.of("w")).get("w").satisfied());
        Map<String, RoleCheck> none = proxies(CausalGraph.parse("dag { z -> x -> y; w -> y }"), List.of(), List.of("z"),
                List.of("w"));
        assertFalse(none.get("z").satisfied());
        assertTrue(none.get("z").findings().get(0).contains("no unmeasured common cause"));
        // A bidirected edge is an unmeasured confounder too; w attached to nothing carries no information about it.
        Map<String, RoleCheck> bidirected = proxies(CausalGraph.parse("dag { x -> y; x <-> y; w }"), List.of(),
                List.of(), List.of("w"));
        assertFalse(bidirected.get("w").satisfied());
        assertTrue(bidirected.get("w").findings().get(0).contains("carries no information about U"),
                bidirected.get("w").findings().get(0));
        // A measured confounder c of x and y must be among the covariates X: else U and X miss confounding.
        CausalGraph withC = PROXIMAL.withEdge("c", "x").withEdge("c", "y");
        assertFalse(proxies(withC, List.of(), List.of("z"), List.of("w")).get("z").satisfied());
        assertTrue(proxies(withC, List.of("c"), List.of("z"), List.of("w")).get("z").satisfied());
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
