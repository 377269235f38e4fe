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
package io.github.causal4j.examples;

import static io.github.causal4j.examples.Programs.relative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.Estimators;
import io.github.causal4j.estimate.analysis.AnalysisResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reference: docs/reference-scripts/estimation_proximal.py (ProximalReferenceTest): P2SLS
 * 2.02018327450046, SE 0.05079648688996, 1e-9 relative; the simulation's true effect is 2.
 */
class ProximalProxiesTest {

    @Test
    void proximalTwoStageRecoversTheEffectThatNaiveOlsMisses() throws Exception {
        AnalysisResult r = ProximalProxies.analyze(Programs.DATASETS);
        assertEquals("proximal", r.identified().strategy().orElseThrow().kind());
        Estimate p2sls = r.primaryEstimate().orElseThrow();
        assertEquals("p2sls", p2sls.method());
        relative(2.02018327450046, p2sls.value(), 1e-9, "P2SLS");
        relative(0.05079648688996, p2sls.stdError(), 1e-9, "P2SLS SE");
        Dataset observed = Dataset.readCsv(Programs.DATASETS.resolve("proximal_linear.csv"))
                .without(List.of("U", "id"));
        Estimate naive = r.estimate("ols").orElseThrow().estimate().orElseThrow();
        assertEquals(Estimators.ols().estimate(observed, "A", "Y", List.of("X1", "X2")).value(), naive.value(), 0);
        assertTrue(Math.abs(naive.value() - ProximalProxies.TRUE_EFFECT) > 10 * naive.stdError(),
                "naive OLS is biased");

        String out = Programs.output(ProximalProxies::main);
        Programs.mentions(out, "proximal 2SLS 2.020183274500", "(SE 0.050796)", "naive OLS     2.77",
                "from the truth 2.0");
    }
}
