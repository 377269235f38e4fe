package io.github.causal4j.estimate;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.graph.CausalGraph;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The fluent entry point of an analysis: data and graph, then treatment and outcome, then
 * {@link #identify()}, {@link IdentifiedEffect#estimate(EffectEstimator)} and
 * {@link EstimatedEffect#refute(io.github.causal4j.estimate.refute.Refuter...)}. Every stage is an
 * immutable value with its provenance (data digest, seed, versions), so an analysis can be kept,
 * reported and re-run.
 *
 * <pre>{@code
 * EstimatedEffect e = CausalAnalysis.of(data, graph).treatment("treat").outcome("re78").seed(42)
 *         .identify()
 *         .estimate(Estimators.aipw());
 * RefutedEffect r = e.refute(Refuter.placeboTreatment(), Refuter.dataSubset());
 * System.out.println(r.report());
 * }</pre>
 *
 * <p><b>Identification.</b> Until the identification module's adjustment sets are wired in,
 * {@link #identify()} uses the covariates given with {@link #adjustingFor(List)} (checked against
 * the back-door criterion when there is a graph, with a warning if they fail it) or, without
 * them, the observed parents of the treatment — valid when the treatment has no bidirected
 * (latent-confounding) edge and all its parents are measured ({@link AdjustmentRule}). The rule
 * used is part of the result.
 *
 * <p><b>Extension.</b> Stages that live in modules above the estimators (sensitivity analysis,
 * bounds) are {@link AnalysisStep}s: {@code identified.apply(step)}, {@code estimated.sensitivity(step)}
 * and {@code estimated.bounds(step)} run them on the analysis context.
 */
public final class CausalAnalysis {

    private final Dataset data;
    private final Optional<CausalGraph> graph;
    private final String treatment;
    private final String outcome;
    private final Optional<List<String>> covariates;
    private final long seed;

    private CausalAnalysis(Dataset data, Optional<CausalGraph> graph, String treatment, String outcome,
            Optional<List<String>> covariates, long seed) {
        this.data = data;
        this.graph = graph;
        this.treatment = treatment;
        this.outcome = outcome;
        this.covariates = covariates;
        this.seed = seed;
    }

    /**
     * @param data the data
     * @param graph the causal graph over (some of) the data's columns
     * @return an analysis to configure
     */
    public static CausalAnalysis of(Dataset data, CausalGraph graph) {
        return new CausalAnalysis(Objects.requireNonNull(data, "data"), Optional.of(Objects.requireNonNull(graph, "graph")),
                null, null, Optional.empty(), 0L);
    }

    /**
     * An analysis without a graph: the covariates must be given with {@link #adjustingFor(List)}
     * (otherwise the effect is estimated without adjustment, with a warning).
     *
     * @param data the data
     * @return an analysis to configure
     */
    public static CausalAnalysis of(Dataset data) {
        return new CausalAnalysis(Objects.requireNonNull(data, "data"), Optional.empty(), null, null, Optional.empty(), 0L);
    }

    /**
     * @param name the treatment column
     * @return a copy with that treatment
     */
    public CausalAnalysis treatment(String name) {
        data.column(Objects.requireNonNull(name, "name"));
        return new CausalAnalysis(data, graph, name, outcome, covariates, seed);
    }

    /**
     * @param name the outcome column
     * @return a copy with that outcome
     */
    public CausalAnalysis outcome(String name) {
        data.column(Objects.requireNonNull(name, "name"));
        return new CausalAnalysis(data, graph, treatment, name, covariates, seed);
    }

    /**
     * @param names the covariates to adjust for (replaces the graph-based choice)
     * @return a copy adjusting for them
     */
    public CausalAnalysis adjustingFor(List<String> names) {
        for (String n : names) {
            data.column(Objects.requireNonNull(n, "covariate"));
        }
        return new CausalAnalysis(data, graph, treatment, outcome, Optional.of(List.copyOf(names)), seed);
    }

    /**
     * @param names the covariates to adjust for
     * @return a copy adjusting for them
     */
    public CausalAnalysis adjustingFor(String... names) {
        return adjustingFor(List.of(names));
    }

    /**
     * @param value the seed of every random step of the analysis (refutations)
     * @return a copy using it
     */
    public CausalAnalysis seed(long value) {
        return new CausalAnalysis(data, graph, treatment, outcome, covariates, value);
    }

    /**
     * Chooses the adjustment set (see the class description).
     *
     * @return the identified effect
     * @throws IllegalStateException if treatment or outcome is not set
     * @throws io.github.causal4j.CausalException if the parents of the treatment are not a valid, observed adjustment set
     */
    public IdentifiedEffect identify() {
        if (treatment == null || outcome == null) {
            throw new IllegalStateException("set the treatment and the outcome before identifying");
        }
        if (treatment.equals(outcome)) {
            throw new IllegalArgumentException("treatment and outcome are the same column '" + treatment + "'");
        }
        AdjustmentChoice choice = AdjustmentChoice.choose(data, graph, treatment, outcome, covariates);
        AnalysisContext context = new AnalysisContext(data, graph, treatment, outcome, choice.set, choice.rule, seed,
                Optional.empty());
        return new IdentifiedEffect(context, choice.explanation, choice.warnings, data.sha256());
    }

    /**
     * Shortcut for {@code identify().estimate(estimator)}.
     *
     * @param estimator the estimator
     * @return the estimated effect
     */
    public EstimatedEffect estimate(EffectEstimator estimator) {
        return identify().estimate(estimator);
    }

    /** @return e.g. {@code "CausalAnalysis[treat -> re78, 614 rows, graph with 10 nodes]"} */
    @Override
    public String toString() {
        return "CausalAnalysis[" + treatment + " -> " + outcome + ", " + data.rowCount() + " rows, "
                + graph.map(g -> "graph with " + g.nodeCount() + " nodes").orElse("no graph")
                + covariates.map(c -> ", adjusting for " + c).orElse("") + ", seed " + seed + "]";
    }
}
