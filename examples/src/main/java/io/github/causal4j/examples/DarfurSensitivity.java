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

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.CausalAnalysis;
import io.github.causal4j.estimate.Estimators;
import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.sensitivity.BenchmarkBound;
import io.github.causal4j.sensitivity.SensitivityReport;
import io.github.causal4j.sensitivity.SensitivityStep;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Was being directly harmed in the Darfur violence what made villagers want peace, or could an
 * unmeasured confounder explain the effect away? Back-door adjustment by the graph, then the
 * omitted-variable-bias sensitivity analysis of Cinelli &amp; Hazlett (2020, JRSS-B 82:39–67),
 * bounding a confounder 1, 2 and 3 times as strong as being female (the paper's Table 1 and
 * sensemakr's Darfur example).
 *
 * <p>Run: {@code DarfurSensitivity [datasets-directory]}.
 */
public final class DarfurSensitivity {

    private DarfurSensitivity() {
    }

    /**
     * @param datasets the directory holding {@code darfur.csv} and {@code darfur.dagitty}
     * @return the sensitivity analysis of the OLS estimate on the graph's adjustment set
     */
    public static SensitivityReport analyze(Path datasets) {
        Dataset darfur = ExampleData.read(datasets, "darfur.csv");
        CausalGraph graph = ExampleData.graph(datasets, "darfur.dagitty");
        return CausalAnalysis.of(darfur, graph).treatment("directlyharmed").outcome("peacefactor")
                .identify()                      // back-door: adjust for every pre-treatment covariate
                .estimate(Estimators.ols())
                .sensitivity(SensitivityStep.benchmarks("female").withMultipliers(1, 2, 3));
    }

    /**
     * Prints the estimate, the robustness values and the bias-adjusted estimates.
     *
     * @param args the data-set directory (default {@code datasets})
     */
    public static void main(String[] args) {
        SensitivityReport s = analyze(ExampleData.directory(args));
        System.out.printf(Locale.ROOT, "Effect of being directly harmed on the peace index: %.7f (SE %.7f, t %.5f)%n",
                s.estimate(), s.standardError(), s.tValue());
        System.out.printf(Locale.ROOT, "A confounder explaining %.1f%% of the residual variance of treatment and "
                + "outcome would explain the effect away (RV); %.1f%% would make it insignificant at 5%%.%n",
                100 * s.robustnessValue(), 100 * s.robustnessValueAlpha());
        for (BenchmarkBound b : s.bounds()) {
            System.out.printf(Locale.ROOT, "  confounder %-10s adjusted estimate %.6f, 95%% CI [%.6f, %.6f]%n",
                    b.label(), b.adjusted().estimate(), b.adjusted().lower(), b.adjusted().upper());
        }
    }
}
