package io.github.causal4j.estimate;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.graph.CausalGraph;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link AnalysisStep} gets from a {@link CausalAnalysis}: the data, the graph (if any),
 * treatment and outcome, the adjustment set and the rule that chose it, the analysis seed and,
 * after estimation, the estimate.
 *
 * @param data the data
 * @param graph the causal graph, if the analysis has one
 * @param treatment the treatment variable
 * @param outcome the outcome variable
 * @param adjustmentSet the covariates to adjust for (a valid back-door set under the stated rule)
 * @param adjustmentRule how the adjustment set was chosen
 * @param seed the seed for every random step of the analysis
 * @param estimate the estimate, once the analysis has one
 */
public record AnalysisContext(Dataset data, Optional<CausalGraph> graph, String treatment, String outcome,
        List<String> adjustmentSet, AdjustmentRule adjustmentRule, long seed, Optional<Estimate> estimate) {

    /** Validates and copies. */
    public AnalysisContext {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(treatment, "treatment");
        Objects.requireNonNull(outcome, "outcome");
        adjustmentSet = List.copyOf(adjustmentSet);
        Objects.requireNonNull(adjustmentRule, "adjustmentRule");
        Objects.requireNonNull(estimate, "estimate");
    }

    /**
     * @param e the estimate
     * @return this context with the estimate set
     */
    public AnalysisContext withEstimate(Estimate e) {
        return new AnalysisContext(data, graph, treatment, outcome, adjustmentSet, adjustmentRule, seed, Optional.of(e));
    }
}
