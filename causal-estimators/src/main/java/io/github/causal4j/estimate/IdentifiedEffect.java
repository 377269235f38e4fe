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

import io.github.causal4j.CausalException;
import io.github.causal4j.estimate.iv.InstrumentalVariables;
import io.github.causal4j.estimate.iv.IvModel;
import io.github.causal4j.estimate.proximal.ProximalEstimator;
import io.github.causal4j.estimate.proximal.ProximalModel;
import io.github.causal4j.identify.Identification;
import io.github.causal4j.identify.Strategy;
import io.github.causal4j.result.Provenance;
import io.github.causal4j.result.Report;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The identification stage of a {@link CausalAnalysis}: the full {@link Identification} of the
 * effect on the graph (every strategy, the one recommended and why, or the proof that the graph
 * does not identify it), the adjustment set chosen and the rule that chose it, and warnings (given
 * covariates that fail the adjustment criterion, no causal path).
 *
 * <p>{@link #estimate(EffectEstimator)} runs an estimator on this identification: back-door
 * estimators with the adjustment set (refused, with the reason, when the graph has no valid set);
 * an {@link InstrumentalVariables} estimator without instruments with the instruments
 * identification found ({@link #instrumentalModel()}); a {@link ProximalEstimator} without proxies
 * with the proxies found ({@link #proximalModel()}).
 */
public final class IdentifiedEffect {

    private final AnalysisContext context;
    private final String explanation;
    private final List<String> warnings;
    private final Provenance provenance;

    IdentifiedEffect(AnalysisContext context, String explanation, List<String> warnings, String dataSha256) {
        this.context = context;
        this.explanation = explanation;
        this.warnings = List.copyOf(warnings);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("treatment", context.treatment());
        settings.put("outcome", context.outcome());
        settings.put("adjustment_rule", context.adjustmentRule().label());
        settings.put("adjustment_set", String.join(",", context.adjustmentSet()));
        context.identification().ifPresent(id -> settings.put("strategy",
                id.recommended().map(Strategy::kind).orElse("none")));
        this.provenance = Provenance.of(dataSha256, context.data().rowCount(), "identify", settings,
                OptionalLong.of(context.seed()));
    }

    /** @return the analysis context (data, graph, variables, adjustment set, identification, seed) */
    public AnalysisContext context() {
        return context;
    }

    /** @return the identification on the graph: every strategy, the recommended one and why (empty without a graph) */
    public Optional<Identification> identification() {
        return context.identification();
    }

    /** @return the strategy identification recommends, if the analysis has a graph and one applies */
    public Optional<Strategy> strategy() {
        return context.identification().flatMap(Identification::recommended);
    }

    /** @return see {@link AnalysisContext#identified()} */
    public boolean identified() {
        return context.identified();
    }

    /** @return the covariates to adjust for (empty under {@link AdjustmentRule#NO_VALID_SET}) */
    public List<String> adjustmentSet() {
        return context.adjustmentSet();
    }

    /** @return how the set was chosen */
    public AdjustmentRule adjustmentRule() {
        return context.adjustmentRule();
    }

    /** @return why the set is (or is taken to be) valid, or why there is none */
    public String explanation() {
        return explanation;
    }

    /** @return identification warnings */
    public List<String> warnings() {
        return warnings;
    }

    /** @return data digest, seed, versions and the choice made */
    public Provenance provenance() {
        return provenance;
    }

    /**
     * @return the instrumental-variable model of identification's instrument strategy (all
     *     instruments with the recommended conditioning set; covariates: that set, then the covariates
     *     given), if the graph offers an instrument
     */
    public Optional<IvModel> instrumentalModel() {
        List<String> extra = context.adjustmentRule() == AdjustmentRule.USER_SPECIFIED ? context.adjustmentSet() : List.of();
        return context.identification().flatMap(id -> StrategyModels.instrumental(id, context.treatment(),
                context.outcome(), extra));
    }

    /** @return the proximal model of identification's proxy strategy, if the graph offers proxies */
    public Optional<ProximalModel> proximalModel() {
        return context.identification().flatMap(id -> StrategyModels.proximal(id, context.treatment(), context.outcome()));
    }

    /**
     * Estimates the effect (see the class description for how each kind of estimator is run).
     *
     * @param estimator the estimator
     * @return the effect estimated on this identification
     * @throws CausalException for a back-door estimator when the graph has no valid adjustment set,
     *     or an IV/proximal estimator without instruments/proxies when the graph offers none
     */
    public EstimatedEffect estimate(EffectEstimator estimator) {
        Objects.requireNonNull(estimator, "estimator");
        Estimate e;
        if (estimator instanceof InstrumentalVariables iv && iv.instruments().isEmpty()) {
            IvModel model = instrumentalModel().orElseThrow(() -> new CausalException("the graph offers no instrument for '"
                    + context.treatment() + "' -> '" + context.outcome() + "'; give them with withInstruments(...)"));
            e = iv.fit(context.data(), model).toEstimate();
        } else if (estimator instanceof ProximalEstimator p && p.treatmentProxies().isEmpty()) {
            ProximalModel model = proximalModel().orElseThrow(() -> new CausalException("the graph offers no proxies for '"
                    + context.treatment() + "' -> '" + context.outcome() + "'; give them with withProxies(z, w)"));
            e = p.estimate(context.data(), model);
        } else {
            if (context.adjustmentRule() == AdjustmentRule.NO_VALID_SET && !(estimator instanceof InstrumentalVariables)
                    && !(estimator instanceof ProximalEstimator)) {
                throw new CausalException("'" + estimator.method() + "' adjusts for covariates, but " + explanation);
            }
            e = estimator.apply(context);
        }
        return new EstimatedEffect(this, estimator, e.withWarnings(warnings));
    }

    /**
     * Runs any analysis step on this stage's context.
     *
     * @param step the step
     * @param <R> its result
     * @return the result
     */
    public <R> R apply(AnalysisStep<R> step) {
        return Objects.requireNonNull(step, "step").apply(context);
    }

    /**
     * Runs a partial-identification bounds stage (e.g. the bounds module's {@code BoundsStep}): it
     * reads from the context whether the effect is identified and what the graph and data allow.
     *
     * @param step the bounds stage
     * @param <R> its result type
     * @return its result
     */
    public <R> R bounds(AnalysisStep<R> step) {
        return apply(step);
    }

    /** @return the identification (strategies, recommendation, reason), the adjustment set, the rule and the warnings */
    public Report report() {
        StringBuilder text = new StringBuilder("Effect of " + context.treatment() + " on " + context.outcome() + "\n");
        StringBuilder md = new StringBuilder("**Identification** of the effect of `" + context.treatment() + "` on `"
                + context.outcome() + "`\n\n");
        context.identification().ifPresent(id -> {
            if (!id.identifiable()) {
                text.append("  NOT IDENTIFIED by the graph: ").append(id.reason()).append('\n');
                md.append("> **Not identified** by the graph: ").append(id.reason()).append("\n\n");
            }
            text.append(id.report().text().indent(2));
            md.append(id.report().markdown()).append('\n');
        });
        text.append("  adjustment set: ").append(context.adjustmentSet()).append("\n  rule: ")
                .append(context.adjustmentRule()).append(" - ").append(explanation);
        md.append("- adjustment set: ").append(context.adjustmentSet()).append("\n- rule: ").append(context.adjustmentRule())
                .append(" — ").append(explanation).append('\n');
        if (!warnings.isEmpty()) {
            text.append("\n  warnings: ").append(String.join("; ", warnings));
            md.append("- warnings: ").append(String.join("; ", warnings)).append('\n');
        }
        return new Report(text.toString(), md.toString());
    }

    /** @return e.g. {@code "IdentifiedEffect[treat -> re78 adjusting for [age, educ] (OPTIMAL)]"} */
    @Override
    public String toString() {
        return "IdentifiedEffect[" + context.treatment() + " -> " + context.outcome()
                + (context.identified() ? "" : " NOT IDENTIFIED by the graph")
                + strategy().map(s -> ", strategy " + s.kind()).orElse("") + ", adjusting for " + context.adjustmentSet()
                + " (" + context.adjustmentRule() + ")" + (warnings.isEmpty() ? "" : ", " + warnings.size() + " warning(s)")
                + "]";
    }
}
