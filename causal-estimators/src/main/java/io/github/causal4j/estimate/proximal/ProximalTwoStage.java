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

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.AverageEffect;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.internal.Formatting;
import io.github.causal4j.estimate.iv.FirstStage;
import io.github.causal4j.estimate.iv.InstrumentalVariables;
import io.github.causal4j.estimate.iv.IvFit;
import io.github.causal4j.estimate.iv.IvModel;
import io.github.causal4j.estimate.stats.RowPasses;
import io.github.causal4j.result.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Proximal 2SLS as an instrumental-variable regression: Y on (A, W, X) with the outcome proxies W
 * endogenous and the treatment proxies Z their instruments; A and X instrument themselves. The
 * first stage of W on Z (given A, X) measures proxy relevance.
 */
final class ProximalTwoStage {

    private ProximalTwoStage() {
    }

    static Estimate estimate(ProximalEstimator config, Dataset data, ProximalModel model) {
        IvFit fit = configuration(config).fit(data, ivModel(model));
        return toEstimate(config, model, fit, SemiparametricProximal.provenance(data, model, "p2sls",
                Map.of("covariance", fit.covarianceType().label())));
    }

    static Estimate estimate(ProximalEstimator config, RowPasses rows, ProximalModel model) {
        IvFit fit = configuration(config).fit(rows, ivModel(model));
        return toEstimate(config, model, fit, SemiparametricProximal.provenance(rows, model, "p2sls",
                Map.of("covariance", fit.covarianceType().label())));
    }

    /**
     * The IV model of P2SLS: Y on (A, X, W), W endogenous with Z its instruments; the rows of
     * {@link InstrumentalVariables#fit(RowPasses, IvModel)} are then the design (intercept, A, X, Z)
     * and the variables (W, Y).
     */
    static IvModel ivModel(ProximalModel model) {
        if (model.treatmentProxies().size() < model.outcomeProxies().size()) {
            throw new IllegalArgumentException("P2SLS needs at least as many treatment proxies as outcome proxies: Z = "
                    + model.treatmentProxies() + ", W = " + model.outcomeProxies());
        }
        List<String> exogenous = new ArrayList<>();
        exogenous.add(model.treatment());
        exogenous.addAll(model.covariates());
        return new IvModel(model.outcome(), model.outcomeProxies(), model.treatmentProxies(), exogenous);
    }

    private static InstrumentalVariables configuration(ProximalEstimator config) {
        return InstrumentalVariables.twoStageLeastSquares().withCovariance(config.covarianceType())
                .withConfidenceLevel(config.confidenceLevel()).withWeakInstrumentThreshold(0)
                .withParallelism(config.parallelism());
    }

    private static Estimate toEstimate(ProximalEstimator config, ProximalModel model, IvFit fit, Provenance provenance) {
        var c = fit.coefficient(model.treatment());
        Map<String, Double> diagnostics = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>(fit.warnings());
        boolean several = fit.firstStages().size() > 1;
        for (FirstStage s : fit.firstStages()) {
            String suffix = several ? "_" + s.regressor() : "";
            diagnostics.put("proxy_first_stage_f" + suffix, s.f().statistic());
            s.robustF().ifPresent(r -> diagnostics.put("proxy_first_stage_f_robust" + suffix, r.statistic()));
            diagnostics.put("proxy_partial_r2" + suffix, s.partialRSquared());
            if (s.effectiveF() < ProximalEstimator.WEAK_PROXY_F) {
                warnings.add("weak proxies: the first-stage F of outcome proxy '" + s.regressor() + "' on the treatment "
                        + "proxies " + model.treatmentProxies() + " is " + Formatting.number(s.effectiveF()) + " < "
                        + Formatting.number(ProximalEstimator.WEAK_PROXY_F) + "; the bridge is poorly identified");
            }
        }
        fit.sargan().ifPresent(t -> {
            diagnostics.put("sargan", t.statistic());
            diagnostics.put("sargan_p", t.pValue());
        });
        return Estimate.builder("p2sls", AverageEffect.ATE).variables(model.treatment(), model.outcome())
                .value(c.estimate(), c.stdError()).interval(c.ciLower(), c.ciUpper()).pValue(c.pValue())
                .confidenceLevel(config.confidenceLevel()).n(fit.n()).dof(fit.dof()).diagnostics(diagnostics)
                .warnings(warnings).provenance(provenance).build();
    }
}
