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

import io.github.causal4j.estimate.AnalysisContext;
import io.github.causal4j.estimate.AverageEffect;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.EffectEstimator;
import io.github.causal4j.estimate.Estimators;
import io.github.causal4j.estimate.analysis.AnalysisResult;
import io.github.causal4j.estimate.internal.Formatting;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The Lalonde case's comparison: the effect on the treated (ATT) of the NSW programme on 1978
 * earnings estimated from the PSID comparison group by weighting, doubly robust and matching
 * estimators, next to the experimental estimate that randomisation gives. The benchmark is the
 * treated-minus-control difference in mean 1978 earnings in the NSW experiment on the
 * Dehejia–Wahba subsample, $1,794 (Dehejia &amp; Wahba 1999, <i>JASA</i> 94:1053–1062, Table 3).
 */
final class ExperimentalBenchmark implements DemoCase.Comparison {

    /** Dehejia &amp; Wahba (1999), Table 3: the experimental ATT, in 1978 US dollars. */
    static final double EXPERIMENTAL_ATT = 1794;

    @Override
    public void print(AnalysisResult result, PrintWriter out) {
        AnalysisContext context = result.identified().context();
        List<String> covariates = result.identified().adjustmentSet();
        out.println(String.format(Locale.ROOT, "  against the experiment (ATT; randomised NSW benchmark $%,.0f, "
                + "Dehejia & Wahba 1999):", EXPERIMENTAL_ATT));
        List<EffectEstimator> estimators = List.of(Estimators.ipw().withEstimand(AverageEffect.ATT),
                Estimators.aipw().withEstimand(AverageEffect.ATT),
                Estimators.matching().withEstimand(AverageEffect.ATT));
        for (EffectEstimator estimator : estimators) {
            Estimate e = estimator.estimate(context.data(), context.treatment(), context.outcome(), covariates);
            out.println(String.format(Locale.ROOT, "    %-9s att  %s (SE %s), CI %s, %s the benchmark", e.method(),
                    Formatting.number(e.value()), Formatting.number(e.stdError()),
                    DemoSummary.interval(e.ciLower(), e.ciUpper()),
                    e.ciLower() <= EXPERIMENTAL_ATT && EXPERIMENTAL_ATT <= e.ciUpper() ? "covers" : "misses"));
        }
    }
}
