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
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code causal estimate} with the IV and proximal methods; expected numbers as in the library tests that cite them. */
class EstimateInstrumentalCommandTest {

    private static final String CIG = Path.of(System.getProperty("causal4j.datasets"), "cigarettes_1995.csv").toString();
    private static final String CARD = Path.of(System.getProperty("causal4j.datasets"), "card1995.csv").toString();
    private static final String LINEAR = Path.of(System.getProperty("causal4j.datasets"), "proximal_linear.csv").toString();
    private static final String BINARY = Path.of(System.getProperty("causal4j.datasets"), "proximal_binary.csv").toString();

    private static JsonNode json(String... args) {
        CliRunner r = CliRunner.run(args);
        assertEquals(0, r.exitCode(), r.err());
        return Json.read(r.out());
    }

    @Test
    void twoStageLeastSquaresWithDiagnostics() {
        // docs/reference-scripts/estimation_iv.R (R 4.2.2, AER 1.2-10, sandwich 3.0-2)
        JsonNode j = json("estimate", "--data", CIG, "--treatment", "lrprice", "--outcome", "lpacks", "--method", "2sls",
                "--instruments", "tdiff,taxcpi", "--covariates", "lrincome", "--se", "hc1", "--json");
        assertEquals("2sls", j.get("method").asText());
        assertEquals(-1.27742413342728, j.get("estimate").asDouble(), 1e-9);
        assertEquals(0.249610000397937, j.get("std_error").asDouble(), 1e-9);
        assertEquals(45, j.get("dof").asInt());
        JsonNode d = j.get("diagnostics");
        assertEquals(244.733753555916, d.get("first_stage_f").asDouble(), 1e-7);
        assertEquals(209.676269396584, d.get("first_stage_f_robust").asDouble(), 1e-7);
        assertEquals(0.332622141936534, d.get("sargan").asDouble(), 1e-9);
        assertTrue(d.has("hansen_j"));
        assertEquals("interval", d.get("anderson_rubin").get("kind").asText());
        assertEquals(-1.91703419511181, d.get("anderson_rubin").get("lower").asDouble(), 1e-7);
        assertEquals("lrprice", d.get("first_stages").get(0).get("regressor").asText());
        assertEquals("user_specified", j.get("adjustment_rule").asText());
    }

    @Test
    void kClassAndWald() {
        JsonNode liml = json("estimate", "--data", CIG, "--treatment", "lrprice", "--outcome", "lpacks", "--method", "liml",
                "--instruments", "tdiff,taxcpi", "--covariates", "lrincome", "--json");
        assertEquals(-1.2764419030926282185, liml.get("estimate").asDouble(), 1e-11);
        assertEquals(1.0069776713271332929, liml.get("diagnostics").get("kappa").asDouble(), 1e-12);
        JsonNode fuller = json("estimate", "--data", CIG, "--treatment", "lrprice", "--outcome", "lpacks", "--method",
                "fuller", "--fuller-a", "4", "--instruments", "tdiff,taxcpi", "--covariates", "lrincome", "--json");
        assertEquals(-1.2891431319175506195, fuller.get("estimate").asDouble(), 1e-11);
        JsonNode wald = json("estimate", "--data", CIG, "--treatment", "lrprice", "--outcome", "lpacks", "--method", "wald",
                "--instruments", "tdiff", "--covariates", "lrincome", "--json");
        assertEquals(-1.14337512220463, wald.get("estimate").asDouble(), 1e-9);
        assertEquals(0.359486068124116, wald.get("std_error").asDouble(), 1e-9);
    }

    @Test
    void instrumentFromTheGraphAndUnboundedSets() {
        String graph = "dag { nearc4 -> educ; educ -> lwage; u [latent]; u -> educ; u -> lwage }";
        JsonNode j = json("estimate", "--data", CARD, "--treatment", "educ", "--outcome", "lwage", "--method", "2sls",
                "--graph", graph, "--json");
        assertEquals("conditional_instrument", j.get("adjustment_rule").asText());
        assertEquals("nearc4", j.get("diagnostics").get("instruments").get(0).asText());
        JsonNode weak = json("estimate", "--data", CARD, "--treatment", "educ", "--outcome", "lwage", "--method", "2sls",
                "--instruments", "nearc2", "--covariates", "exper,expersq,black,smsa,south,smsa66,reg662,reg663,reg664,"
                        + "reg665,reg666,reg667,reg668,reg669", "--json");
        JsonNode ar = weak.get("diagnostics").get("anderson_rubin");
        assertEquals("two_rays", ar.get("kind").asText());
        assertEquals(-0.677642983497572, ar.get("upper_of_left_ray").asDouble(), 1e-7);
        assertTrue(weak.get("warnings").get(0).asText().contains("weak instruments"));
    }

    @Test
    void proximalMethods() {
        // docs/reference-scripts/estimation_proximal.py
        JsonNode p = json("estimate", "--data", LINEAR, "--treatment", "A", "--outcome", "Y", "--method", "p2sls",
                "--treatment-proxies", "Z", "--outcome-proxies", "W", "--covariates", "X1,X2", "--json");
        assertEquals(2.02018327450046, p.get("estimate").asDouble(), 1e-9);
        assertEquals(0.05079648688996, p.get("std_error").asDouble(), 1e-9);
        assertTrue(p.get("diagnostics").has("proxy_first_stage_f"));
        JsonNode pdr = json("estimate", "--data", BINARY, "--treatment", "A", "--outcome", "Y", "--method", "pdr",
                "--treatment-proxies", "Z", "--outcome-proxies", "W", "--covariates", "X", "--json");
        assertEquals(2.07647304588597, pdr.get("estimate").asDouble(), 1e-9);
        assertTrue(pdr.get("dof").isNull());
        CliRunner text = CliRunner.run("estimate", "--data", BINARY, "--treatment", "A", "--outcome", "Y", "--method", "por",
                "--treatment-proxies", "Z", "--outcome-proxies", "W", "--covariates", "X");
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("(por)"), text.out());
    }

    private static void assertBadInput(CliRunner r, String fragment) {
        assertEquals(2, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains(fragment), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void badInput() {
        String[] base = {"estimate", "--data", CIG, "--treatment", "lrprice", "--outcome", "lpacks"};
        assertBadInput(CliRunner.run(concat(base, "--method", "2sls")), "needs --instruments");
        assertBadInput(CliRunner.run(concat(base, "--method", "2sls", "--instruments", "tdiff", "--covariates", "tdiff")),
                "covariate 'tdiff' is also an instrument");
        assertBadInput(CliRunner.run(concat(base, "--method", "wald", "--instruments", "tdiff,taxcpi")), "Wald ratio");
        assertBadInput(CliRunner.run(concat(base, "--method", "ols", "--instruments", "tdiff")), "--instruments");
        assertBadInput(CliRunner.run(concat(base, "--method", "pipw", "--treatment-proxies", "tdiff")),
                "--outcome-proxies");
        assertBadInput(CliRunner.run(concat(base, "--method", "liml", "--instruments", "tdiff", "--fuller-a", "1")),
                "--fuller-a applies to --method fuller");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
