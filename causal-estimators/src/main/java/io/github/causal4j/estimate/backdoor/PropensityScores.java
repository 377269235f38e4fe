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
package io.github.causal4j.estimate.backdoor;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.DesignMatrix;
import io.github.causal4j.estimate.LogisticFit;
import io.github.causal4j.estimate.LogisticRegression;
import java.util.List;

/**
 * A fitted propensity-score model {@code e(x) = P(D = 1 | x)} (logit of the treatment on the
 * covariates with an intercept) and its scores for every row, with their complements computed
 * without cancellation (matching and stratification work on the scores of all rows).
 */
final class PropensityScores {

    final LogisticFit fit;
    final double[] e;
    final double[] oneMinusE;

    private PropensityScores(LogisticFit fit, int n) {
        this.fit = fit;
        e = new double[n];
        oneMinusE = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = fit.probability(i);
            oneMinusE[i] = fit.complementProbability(i);
        }
    }

    static PropensityScores fit(Dataset data, String treatment, List<String> covariates, double[] d,
            LogisticRegression model) {
        DesignMatrix x = DesignMatrix.of(data, covariates, true);
        return new PropensityScores(model.fit(x, d, treatment), d.length);
    }
}
