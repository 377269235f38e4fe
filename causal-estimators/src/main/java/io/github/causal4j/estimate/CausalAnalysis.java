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
import io.github.causal4j.estimate.analysis.AnalysisPipeline;
import io.github.causal4j.estimate.analysis.AnalysisResult;
import io.github.causal4j.estimate.analysis.RunOptions;
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
 * <p><b>Identification.</b> {@link #identify()} identifies the effect on the graph with
 * {@link io.github.causal4j.identify.Identification#of}: every strategy (back-door with the optimal
 * O-set, front-door, the ID formula, conditional instruments, proxies), the one recommended and why,
 * or the witness that the graph does not identify the effect. The adjustment set is the back-door
 * strategy's; covariates given with {@link #adjustingFor(List)} replace it and are checked with the
 * generalized adjustment criterion (a warning gives the reason when they fail it). Without a graph
 * the given covariates are taken as they are.
 *
 * <p><b>The whole analysis.</b> {@link #run()} goes from data and graph to identification,
 * estimates by every applicable method, refutations, implied-independence tests, sensitivity and
 * bounds, in one immutable {@link AnalysisResult} with JSON, Markdown and HTML forms:
 *
 * <pre>{@code
 * AnalysisResult r = CausalAnalysis.of(darfur, graph).treatment("directlyharmed").outcome("peacefactor").seed(1).run();
 * Files.writeString(Path.of("report.html"), r.toHtml());
 * }</pre>
 *
 * <p><b>Extension.</b> Stages that live in modules above the estimators (sensitivity analysis,
 * bounds) are {@link AnalysisStep}s: {@code identified.apply(step)}, {@code identified.bounds(step)},
 * {@code estimated.sensitivity(step)} run them on the analysis context; {@link #run()} finds the
 * default ones through {@link io.github.causal4j.estimate.analysis.AnalysisContributor}.
 */
public final class CausalAnalysis {

    private final Dataset data;
    private final Optional<CausalGraph> graph;
    private final String treatment;
    private final String outcome;
    private final Optional<List<String>> covariates;
    private final long seed;
    private final Optional<OutcomeSupport> outcomeSupport;

    private CausalAnalysis(Dataset data, Optional<CausalGraph> graph, String treatment, String outcome,
            Optional<List<String>> covariates, long seed, Optional<OutcomeSupport> outcomeSupport) {
        this.data = data;
        this.graph = graph;
        this.treatment = treatment;
        this.outcome = outcome;
        this.covariates = covariates;
        this.seed = seed;
        this.outcomeSupport = outcomeSupport;
    }

    /**
     * @param data the data
     * @param graph the causal graph over (some of) the data's columns
     * @return an analysis to configure
     */
    public static CausalAnalysis of(Dataset data, CausalGraph graph) {
        return new CausalAnalysis(Objects.requireNonNull(data, "data"), Optional.of(Objects.requireNonNull(graph, "graph")),
                null, null, Optional.empty(), 0L, Optional.empty());
    }

    /**
     * An analysis without a graph: the covariates must be given with {@link #adjustingFor(List)}
     * (otherwise the effect is estimated without adjustment, with a warning).
     *
     * @param data the data
     * @return an analysis to configure
     */
    public static CausalAnalysis of(Dataset data) {
        return new CausalAnalysis(Objects.requireNonNull(data, "data"), Optional.empty(), null, null, Optional.empty(), 0L, Optional.empty());
    }

    /**
     * @param name the treatment column
     * @return a copy with that treatment
     */
    public CausalAnalysis treatment(String name) {
        data.column(Objects.requireNonNull(name, "name"));
        return new CausalAnalysis(data, graph, name, outcome, covariates, seed, outcomeSupport);
    }

    /**
     * @param name the outcome column
     * @return a copy with that outcome
     */
    public CausalAnalysis outcome(String name) {
        data.column(Objects.requireNonNull(name, "name"));
        return new CausalAnalysis(data, graph, treatment, name, covariates, seed, outcomeSupport);
    }

    /**
     * @param names the covariates to adjust for (replaces the graph-based choice)
     * @return a copy adjusting for them
     */
    public CausalAnalysis adjustingFor(List<String> names) {
        for (String n : names) {
            data.column(Objects.requireNonNull(n, "covariate"));
        }
        return new CausalAnalysis(data, graph, treatment, outcome, Optional.of(List.copyOf(names)), seed, outcomeSupport);
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
        return new CausalAnalysis(data, graph, treatment, outcome, covariates, value, outcomeSupport);
    }

    /**
     * States the interval every outcome value lies in, for bounds when the effect is not identified
     * (Manski 1990); a binary outcome needs none.
     *
     * @param lower the smallest possible outcome
     * @param upper the largest possible outcome
     * @return a copy with that assumption
     */
    public CausalAnalysis outcomeSupport(double lower, double upper) {
        return new CausalAnalysis(data, graph, treatment, outcome, covariates, seed,
                Optional.of(new OutcomeSupport(lower, upper)));
    }

    /**
     * Identifies the effect on the graph and chooses the adjustment set (see the class description).
     *
     * @return the identified effect; when the graph does not identify it, {@link IdentifiedEffect#identified()} is false
     *     and its identification says why
     * @throws IllegalStateException if treatment or outcome is not set
     * @throws IllegalArgumentException if the treatment or outcome is not in the graph or is marked latent, or a graph
     *     node that is not latent is not a column of the data
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
                Optional.empty(), choice.identification, outcomeSupport);
        return new IdentifiedEffect(context, choice.explanation, choice.warnings, data.sha256());
    }

    /**
     * The whole analysis with the default options ({@link RunOptions#defaults()}).
     *
     * @return identification, estimates, refutations, tests, sensitivity and bounds
     * @see #run(RunOptions)
     */
    public AnalysisResult run() {
        return run(RunOptions.defaults());
    }

    /**
     * The whole analysis: identification (every strategy, the one chosen and why), estimates by the
     * methods the strategy allows side by side, refutations of the primary estimate, the graph's
     * testable implications checked against the data, the contributions of the modules on the class
     * path (sensitivity, bounds) and the warnings, as one immutable value. See {@link AnalysisResult}.
     *
     * @param options simulations, bootstrap replicates, test level, progress listener
     * @return the result
     */
    public AnalysisResult run(RunOptions options) {
        return AnalysisPipeline.run(identify(), Objects.requireNonNull(options, "options"));
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
                + covariates.map(c -> ", adjusting for " + c).orElse("") + outcomeSupport.map(r -> ", outcome in " + r)
                .orElse("") + ", seed " + seed + "]";
    }
}
