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
package io.github.causal4j.estimate.analysis;

import io.github.causal4j.data.Column;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.data.NumericColumn;
import io.github.causal4j.estimate.AnalysisContext;
import io.github.causal4j.estimate.BootstrapListener;
import io.github.causal4j.estimate.EffectEstimator;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.Estimators;
import io.github.causal4j.estimate.IdentifiedEffect;
import io.github.causal4j.estimate.iv.InstrumentalVariables;
import io.github.causal4j.estimate.iv.IvModel;
import io.github.causal4j.estimate.proximal.ProximalEstimator;
import io.github.causal4j.estimate.proximal.ProximalModel;
import io.github.causal4j.identify.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which estimators an analysis runs, from the strategy identification chose (covariates the user
 * gives are the adjustment set of a back-door strategy, and extra controls of an instrument
 * strategy; the graph decides the strategy):
 * <ul>
 *   <li>back-door adjustment (or no graph: the covariates given, or none): OLS regression
 *       adjustment (primary), and with a binary treatment IPW, AIPW and propensity-score matching;</li>
 *   <li>front-door or ID formula: the plug-in average effect on discrete data with a bootstrap
 *       interval ({@link PluginEffect});</li>
 *   <li>an instrument: 2SLS (primary, with first-stage, over-identification, endogeneity and
 *       Anderson–Rubin diagnostics) and LIML, with naive OLS on the instrument's covariates for comparison;</li>
 *   <li>proxies: proximal 2SLS (primary) and, with a binary treatment, POR and PDR, with naive OLS on
 *       the proxies' covariates for comparison;</li>
 *   <li>nothing identifies the effect: no estimate (bounds take over).</li>
 * </ul>
 * The refutation tests re-run the primary estimator when it is an {@link EffectEstimator}; the
 * placebo-treatment test only for back-door adjustment (see {@link RefutationTarget}).
 */
final class EstimationPlan {

    /**
     * One method to run.
     *
     * @param propensity whether it fits the propensity model of the adjustment set (IPW, AIPW, matching
     *     share it: when it fails for one, it fails for all, and the pipeline does not refit it)
     */
    record Planned(String method, String label, MethodEstimate.Role role, Function<BootstrapListener, Estimate> run,
            int work, boolean propensity) {

        Planned(String method, String label, MethodEstimate.Role role, Function<BootstrapListener, Estimate> run,
                int work) {
            this(method, label, role, run, work, false);
        }
    }

    /**
     * The estimator the refuters re-run, with the covariates they pass it.
     *
     * @param placebo whether the placebo-treatment test applies: not for instruments and proxies,
     *     where a permuted treatment loses its relation to the instrument (or treatment proxy) and the
     *     re-estimates are those of an unidentified model, not of a null effect
     */
    record RefutationTarget(EffectEstimator estimator, List<String> covariates, boolean placebo) {
    }

    final List<Planned> methods;
    final Optional<RefutationTarget> refutationTarget;
    final String summary;

    private EstimationPlan(List<Planned> methods, Optional<RefutationTarget> refutationTarget, String summary) {
        this.methods = List.copyOf(methods);
        this.refutationTarget = refutationTarget;
        this.summary = summary;
    }

    static EstimationPlan of(IdentifiedEffect identified, RunOptions options) {
        AnalysisContext c = identified.context();
        Optional<Strategy> strategy = identified.strategy();
        String kind = strategy.map(Strategy::kind).orElse("none");
        if (c.graph().isEmpty() || kind.equals("backdoor")) {
            return backdoor(c);
        }
        if (kind.equals("frontdoor") || kind.equals("id")) {
            PluginEffect plugin = new PluginEffect(c.graph().orElseThrow(), strategy.get().estimand(), c.treatment(),
                    c.outcome());
            Planned p = new Planned(plugin.method(), "plug-in " + (kind.equals("id") ? "ID formula" : "front-door formula")
                    + " (bootstrap BCa interval)", MethodEstimate.Role.PRIMARY,
                    l -> plugin.estimate(c.data(), options.bootstrapReplicates(), c.seed(), l),
                    PluginEffect.work(c.data(), options.bootstrapReplicates()));
            return new EstimationPlan(List.of(p), Optional.empty(), "the " + kind + " formula, evaluated by plug-in frequencies");
        }
        if (kind.equals("iv")) {
            return instrumental(c, identified.instrumentalModel().orElseThrow());
        }
        if (kind.equals("proximal")) {
            return proximal(c, identified.proximalModel().orElseThrow());
        }
        return new EstimationPlan(List.of(), Optional.empty(), "no strategy identifies the effect: no point estimate");
    }

