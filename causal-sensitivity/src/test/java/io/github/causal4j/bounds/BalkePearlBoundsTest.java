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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BalkePearlBoundsTest {

    private static final BoundsVariables IV = BoundsVariables.of("x", "y").withInstrument("z").withWeight("count");
    private static final BalkePearlBounds NO_CI = BalkePearlBounds.create().withInference(InferenceOptions.none());

    // Expected: docs/reference-scripts/bounds_balke_pearl.py, SciPy 1.17.1 linprog (HiGHS) over the 16 response
    // types, which agrees with the closed form to 1e-15. Published: lipid_research_clinics [0.391332, 0.779211]
    // (Balke & Pearl 1997; noncompliance::ACE_bounds docs), vitamin_a_sommer [-0.194623, 0.005394]
    // (Balke & Pearl 1997, Table 1 counts), noncompliance_pkg_example2 [-0.6420409, 0.2390209] (noncompliance docs).
    @ParameterizedTest
    @CsvSource({
        "lipid_research_clinics,     0.3913319238900635,  0.7792107117688513",
        "vitamin_a_sommer,          -0.19462284821139025, 0.005393688914457278",
        "noncompliance_pkg_example2, -0.6420409193351488, 0.23902087832973362",
        "synthetic_two_sided,       -0.652,               0.112",
        "synthetic_one_sided,        0.15125,             0.4475"})
    void matchesTheIndependentLinearProgramAndTheClosedForm(String table, double lower, double upper) {
        Bounds b = NO_CI.compute(TestData.balkePearlTable(table), IV);
        // simplex in double precision vs HiGHS: 1e-10
        assertEquals(lower, b.lower(), 1e-10, table);
        assertEquals(upper, b.upper(), 1e-10, table);
        assertEquals(b.lower(), b.diagnostics().get("closed_form_lower"), 1e-12, "LP vs closed form");
        assertEquals(b.upper(), b.diagnostics().get("closed_form_upper"), 1e-12, "LP vs closed form");
        assertEquals("balke-pearl", b.method());
        assertEquals(Assumption.Kind.INSTRUMENT_INDEPENDENCE_AND_EXCLUSION, b.assumptions().get(0).kind());
    }

    @Test
    void publishedNumbersToTheirPrintedDigits() {
        Bounds lipid = NO_CI.compute(TestData.balkePearlTable("lipid_research_clinics"), IV);
        assertEquals(0.391332, lipid.lower(), 5e-7);
        assertEquals(0.779211, lipid.upper(), 5e-7);
        assertEquals(337, lipid.n());
        Bounds vitamin = NO_CI.compute(TestData.balkePearlTable("vitamin_a_sommer"), IV);
        assertEquals(-0.194623, vitamin.lower(), 5e-7);
        assertEquals(0.005394, vitamin.upper(), 5e-7);
        Bounds ex2 = NO_CI.compute(TestData.balkePearlTable("noncompliance_pkg_example2"), IV);
        assertEquals(-0.6420409, ex2.lower(), 5e-8);
        assertEquals(0.2390209, ex2.upper(), 5e-8);
        assertEquals(2861, ex2.n());
    }

    @Test
    void generalLinearProgramOnTheInstrumentalGraphIsBalkePearl() {
        CausalGraph iv = CausalGraph.parse("dag { z -> x -> y; x <-> y }");
        LinearProgramBounds lp = LinearProgramBounds.of(iv).withInference(InferenceOptions.none());
        for (String table : new String[] {"lipid_research_clinics", "vitamin_a_sommer", "noncompliance_pkg_example2",
            "synthetic_two_sided", "synthetic_one_sided"}) {
            Dataset data = TestData.balkePearlTable(table);
            Bounds general = lp.compute(data, IV);
            Bounds bp = NO_CI.compute(data, IV);
            assertEquals(bp.lower(), general.lower(), 1e-12, table);
            assertEquals(bp.upper(), general.upper(), 1e-12, table);
            assertEquals(16.0, general.diagnostics().get("response_types"));
        }
        // the same graph written with an explicit latent confounder
        CausalGraph explicit = CausalGraph.parse("dag { z -> x -> y; u -> x; u -> y; u [latent] }");
        Bounds viaLatent = LinearProgramBounds.of(explicit).withInference(InferenceOptions.none())
                .compute(TestData.balkePearlTable("lipid_research_clinics"), IV);
        assertEquals(0.3913319238900635, viaLatent.lower(), 1e-10);
        assertEquals(0.7792107117688513, viaLatent.upper(), 1e-10);
    }

    @Test
    void violationOfTheInstrumentalInequalityIsRejectedNamingIt() {
        Dataset bad = TestData.balkePearlTable("synthetic_iv_violation");
        AssumptionsRefutedException e = assertThrows(AssumptionsRefutedException.class, () -> NO_CI.compute(bad, IV));
        // P(x=0, y=0 | z=0) = 0.6 and P(x=0, y=1 | z=1) = 0.5: 1.1 > 1 (datasets/README.md: a hand-made violation)
        assertTrue(e.getMessage().contains("instrumental inequality"), e.getMessage());
        assertTrue(e.getMessage().contains("violated for x=0"), e.getMessage());
        assertTrue(e.getMessage().contains("P(x=0, y=0 | z=0) = 0.6 + P(x=0, y=1 | z=1) = 0.5, total 1.1 > 1"),
                e.getMessage());
        // the general engine also refuses it (its linear program is infeasible)
        AssumptionsRefutedException lp = assertThrows(AssumptionsRefutedException.class,
                () -> LinearProgramBounds.of(CausalGraph.parse("dag { z -> x -> y; x <-> y }"))
                        .withInference(InferenceOptions.none()).compute(bad, IV));
        assertTrue(lp.getMessage().contains("incompatible with the graph"), lp.getMessage());
    }

    @Test
    void tablesThatAreNotDistributionsAreErrors() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BinaryIvTable.ofProbabilities(0.5, 0.2, 0.2, 0.2, 0.25, 0.25, 0.25, 0.25));
        assertTrue(e.getMessage().contains("P(x, y | z=0) sums to 1.1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BinaryIvTable.ofCounts(1, 2, 3, -4, 5, 6, 7, 8));
        assertThrows(IllegalArgumentException.class, () -> BinaryIvTable.ofCounts(1, 2, 3));
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> BinaryIvTable.ofCounts(1, 2, 3, 4, 0, 0, 0, 0));
        assertTrue(empty.getMessage().contains("no observations with z=1"), empty.getMessage());
        Dataset nonBinary = Dataset.builder().numeric("z", new double[] {0, 1, 2}).numeric("x", new double[] {0, 1, 1})
                .numeric("y", new double[] {0, 1, 1}).build();
        IllegalArgumentException nb = assertThrows(IllegalArgumentException.class,
                () -> NO_CI.compute(nonBinary, BoundsVariables.of("x", "y").withInstrument("z")));
        assertEquals("instrument 'z' must be binary (0/1), but row 3 has 2", nb.getMessage());
        IllegalArgumentException noInstrument = assertThrows(IllegalArgumentException.class,
                () -> NO_CI.compute(nonBinary, BoundsVariables.of("x", "y")));
        assertTrue(noInstrument.getMessage().contains("need an instrument"), noInstrument.getMessage());
    }

    @Test
    void probabilityTableGivesTheSameBoundsWithoutInterval() {
        // lipid research clinics: P(x, y | z) from the counts 158, 14, 0, 0 / 52, 12, 23, 78
        BinaryIvTable p = BinaryIvTable.ofProbabilities(158 / 172.0, 14 / 172.0, 0, 0, 52 / 165.0, 12 / 165.0,
                23 / 165.0, 78 / 165.0);
        Bounds b = BalkePearlBounds.create().compute(p);
        assertEquals(0.3913319238900635, b.lower(), 1e-10);
        assertTrue(b.inference().isEmpty());
        assertTrue(b.warnings().get(0).contains("no confidence interval"), b.warnings().toString());
    }

    @Test
    void bootstrapIntervalIsReproducibleAndCoversTheBounds() {
        InferenceOptions opts = InferenceOptions.defaults().withReplications(300).withSeed(11);
        Dataset lipid = TestData.balkePearlTable("lipid_research_clinics");
        Bounds a = BalkePearlBounds.create().withInference(opts).compute(lipid, IV);
        Bounds b = BalkePearlBounds.create().withInference(opts).compute(lipid, IV);
        BoundsInference i = a.inference().orElseThrow();
        assertEquals(i, b.inference().orElseThrow());
        assertEquals(BoundsInference.Kind.BOOTSTRAP, i.kind());
        assertTrue(i.ciLower() < a.lower() && a.upper() < i.ciUpper(), a.toString());
        // n = 337: the bound SEs are of order sqrt(0.25/165) ~ 0.04; a sanity range, not a reference value
        assertTrue(i.lowerStdError() > 0.01 && i.lowerStdError() < 0.1, Double.toString(i.lowerStdError()));
        assertTrue(a.toString().contains("[0.391332, 0.779211]"), a.toString());
    }
}
