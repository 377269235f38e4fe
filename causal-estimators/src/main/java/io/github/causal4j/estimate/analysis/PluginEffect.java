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

import io.github.causal4j.CausalException;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.AverageEffect;
import io.github.causal4j.estimate.Bootstrap;
import io.github.causal4j.estimate.BootstrapListener;
import io.github.causal4j.estimate.BootstrapResult;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.identify.DiscreteData;
import io.github.causal4j.identify.Estimand;
import io.github.causal4j.identify.PluginEvaluation;
import io.github.causal4j.result.Provenance;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The average effect of a two-valued treatment on a numeric discrete outcome from an identified
 * formula evaluated by plug-in frequencies: {@code ATE = Σ_y y [P(y | do(x1)) − P(y | do(x0))]},
 * with {@code x0 < x1} the treatment's two values. A front-door strategy evaluates its own formula,
 * {@code Σ_m P(m | x) Σ_x' P(y | x', m) P(x')} (Pearl 1995); an ID strategy evaluates the formula of
 * the ID algorithm ({@link PluginEvaluation}). The standard error and BCa interval come from the
 * nonparametric bootstrap over rows ({@link Bootstrap}); the p-value is the normal one with that
 * standard error.
 */
final class PluginEffect {

    private final CausalGraph graph;
    private final Estimand estimand;
    private final String treatment;
    private final String outcome;

    PluginEffect(CausalGraph graph, Estimand estimand, String treatment, String outcome) {
        this.graph = graph;
        this.estimand = estimand;
        this.treatment = treatment;
        this.outcome = outcome;
    }

    /** @return {@code "plugin-frontdoor"} or {@code "plugin-id"} */
    String method() {
        return "plugin-" + estimand.kind();
    }

    /** The point estimate on a data set. */
    double effect(Dataset data) {
        DiscreteData d = DiscreteData.of(data);
        List<String> xs = d.values(treatment);
        if (xs.size() != 2) {
            throw new IllegalArgumentException("the plug-in average effect needs a treatment with two values; '" + treatment
                    + "' has " + xs.size() + " " + xs);
        }
        double effect = 0;
        for (String y : d.values(outcome)) {
            double value;
            try {
                value = Double.parseDouble(y);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the plug-in average effect needs a numeric outcome; '" + outcome
                        + "' has the value '" + y + "'");
            }
            effect += value * (probability(d, y, xs.get(1)) - probability(d, y, xs.get(0)));
        }
        return effect;
    }

    private double probability(DiscreteData d, String y, String x) {
        if (estimand instanceof Estimand.Frontdoor f) {
            return d.evaluate(f.formula().orElseThrow(), Map.of(outcome, y, treatment, x));
        }
        return PluginEvaluation.evaluate(graph, d, Map.of(outcome, y), Map.of(treatment, x), Map.of()).value();
    }

    /**
     * @param data the data
     * @param replicates bootstrap replicates
     * @param seed bootstrap seed
     * @param listener progress of the replicates and jackknife fits
     * @return the estimate with the bootstrap standard error and BCa interval
     */
    Estimate estimate(Dataset data, int replicates, long seed, BootstrapListener listener) {
        Bootstrap bootstrap = Bootstrap.replicates(replicates).withSeed(seed).withJackknifeGroups(jackknifeGroups(data))
                .withListener(listener);
        BootstrapResult b = bootstrap.run(data, this::effect);
        if (!(b.stdError() >= 0) || !Double.isFinite(b.bcaLower()) || !Double.isFinite(b.bcaUpper())) {
            throw new CausalException("the bootstrap of the plug-in effect gave no finite interval");
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("formula", estimand.toText());
        settings.put("bootstrap_replicates", Integer.toString(replicates));
        settings.put("interval", "bca");
        Map<String, Double> diagnostics = new LinkedHashMap<>();
        diagnostics.put("bootstrap_replicates", (double) replicates);
        diagnostics.put("bootstrap_failures", (double) b.failures());
        diagnostics.put("bootstrap_bias", b.bias());
        return Estimate.builder(method(), AverageEffect.ATE).variables(treatment, outcome).value(b.statistic(), b.stdError())
                .interval(b.bcaLower(), b.bcaUpper()).confidenceLevel(b.confidenceLevel()).n(data.rowCount())
                .diagnostics(diagnostics).warnings(b.warnings())
                .provenance(Provenance.of(data.sha256(), data.rowCount(), method(), settings, OptionalLong.of(seed)))
                .build();
    }

    /** @return the fits the bootstrap makes: replicates plus jackknife groups */
    static int work(Dataset data, int replicates) {
        return replicates + jackknifeGroups(data);
    }

    private static int jackknifeGroups(Dataset data) {
        return Math.max(2, Math.min(data.rowCount(), 100));
    }
}
