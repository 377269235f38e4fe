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
package io.github.causal4j.estimate.proximal;

import io.github.causal4j.CausalException;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.data.NumericColumn;
import io.github.causal4j.estimate.AverageEffect;
import io.github.causal4j.estimate.DesignMatrix;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.LinearRegression;
import io.github.causal4j.estimate.internal.Formatting;
import io.github.causal4j.estimate.internal.MEstimationSandwich;
import io.github.causal4j.estimate.internal.MomentEquationSolver;
import io.github.causal4j.estimate.internal.Provenances;
import io.github.causal4j.estimate.stats.RowPasses;
import io.github.causal4j.estimate.iv.InstrumentalVariables;
import io.github.causal4j.estimate.iv.IvFit;
import io.github.causal4j.estimate.iv.IvModel;
import io.github.causal4j.result.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * POR, PIPW and PDR for a binary treatment (Cui, Pu, Shi, Miao &amp; Tchetgen Tchetgen 2023, JASA
 * 119:1348, sec. 3–4, with the parametric bridges of their simulations): the outcome bridge
 * {@code h = b'k} by the IV estimating equations {@code sum k^_i (Y_i - b'k_i) = 0}
 * ({@code k^ = } the projection of {@code k = (1, W, A, X)} on {@code g = (1, Z, A, X)}, i.e. 2SLS;
 * with as many Z as W these are {@code sum g_i (Y_i - b'k_i) = 0}), the treatment bridge
 * {@code q = 1 + exp(s t'g)} by Newton on {@code sum [s q (1, W, X); A q - 1] = 0}, and the effect.
 * The standard error is the stacked M-estimation sandwich of all three blocks.
 *
 * <p>A property of these linear spans: since {@code h} is linear in {@code (W, A, X)} and the
 * treatment-bridge equations contain {@code s q (1, W, X)} and {@code A q - 1},
 * {@code mean(s q h) = b_A} exactly, so PDR equals PIPW numerically at the solution (their
 * standard errors agree too); the doubly robust form differs from PIPW only with richer bridges.
 */
final class SemiparametricProximal {

    private SemiparametricProximal() {
    }

    static Estimate estimate(ProximalEstimator config, Dataset data, ProximalModel model) {
        ProximalMethod method = config.kind();
        NumericColumn a = data.numeric(model.treatment());
        data.requireComplete(List.of(model.treatment()));
        double[] treatment = a.toArray();
        for (int i = 0; i < treatment.length; i++) {
            if (treatment[i] != 0.0 && treatment[i] != 1.0) {
                throw new IllegalArgumentException(method.label() + " needs a binary (0/1) treatment; '" + model.treatment()
                        + "' is " + treatment[i] + " at row " + (i + 1) + " (use p2sls for a continuous treatment)");
            }
        }
        if (method != ProximalMethod.POR && model.treatmentProxies().size() != model.outcomeProxies().size()) {
            throw new IllegalArgumentException(method.label() + " solves a just-identified treatment bridge and needs as "
                    + "many treatment proxies as outcome proxies: Z = " + model.treatmentProxies() + ", W = "
                    + model.outcomeProxies());
        }
        if (model.treatmentProxies().size() < model.outcomeProxies().size()) {
            throw new IllegalArgumentException("the outcome bridge needs at least as many treatment proxies as outcome "
                    + "proxies: Z = " + model.treatmentProxies() + ", W = " + model.outcomeProxies());
        }
        List<String> columns = new ArrayList<>(List.of(model.outcome(), model.treatment()));
        columns.addAll(model.treatmentProxies());
        columns.addAll(model.outcomeProxies());
        columns.addAll(model.covariates());
        data.requireComplete(columns);
        List<String> gTerms = new ArrayList<>(model.treatmentProxies());
        gTerms.add(model.treatment());
        gTerms.addAll(model.covariates());
        List<String> kTerms = new ArrayList<>(model.outcomeProxies());
        kTerms.add(model.treatment());
        kTerms.addAll(model.covariates());
        List<String> mTerms = new ArrayList<>(model.outcomeProxies());
        mTerms.addAll(model.covariates());
        DesignMatrix gDesign = DesignMatrix.of(data, gTerms);
        DesignMatrix kDesign = DesignMatrix.of(data, kTerms);
        double[][] g = columns(gDesign);
        double[][] k = columns(kDesign);
        double[][] m = columns(DesignMatrix.of(data, mTerms));
        int aInK = 1 + model.outcomeProxies().size();
        double[] y = data.numeric(model.outcome()).toArray();
        double[] d = treatment;
        int n = y.length;
        List<String> warnings = new ArrayList<>();
        Map<String, Double> diagnostics = new LinkedHashMap<>();

        // Outcome bridge: 2SLS of Y on k with instruments g (the IV engine also gives proxy relevance).
        List<String> exogenous = new ArrayList<>();
        exogenous.add(model.treatment());
        exogenous.addAll(model.covariates());
        IvFit bridge = InstrumentalVariables.twoStageLeastSquares().withWeakInstrumentThreshold(0)
                .withParallelism(config.parallelism())
                .fit(data, new IvModel(model.outcome(), model.outcomeProxies(), model.treatmentProxies(), exogenous));
        proxyDiagnostics(bridge, model, diagnostics, warnings);
        double[] b = new double[k.length];
        List<String> kNames = kDesign.columnNames();
        for (int j = 0; j < k.length; j++) {
            b[j] = bridge.coefficient(kNames.get(j)).estimate();
        }
        double[][] kHat = k.clone();
        for (int j = 1; j <= model.outcomeProxies().size(); j++) {
            kHat[j] = LinearRegression.ols().fit(gDesign, k[j], kNames.get(j)).predict(gDesign);
        }

        double[] t = new double[0];
        double[] q = null;
        if (method != ProximalMethod.POR) {
            TreatmentBridge tb = new TreatmentBridge(g, m, d);
            MomentEquationSolver.Result r = MomentEquationSolver.solve(tb, tb.weight(), new double[g.length],
                    config.maxIterations(), config.tolerance());
            if (!r.exactRoot()) {
                throw new CausalException("no solution was found for the treatment-bridge equations of treatment proxies "
                        + model.treatmentProxies() + " and outcome proxies " + model.outcomeProxies() + " in " + r.iterations()
                        + " Newton/Levenberg-Marquardt steps (smallest largest mean moment reached "
                        + Formatting.number(r.largestMoment()) + "); with an exponential bridge this happens in finite "
                        + "samples with heavy-tailed weights, weak proxies or a misspecified bridge q = 1 + exp(+-t'(1, Z, A, "
                        + "X)). Use por or p2sls, or raise the limit with withConvergence(...)");
            }
            t = r.theta();
            q = tb.q(t);
            diagnostics.put("bridge_iterations", (double) r.iterations());
            double qMax = 0;
            for (double v : q) {
                qMax = Math.max(qMax, v);
            }
            diagnostics.put("q_max", qMax);
            if (qMax > 0.1 * n) {
                warnings.add("one unit's treatment-bridge weight is " + Formatting.number(qMax) + " (over 10% of n): the "
                        + "estimate rests on few units");
            }
        }

        Stack stack = new Stack(method, g, k, kHat, m, d, y, aInK, b, t, q);
        double value = stack.effect();
        double[] v = MEstimationSandwich.covariance(stack.jacobian(value), stack.scores(value), n, stack.p);
        if (v == null) {
            throw new CausalException("the Jacobian of the stacked estimating equations of " + method.label()
                    + " is singular: the bridges are not identified by these proxies");
        }
        double variance = v[stack.p * stack.p - 1];
        if (!(variance >= 0)) {
            throw new CausalException("the sandwich variance of " + method.label() + " is " + variance);
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("newton", config.maxIterations() + "@" + config.tolerance());
        return Estimate.builder(method.label(), AverageEffect.ATE).variables(model.treatment(), model.outcome())
                .value(value, Math.sqrt(variance)).confidenceLevel(config.confidenceLevel()).n(n).diagnostics(diagnostics)
                .warnings(warnings).provenance(provenance(data, model, method.label(), settings)).build();
    }

    static Provenance provenance(Dataset data, ProximalModel model, String method, Map<String, String> extra) {
        List<String> columns = new ArrayList<>(List.of(model.outcome(), model.treatment()));
        columns.addAll(model.treatmentProxies());
        columns.addAll(model.outcomeProxies());
        columns.addAll(model.covariates());
        return Provenances.of(data, columns, method, settings(model, extra), OptionalLong.empty());
    }

    static Provenance provenance(RowPasses rows, ProximalModel model, String method, Map<String, String> extra) {
        return Provenances.of(rows, method, settings(model, extra), OptionalLong.empty());
    }

    private static Map<String, String> settings(ProximalModel model, Map<String, String> extra) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("treatment_proxies", String.join(",", model.treatmentProxies()));
        settings.put("outcome_proxies", String.join(",", model.outcomeProxies()));
        settings.put("covariates", String.join(",", model.covariates()));
        settings.putAll(extra);
        return settings;
    }

    static void proxyDiagnostics(IvFit fit, ProximalModel model, Map<String, Double> diagnostics, List<String> warnings) {
        boolean several = fit.firstStages().size() > 1;
        for (var s : fit.firstStages()) {
            String suffix = several ? "_" + s.regressor() : "";
            diagnostics.put("proxy_first_stage_f" + suffix, s.f().statistic());
            diagnostics.put("proxy_partial_r2" + suffix, s.partialRSquared());
            if (s.effectiveF() < ProximalEstimator.WEAK_PROXY_F) {
                warnings.add("weak proxies: the first-stage F of outcome proxy '" + s.regressor() + "' on the treatment "
                        + "proxies " + model.treatmentProxies() + " is " + Formatting.number(s.effectiveF()) + " < "
                        + Formatting.number(ProximalEstimator.WEAK_PROXY_F) + "; the bridges are poorly identified");
            }
        }
    }

    private static double[][] columns(DesignMatrix design) {
        double[][] out = new double[design.columnCount()][];
        for (int j = 0; j < out.length; j++) {
            out[j] = design.column(j);
        }
        return out;
    }
}
