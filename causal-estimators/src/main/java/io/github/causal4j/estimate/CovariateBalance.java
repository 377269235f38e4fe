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

import java.util.Objects;

/**
 * Balance of one covariate between treated and control units, before and after weighting or
 * matching: the standardised mean difference (SMD) and the variance ratio. The SMD is
 * {@code (mean_1 - mean_0) / s}, both means weighted after adjustment, with the same denominator
 * {@code s} before and after, from the unweighted groups: the pooled {@code sqrt((s1^2 + s0^2)/2)}
 * for the ATE, the treated SD for the ATT and the control SD for the ATC (the conventions of R's
 * {@code cobalt}; Austin 2009, Stat. Med. 28:3083). An |SMD| above 0.1 is commonly read as imbalance.
 *
 * @param covariate the design column (a numeric covariate or one dummy of a categorical one)
 * @param smdBefore SMD of the raw groups
 * @param smdAfter SMD after adjustment
 * @param varianceRatioBefore treated variance over control variance, raw
 * @param varianceRatioAfter the same after adjustment (weighted variances)
 */
public record CovariateBalance(String covariate, double smdBefore, double smdAfter, double varianceRatioBefore,
        double varianceRatioAfter) {

    /** Validates the name. */
    public CovariateBalance {
        Objects.requireNonNull(covariate, "covariate");
    }
}
