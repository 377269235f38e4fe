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
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.analysis.AnalysisResult;
import io.github.causal4j.graph.CausalGraph;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Proximal causal inference: an unmeasured confounder U of treatment A and outcome Y, seen only
 * through a treatment-side proxy Z and an outcome-side proxy W. Adjusting for the measured
 * covariates leaves the bias of U; proximal two-stage least squares (Tchetgen Tchetgen et al.
 * 2024, Statistical Science 39:375; Miao, Geng &amp; Tchetgen Tchetgen 2018) removes it. The
 * synthetic data are linear with a true effect of 2.
 *
 * <p>Run: {@code ProximalProxies [datasets-directory]}.
 */
public final class ProximalProxies {

    /** The true effect of A on Y in the simulation that made proximal_linear.csv. */
    public static final double TRUE_EFFECT = 2.0;

    private ProximalProxies() {
    }

    /**
     * @param datasets the directory holding {@code proximal_linear.csv} and {@code proximal.dagitty} (U is
     *     latent and confounds everything; the proxies Z, on A's side, and W, on Y's side, see it)
     * @return the analysis: P2SLS primary, naive OLS on the measured covariates for comparison
     */
    public static AnalysisResult analyze(Path datasets) {
        // the simulation's U is in the file for checking; an analyst never sees it
        Dataset observed = ExampleData.read(datasets, "proximal_linear.csv").without(List.of("U", "id"));
        CausalGraph graph = ExampleData.graph(datasets, "proximal.dagitty");
        return CausalAnalysis.of(observed, graph).treatment("A").outcome("Y").seed(3).run();
    }

    /**
     * Prints the proximal and the naive estimate beside the truth.
     *
     * @param args the data-set directory (default {@code datasets})
     */
    public static void main(String[] args) {
        AnalysisResult r = analyze(ExampleData.directory(args));
        System.out.println(r.strategySummary());
        Estimate p2sls = r.primaryEstimate().orElseThrow();
        Estimate naive = r.estimate("ols").orElseThrow().estimate().orElseThrow();
        System.out.printf(Locale.ROOT, "  proximal 2SLS %.14f (SE %.6f)%n", p2sls.value(), p2sls.stdError());
        System.out.printf(Locale.ROOT, "  naive OLS     %.14f (SE %.6f), %.0f standard errors from the truth %.1f%n",
                naive.value(), naive.stdError(), Math.abs(naive.value() - TRUE_EFFECT) / naive.stdError(), TRUE_EFFECT);
    }
}
