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

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.AverageEffect;
import io.github.causal4j.estimate.CovarianceType;
import io.github.causal4j.graph.CausalGraph;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What {@code causal estimate} was asked, parsed and checked, for the method that runs it. Empty
 * optionals are options the user did not give, so a method can tell "not given" from a default
 * and reject options that do not apply to it.
 *
 * @param data the data
 * @param graph the graph, if given
 * @param treatment the treatment column
 * @param outcome the outcome column
 * @param covariates the covariates, if given (otherwise the graph decides)
 * @param covariance the --se choice, if given
 * @param clusters the --cluster columns (possibly empty)
 * @param estimand the --estimand choice, if given
 * @param seed the seed
 * @param folds AIPW cross-fitting folds, if given
 * @param neighbours matches per unit, if given
 * @param caliper matching caliper in SDs, if given
 * @param strata number of propensity strata, if given
 * @param instruments the --instruments columns (possibly empty)
 * @param treatmentProxies the --treatment-proxies columns (possibly empty)
 * @param outcomeProxies the --outcome-proxies columns (possibly empty)
 * @param fullerA Fuller's constant --fuller-a, if given
 * @param rosenbaum the --rosenbaum Gamma grid of matching (possibly empty)
 */
record EstimationRequest(Dataset data, Optional<CausalGraph> graph, String treatment, String outcome,
        Optional<List<String>> covariates, Optional<CovarianceType> covariance, List<String> clusters,
        Optional<AverageEffect> estimand, long seed, OptionalInt folds, OptionalInt neighbours, OptionalDouble caliper,
        OptionalInt strata, List<String> instruments, List<String> treatmentProxies, List<String> outcomeProxies,
        OptionalDouble fullerA, List<Double> rosenbaum) {

    /** @return whether any instrumental-variable or proximal option was given */
    boolean hasInstrumentOrProxyOptions() {
        return !instruments.isEmpty() || !treatmentProxies.isEmpty() || !outcomeProxies.isEmpty() || fullerA.isPresent();
    }

    AverageEffect estimandOr(AverageEffect fallback) {
        return estimand.orElse(fallback);
    }
}