    private static EstimationPlan backdoor(AnalysisContext c) {
        List<String> z = c.adjustmentSet();
        List<Planned> methods = new ArrayList<>();
        methods.add(fixed("ols", "OLS regression adjustment", MethodEstimate.Role.PRIMARY, Estimators.ols(), c, z));
        if (binary(c.data(), c.treatment())) {
            methods.add(propensity(fixed("ipw", "inverse probability weighting (Hájek)", MethodEstimate.Role.ALTERNATIVE,
                    Estimators.ipw(), c, z)));
            methods.add(propensity(fixed("aipw", "augmented IPW (doubly robust)", MethodEstimate.Role.ALTERNATIVE,
                    Estimators.aipw(), c, z)));
            methods.add(propensity(fixed("matching", "propensity-score matching (ATT)", MethodEstimate.Role.ALTERNATIVE,
                    Estimators.matching(), c, z)));
        }
        return new EstimationPlan(methods, Optional.of(new RefutationTarget(Estimators.ols(), z, true)),
                "back-door adjustment for " + z);
    }

    private static EstimationPlan instrumental(AnalysisContext c, IvModel model) {
        List<Planned> methods = new ArrayList<>();
        InstrumentalVariables tsls = InstrumentalVariables.twoStageLeastSquares().withInstruments(model.instruments());
        methods.add(new Planned("2sls", "two-stage least squares, instruments " + model.instruments(),
                MethodEstimate.Role.PRIMARY, l -> tsls.fit(c.data(), model).toEstimate(), 1));
        InstrumentalVariables liml = InstrumentalVariables.liml().withInstruments(model.instruments());
        methods.add(new Planned("liml", "limited-information maximum likelihood", MethodEstimate.Role.ALTERNATIVE,
                l -> liml.fit(c.data(), model).toEstimate(), 1));
        methods.add(fixed("ols", "naive OLS on " + model.covariates() + " (biased under the graph; for comparison)",
                MethodEstimate.Role.COMPARISON, Estimators.ols(), c, model.covariates()));
        return new EstimationPlan(methods, Optional.of(new RefutationTarget(tsls, model.covariates(), false)),
                "instrumental variables " + model.instruments() + given(model.covariates()));
    }

    private static EstimationPlan proximal(AnalysisContext c, ProximalModel model) {
        List<Planned> methods = new ArrayList<>();
        ProximalEstimator p2sls = ProximalEstimator.p2sls().withProxies(model.treatmentProxies(), model.outcomeProxies());
        methods.add(new Planned("p2sls", "proximal two-stage least squares", MethodEstimate.Role.PRIMARY,
                l -> p2sls.estimate(c.data(), model), 1));
        if (binary(c.data(), c.treatment())) {
            methods.add(new Planned("por", "proximal outcome regression", MethodEstimate.Role.ALTERNATIVE,
                    l -> ProximalEstimator.por().estimate(c.data(), model), 1));
            methods.add(new Planned("pdr", "proximal doubly robust", MethodEstimate.Role.ALTERNATIVE,
                    l -> ProximalEstimator.pdr().estimate(c.data(), model), 1));
        }
        methods.add(fixed("ols", "naive OLS on " + model.covariates() + " (biased under the graph; for comparison)",
                MethodEstimate.Role.COMPARISON, Estimators.ols(), c, model.covariates()));
        return new EstimationPlan(methods, Optional.of(new RefutationTarget(p2sls, model.covariates(), false)),
                "proximal inference with treatment proxies " + model.treatmentProxies() + " and outcome proxies "
                        + model.outcomeProxies() + given(model.covariates()));
    }

    private static Planned fixed(String method, String label, MethodEstimate.Role role, EffectEstimator e,
            AnalysisContext c, List<String> covariates) {
        return new Planned(method, label, role, l -> e.estimate(c.data(), c.treatment(), c.outcome(), covariates), 1);
    }

    private static Planned propensity(Planned p) {
        return new Planned(p.method(), p.label(), p.role(), p.run(), p.work(), true);
    }

    static boolean binary(Dataset data, String column) {
        Column c = data.column(column);
        return c instanceof NumericColumn n && n.isBinary();
    }

    /** @return {@code " given [x, z]"}, or nothing for no covariates */
    private static String given(List<String> covariates) {
        return covariates.isEmpty() ? "" : " given " + covariates;
    }
}
