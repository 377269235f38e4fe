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

import io.github.causal4j.bounds.Bounds;
import io.github.causal4j.bounds.BoundsReport;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.CausalAnalysis;
import io.github.causal4j.estimate.analysis.AnalysisResult;
import io.github.causal4j.graph.CausalGraph;
import java.nio.file.Path;
import java.util.Locale;

/**
 * When the graph does not identify the effect, the analysis says so and bounds it. The Lipid
 * Research Clinics trial: assignment z to cholestyramine, actual intake x (non-compliance),
 * cholesterol reduction y; compliance is confounded with the outcome, so the effect of taking the
 * drug is not identified. With z as an instrument, Balke &amp; Pearl (1997, JASA 92:1171) bound
 * the average causal effect to about [0.39, 0.78].
 *
 * <p>Run: {@code BoundsWhenNotIdentified [datasets-directory]}.
 */
public final class BoundsWhenNotIdentified {

    private BoundsWhenNotIdentified() {
    }

    /**
     * @param datasets the directory holding {@code balke_pearl_tables.csv} and {@code lipid.dagitty}
     *     (randomised assignment z, intake x, outcome y; x and y share unmeasured causes)
     * @return the analysis of the 337 trial participants
     */
    public static AnalysisResult analyze(Path datasets) {
        Dataset counts = ExampleData.table(ExampleData.read(datasets, "balke_pearl_tables.csv"), "table",
                "lipid_research_clinics");
        Dataset trial = counts.expandCounts("count");   // one row per participant
        CausalGraph graph = ExampleData.graph(datasets, "lipid.dagitty");
        return CausalAnalysis.of(trial, graph).treatment("x").outcome("y").seed(4).run();
    }

    /**
     * Prints whether the effect is identified and the bounds.
     *
     * @param args the data-set directory (default {@code datasets})
     */
    public static void main(String[] args) {
        AnalysisResult r = analyze(ExampleData.directory(args));
        System.out.println("identified: " + r.isIdentified() + " (" + r.data().rows() + " participants)");
        BoundsReport report = r.contribution(BoundsReport.class).orElseThrow();
        for (Bounds b : report.bounds()) {
            System.out.printf(Locale.ROOT, "  %-12s ACE in [%.6f, %.6f]%n", b.method(), b.lower(), b.upper());
        }
        r.primaryEstimate().ifPresent(e -> System.out.printf(Locale.ROOT,
                "  the instrument's Wald estimate %.6f is the effect among compliers only (under monotonicity)%n",
                e.value()));
    }
}
