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
import io.github.causal4j.estimate.AverageEffect;
import io.github.causal4j.estimate.CausalAnalysis;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.Estimators;
import io.github.causal4j.estimate.IdentifiedEffect;
import io.github.causal4j.estimate.analysis.AnalysisResult;
import io.github.causal4j.graph.CausalGraph;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Did the National Supported Work job training raise 1978 earnings? LaLonde's (1986) question on
 * the NSW treated units against a PSID comparison group: regression adjustment, inverse
 * probability weighting, augmented IPW and propensity-score matching, each estimating the effect
 * on the treated (ATT), next to the answer of the randomised experiment itself.
 *
 * <p>Run: {@code LalondeJobTraining [datasets-directory]}.
 */
public final class LalondeJobTraining {

    /**
     * The experimental benchmark: NSW treated minus NSW control mean 1978 earnings in the
     * Dehejia–Wahba subsample, $1,794 (SE 633). R. Dehejia &amp; S. Wahba (1999), "Causal effects in
     * nonexperimental studies", JASA 94:1053–1062, Table 3.
     */
    public static final double EXPERIMENTAL_ATT = 1794;

    /**
     * @param analysis the whole analysis (its OLS row is the regression-adjusted effect)
     * @param ipw the IPW estimate of the ATT
     * @param aipw the augmented-IPW estimate of the ATT
     * @param matching the 1:1 propensity-score matching estimate of the ATT
     */
    public record Result(AnalysisResult analysis, Estimate ipw, Estimate aipw, Estimate matching) {
    }

    private LalondeJobTraining() {
    }

    /**
     * @param datasets the directory holding {@code lalonde_psid.csv} and {@code lalonde.dagitty} (the
     *     pre-treatment covariates confound training and earnings; 1974 earnings precede 1975's)
     * @return the analysis and the three ATT estimates on its adjustment set
     */
    public static Result analyze(Path datasets) {
        Dataset lalonde = ExampleData.read(datasets, "lalonde_psid.csv");
        CausalGraph graph = ExampleData.graph(datasets, "lalonde.dagitty");
        AnalysisResult r = CausalAnalysis.of(lalonde, graph).treatment("treat").outcome("re78")
                .seed(1).run();
        IdentifiedEffect backdoor = r.identified();
        return new Result(r,
                backdoor.estimate(Estimators.ipw().withEstimand(AverageEffect.ATT)).estimate(),
                backdoor.estimate(Estimators.aipw().withEstimand(AverageEffect.ATT)).estimate(),
                backdoor.estimate(Estimators.matching()).estimate());
    }

    /**
     * Prints each estimate beside the experimental benchmark.
     *
     * @param args the data-set directory (default {@code datasets})
     */
    public static void main(String[] args) {
        Result r = analyze(ExampleData.directory(args));
        System.out.println("Effect of NSW job training on 1978 earnings, adjusting for " + r.analysis().identified()
                .adjustmentSet());
        System.out.printf(Locale.ROOT, "  %-34s %10.2f%n", "experiment (Dehejia & Wahba 1999)", EXPERIMENTAL_ATT);
        print("OLS regression adjustment", r.analysis().primaryEstimate().orElseThrow());
        print("IPW (Hajek), ATT", r.ipw());
        print("augmented IPW, ATT", r.aipw());
        print("propensity-score matching, ATT", r.matching());
    }

    private static void print(String label, Estimate e) {
        System.out.printf(Locale.ROOT, "  %-34s %10.2f  (SE %.2f, %+.0f vs the experiment)%n", label, e.value(),
                e.stdError(), e.value() - EXPERIMENTAL_ATT);
    }
}
