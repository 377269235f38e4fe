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
import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.identify.Identification;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link AnalysisStep} gets from a {@link CausalAnalysis}: the data, the graph (if any),
 * treatment and outcome, the adjustment set and the rule that chose it, the analysis seed, after
 * estimation the estimate, the full identification of the effect on the graph (every strategy, the
 * recommended one and why) and the outcome support the user stated, if any.
 *
 * @param data the data
 * @param graph the causal graph, if the analysis has one
 * @param treatment the treatment variable
 * @param outcome the outcome variable
 * @param adjustmentSet the covariates to adjust for (a valid back-door set under the stated rule; empty for {@link AdjustmentRule#NO_VALID_SET})
 * @param adjustmentRule how the adjustment set was chosen
 * @param seed the seed for every random step of the analysis
 * @param estimate the estimate, once the analysis has one
 * @param identification the identification on the graph (empty without a graph)
 * @param outcomeSupport an interval stated to contain every outcome value, if given
 */
public record AnalysisContext(Dataset data, Optional<CausalGraph> graph, String treatment, String outcome,
        List<String> adjustmentSet, AdjustmentRule adjustmentRule, long seed, Optional<Estimate> estimate,
        Optional<Identification> identification, Optional<OutcomeSupport> outcomeSupport) {

    /** Validates and copies. */
    public AnalysisContext {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(treatment, "treatment");
        Objects.requireNonNull(outcome, "outcome");
        adjustmentSet = List.copyOf(adjustmentSet);
        Objects.requireNonNull(adjustmentRule, "adjustmentRule");
        Objects.requireNonNull(estimate, "estimate");
        Objects.requireNonNull(identification, "identification");
        Objects.requireNonNull(outcomeSupport, "outcomeSupport");
    }

    /**
     * A context without identification or outcome support (for steps run outside a graph analysis).
     *
     * @param data the data
     * @param graph the graph, if any
     * @param treatment the treatment
     * @param outcome the outcome
     * @param adjustmentSet the covariates
     * @param adjustmentRule how they were chosen
     * @param seed the seed
     * @param estimate the estimate, if any
     */
    public AnalysisContext(Dataset data, Optional<CausalGraph> graph, String treatment, String outcome,
            List<String> adjustmentSet, AdjustmentRule adjustmentRule, long seed, Optional<Estimate> estimate) {
        this(data, graph, treatment, outcome, adjustmentSet, adjustmentRule, seed, estimate, Optional.empty(),
                Optional.empty());
    }

    /**
     * @param e the estimate
     * @return this context with the estimate set
     */
    public AnalysisContext withEstimate(Estimate e) {
        return new AnalysisContext(data, graph, treatment, outcome, adjustmentSet, adjustmentRule, seed,
                Optional.of(Objects.requireNonNull(e, "estimate")), identification, outcomeSupport);
    }

    /**
     * @return with a graph, whether it identifies the effect nonparametrically (back-door, front-door
     *     or ID formula); without one, whether covariates were given (the user's claim that they
     *     suffice); false for an analysis with neither
     */
    public boolean identified() {
        return identification.map(Identification::identifiable).orElse(adjustmentRule == AdjustmentRule.USER_SPECIFIED);
    }
}
