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
package io.github.causal4j.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.result.Provenance;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class EstimateTest {

    private static final Provenance SOURCE = Provenance.of("abc", 10, "test", Map.of(), OptionalLong.of(7));

    @Test
    void normalIntervalAndPValue() {
        Estimate e = Estimate.builder("ipw", AverageEffect.ATT).variables("d", "y").value(2.0, 1.0).n(100)
                .provenance(SOURCE).build();
        // R: qnorm(0.975) = 1.959963984540054; 2 * pnorm(-2) = 0.04550026389635842
        assertEquals(2.0 - 1.959963984540054, e.ciLower(), 1e-13);
        assertEquals(2.0 + 1.959963984540054, e.ciUpper(), 1e-13);
        assertEquals(0.04550026389635842, e.pValue(), 1e-15);
        assertTrue(e.dof().isEmpty());
    }

    @Test
    void tIntervalAndPValue() {
        Estimate e = Estimate.builder("ols", AverageEffect.ATE).variables("d", "y").value(2.0, 1.0).n(10).dof(7)
                .confidenceLevel(0.9).provenance(SOURCE).build();
        // R 4.2.2: qt(0.95, 7) = 1.8945786050900062; 2 * pt(-2, 7) = 0.085619328562975966
        assertEquals(2.0 - 1.894578605090006, e.ciLower(), 1e-12);
        assertEquals(0.085619328562975966, e.pValue(), 1e-13);
        assertEquals(2.0, e.statistic());
    }

    @Test
    void neverANaN() {
        Estimate.Builder b = Estimate.builder("ipw", AverageEffect.ATE).variables("d", "y").n(5).provenance(SOURCE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.value(Double.NaN, 1).build());
        assertTrue(e.getMessage().contains("estimate is NaN"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> b.value(1, Double.POSITIVE_INFINITY).build());
        assertThrows(IllegalArgumentException.class, () -> b.value(1, 1).diagnostic("x", Double.NaN).build());
    }

    @Test
    void oneLineAndReport() {
        Estimate e = Estimate.builder("ipw", AverageEffect.ATE).variables("treat", "re78").value(1548.24, 781.28).n(614)
                .diagnostic("ess_treated", 150.5).warning("extreme weights").provenance(SOURCE)
                .balance(List.of(new CovariateBalance("age", -0.8, 0.05, 0.5, 1.1))).build();
        // R: 1548.24 + c(-1, 1) * qnorm(0.975) * 781.28 = 16.9593, 3079.52; 2 * pnorm(-1548.24 / 781.28) = 0.0475161
        assertEquals("ipw ATE of treat on re78 = 1548.24 (SE 781.28, 95% CI [16.9593, 3079.52], p = 0.0475161, n = 614, "
                + "1 warning(s))", e.toString());
        assertTrue(e.report().text().contains("ess_treated") && e.report().text().contains("Warning: extreme weights"));
        assertTrue(e.report().markdown().contains("| age | -0.8 | 0.05 |"));
        assertTrue(e.report().text().contains("seed 7"));
    }
}
