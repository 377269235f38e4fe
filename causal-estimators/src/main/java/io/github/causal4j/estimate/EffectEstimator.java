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

import io.github.causal4j.data.Dataset;
import java.util.List;

/**
 * An estimator of the effect of a treatment on an outcome that adjusts for a set of covariates
 * (a back-door adjustment set): regression adjustment, g-computation, IPW, AIPW, matching,
 * stratification. Implementations are immutable and thread-safe. As an {@link AnalysisStep} it
 * estimates with the adjustment set of the analysis.
 */
public interface EffectEstimator extends AnalysisStep<Estimate> {

    /** @return the method name used on the command line and in results ({@code "ipw"}) */
    String method();

    /**
     * @param data the data
     * @param treatment the treatment column
     * @param outcome the outcome column
     * @param covariates the adjustment set (may be empty)
     * @return the estimate
     * @throws IllegalArgumentException for unknown columns, an outcome among the covariates, a treatment of the wrong kind
     * @throws io.github.causal4j.CausalException when the data cannot support the estimate (collinearity, no overlap)
     */
    Estimate estimate(Dataset data, String treatment, String outcome, List<String> covariates);

    /**
     * Estimates with the analysis' data, variables and adjustment set.
     *
     * @param context the analysis
     * @return the estimate
     */
    @Override
    default Estimate apply(AnalysisContext context) {
        return estimate(context.data(), context.treatment(), context.outcome(), context.adjustmentSet());
    }
}
