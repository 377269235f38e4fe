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
package io.github.causal4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EstimateCommandTest {

    private static final String LALONDE = Path.of(System.getProperty("causal4j.datasets"), "lalonde_psid.csv").toString();
    private static final String PETERSEN = Path.of(System.getProperty("causal4j.datasets"), "petersen_cl.csv").toString();
    private static final String COVARIATES = "age,educ,black,hispan,married,nodegree,re74,re75";

    private static JsonNode json(String... args) {
        CliRunner r = CliRunner.run(args);
        assertEquals(0, r.exitCode(), r.err());
        return Json.read(r.out());
    }

    @Test
    void olsOnLalondeHasTheContractFields() {
        JsonNode j = json("estimate", "--data", LALONDE, "--treatment", "treat", "--outcome", "re78", "--method", "ols",
                "--covariates", COVARIATES, "--json");
        // R lm (docs/reference-scripts/estimation_ols.R): 1548.24380199957886, SE 781.279297459787, df 604
        assertEquals(1548.24380199957886, j.get("estimate").asDouble(), 1e-6);
        assertEquals(781.279297459787, j.get("std_error").asDouble(), 1e-6);
        assertEquals(604, j.get("dof").asInt());
        assertEquals(614, j.get("n").asInt());
        assertEquals("ols", j.get("method").asText());
        assertEquals("ate", j.get("estimand").asText());
        for (String field : new String[] {"ci_lower", "ci_upper", "p_value", "diagnostics", "warnings"}) {
            assertTrue(j.has(field), field);
        }
        assertEquals("user_specified", j.get("adjustment_rule").asText());
    }

    @Test
    void clusteredStandardErrors() {
        JsonNode j = json("estimate", "--data", PETERSEN, "--treatment", "x", "--outcome", "y", "--method", "ols",
                "--cluster", "firm", "--json");
        assertEquals(0.050595725884029649, j.get("std_error").asDouble(), 1e-10);
        JsonNode hc3 = json("estimate", "--data", LALONDE, "--treatment", "treat", "--outcome", "re78", "--method", "ols",
                "--covariates", COVARIATES, "--se", "hc3", "--json");
        assertEquals(749.98675886314936, hc3.get("std_error").asDouble(), 1e-6);
        // estimation_cluster_hc23.R (sandwich 3.0-2): vcovCL(type = "HC2"), cluster = ~firm, SE of x
        JsonNode hc2 = json("estimate", "--data", PETERSEN, "--treatment", "x", "--outcome", "y", "--method", "ols",
                "--se", "hc2", "--cluster", "firm", "--json");
        assertEquals(0.050677766740312692, hc2.get("std_error").asDouble(), 1e-12);
    }

    @Test
    void propensityMethodsAndTheGraphRule() {
        // estimation_ipw.R: Hajek ATT 1214.0712232929154 (SE 798.15462783821056)
        JsonNode ipw = json("estimate", "--data", LALONDE, "--treatment", "treat", "--outcome", "re78", "--method", "ipw",
                "--estimand", "att", "--covariates", COVARIATES, "--json");
        assertEquals(1214.0712232929154, ipw.get("estimate").asDouble(), 1e-6);
        assertTrue(ipw.get("dof").isNull());
        assertTrue(ipw.get("diagnostics").get("balance").size() == 8);
        // estimation_matching.R: Match ATT 1933.3918757747749, SE 1090.6046437909351
        // every covariate causes treatment and outcome: identification's O-set is all eight
        String graph = "dag { {age educ black hispan married nodegree re74 re75} -> treat; "
                + "{age educ black hispan married nodegree re74 re75} -> re78; treat -> re78 }";
        JsonNode match = json("estimate", "--data", LALONDE, "--treatment", "treat", "--outcome", "re78", "--method",
                "matching", "--graph", graph, "--json");
        assertEquals(1933.3918757747749, match.get("estimate").asDouble(), 1e-6);
        assertEquals(1090.6046437909351, match.get("std_error").asDouble(), 1e-6);
        assertEquals("optimal", match.get("adjustment_rule").asText());
        assertEquals(8, match.get("covariates").size());
        JsonNode aipw = json("estimate", "--data", LALONDE, "--treatment", "treat", "--outcome", "re78", "--method", "aipw",
                "--covariates", COVARIATES, "--folds", "5", "--seed", "3", "--json");
        assertEquals(5.0, aipw.get("diagnostics").get("folds").asDouble());
        JsonNode strat = json("estimate", "--data", LALONDE, "--treatment", "treat", "--outcome", "re78", "--method",
                "stratification", "--estimand", "att", "--covariates", COVARIATES, "--json");
        assertEquals(663.88729442149292, strat.get("estimate").asDouble(), 1e-6);
        CliRunner text = CliRunner.run("estimate", "--data", LALONDE, "--treatment", "treat", "--outcome", "re78",
                "--method", "ipw", "--covariates", COVARIATES);
        assertEquals(0, text.exitCode());
        assertTrue(text.out().contains("Estimate of the ATE of treat on re78 (ipw)"), text.out());
    }

    /**
     * Rosenbaum bounds of the LaLonde matching estimate over a Gamma grid: the exact bounds and the
     * Hodges-Lehmann estimate of docs/reference-scripts/sensitivity_rosenbaum_matching.R (R 4.2.2,
     * Matching 4.10-8; "sets": exact lower/upper at Gamma 1.5 1.9547312607536428e-07 / 0.35109787277704679,
     * HL 1505.0814499999997 at Gamma 1).
     */
    @Test
    void rosenbaumGrid() {
        JsonNode j = json("estimate", "--data", LALONDE, "--treatment", "treat", "--outcome", "re78", "--method", "matching",
                "--covariates", COVARIATES, "--rosenbaum", "1,1.5,2", "--json");
        assertEquals(1933.3918757747749, j.get("estimate").asDouble(), 1e-6);
        JsonNode r = j.get("diagnostics").get("rosenbaum");
        assertEquals("set_mean", r.get("reduction").asText());
        assertEquals(185, r.get("sets").asInt());
        assertEquals(287, r.get("pairs").asInt());
        assertEquals(10041.0, r.get("statistic").asDouble());
        assertEquals(3, r.get("gammas").size());
        JsonNode g1 = r.get("gammas").get(0);
        assertEquals(1505.0814499999997, g1.get("hl_low").asDouble(), 1e-9);
        JsonNode g15 = r.get("gammas").get(1);
        assertEquals(1.5, g15.get("gamma").asDouble());
        assertEquals(1.9547312607536428e-07, g15.get("p_lower").asDouble(), 1e-16);
        assertEquals(0.35109787277704679, g15.get("p_upper").asDouble(), 1e-12);
        double critical = r.get("critical_gamma").asDouble();
        assertTrue(critical > 1 && critical < 1.5, "critical Gamma " + critical);
        CliRunner text = CliRunner.run("estimate", "--data", LALONDE, "--treatment", "treat", "--outcome", "re78",
                "--method", "matching", "--covariates", COVARIATES, "--rosenbaum", "1,2");
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("Rosenbaum bounds for 185 matched sets"), text.out());
        String[] base = {"estimate", "--data", LALONDE, "--treatment", "treat", "--outcome", "re78", "--covariates",
            COVARIATES};
        assertBadInput(CliRunner.run(concat(base, "--method", "ipw", "--rosenbaum", "1,2")),
                "--rosenbaum applies to --method matching");
        assertBadInput(CliRunner.run(concat(base, "--method", "matching", "--rosenbaum", "0.5")), "at least 1");
    }

    private static void assertBadInput(CliRunner r, String fragment) {
        assertEquals(2, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains(fragment), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void badInputIsOneLineAndExitCodeTwo(@TempDir Path dir) throws Exception {
        String[] base = {"estimate", "--data", LALONDE, "--treatment", "treat", "--outcome", "re78"};
        assertBadInput(CliRunner.run(concat(base, "--method", "magic")), "unknown method 'magic'");
        assertBadInput(CliRunner.run(concat(base, "--method", "ipw", "--se", "hc1")), "--se and --cluster apply to");
        assertBadInput(CliRunner.run(concat(base, "--method", "ols", "--estimand", "att")), "gcomp");
        assertBadInput(CliRunner.run(concat(base, "--method", "ols", "--covariates", "age,re78")),
                "outcome 're78' is also listed as a covariate");
        assertBadInput(CliRunner.run("estimate", "--data", LALONDE, "--treatment", "educ", "--outcome", "re78", "--method",
                "ipw", "--covariates", "age"), "binary");
        assertBadInput(CliRunner.run("estimate", "--data", "nope.csv", "--treatment", "d", "--outcome", "y", "--method",
                "ols"), "not found");
        Path missing = dir.resolve("missing.csv");
        Files.writeString(missing, "d,y,x\n1,2,3\n0,,4\n1,3,5\n0,1,1\n");
        assertBadInput(CliRunner.run("estimate", "--data", missing.toString(), "--treatment", "d", "--outcome", "y",
                "--method", "ols", "--covariates", "x"), "y");
        Path constant = dir.resolve("constant.csv");
        Files.writeString(constant, "d,y,x\n1,2,3\n0,1,3\n1,3,3\n0,1,3\n1,5,3\n");
        assertBadInput(CliRunner.run("estimate", "--data", constant.toString(), "--treatment", "d", "--outcome", "y",
                "--method", "ols", "--covariates", "x"), "'x' is constant");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
