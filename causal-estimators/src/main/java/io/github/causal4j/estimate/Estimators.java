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

import io.github.causal4j.estimate.backdoor.AugmentedIpw;
import io.github.causal4j.estimate.backdoor.GComputation;
import io.github.causal4j.estimate.backdoor.InverseProbabilityWeighting;
import io.github.causal4j.estimate.backdoor.PropensityScoreMatching;
import io.github.causal4j.estimate.backdoor.RegressionAdjustment;
import io.github.causal4j.estimate.backdoor.Stratification;

/**
 * Entry point to the effect estimators, each configured with immutable withers:
 *
 * <pre>{@code
 * Estimate e = Estimators.ols().withCovariance(CovarianceType.HC1)
 *         .estimate(lalonde, "treat", "re78", covariates);
 * }</pre>
 */
public final class Estimators {

    private Estimators() {
    }

    /** @return regression adjustment: the treatment coefficient of OLS on treatment + covariates */
    public static RegressionAdjustment ols() {
        return RegressionAdjustment.ols();
    }

    /** @return inverse probability weighting (Hájek, ATE) with a logit propensity score and the stacked sandwich SE */
    public static InverseProbabilityWeighting ipw() {
        return InverseProbabilityWeighting.hajek();
    }

    /** @return augmented IPW (doubly robust; ATE; no cross-fitting unless asked) */
    public static AugmentedIpw aipw() {
        return AugmentedIpw.standard();
    }

    /** @return propensity-score matching (1:1 with replacement, ties kept, ATT, Abadie-Imbens SE) */
    public static PropensityScoreMatching matching() {
        return PropensityScoreMatching.nearestNeighbour();
    }

    /** @return stratification on propensity-score quintiles (ATE) */
    public static Stratification stratification() {
        return Stratification.quintiles();
    }

    /** @return g-computation (regression standardisation) with separate linear outcome models per arm (ATE) */
    public static GComputation gComputation() {
        return GComputation.separate();
    }
}
