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

import io.github.causal4j.estimate.AverageEffect;
import io.github.causal4j.estimate.CovarianceType;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.iv.AndersonRubinSet;
import io.github.causal4j.estimate.iv.FirstStage;
import io.github.causal4j.estimate.iv.InstrumentalVariables;
import io.github.causal4j.estimate.iv.IvFit;
import io.github.causal4j.estimate.iv.IvMethod;
import io.github.causal4j.estimate.iv.IvModel;
import io.github.causal4j.estimate.proximal.ProximalEstimator;
import io.github.causal4j.estimate.proximal.ProximalMethod;
import io.github.causal4j.estimate.proximal.ProximalModel;
import io.github.causal4j.identify.AdjustmentQuery;
import io.github.causal4j.identify.ConditionalInstruments;
import io.github.causal4j.identify.Instrument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The instrumental-variable ({@code wald}, {@code 2sls}, {@code liml}, {@code fuller}) and proximal
 * ({@code p2sls}, {@code por}, {@code pipw}, {@code pdr}) methods of {@code causal estimate}.
 * Instruments come from {@code --instruments}, or without it from {@code --graph}: the first
 * conditional instrument that identification finds, whose conditioning set joins the covariates.
 * Proxies come from {@code --treatment-proxies} and {@code --outcome-proxies}. The JSON
 * diagnostics add {@code first_stages[]} and the {@code anderson_rubin} set ({@code kind} and its
 * finite limits) for the IV methods.
 */
final class InstrumentalMethods {

    private InstrumentalMethods() {
    }

    static void addTo(Map<String, EstimationMethods.Method> methods) {
        methods.put("wald", r -> iv(r, InstrumentalVariables.wald()));
        methods.put("2sls", r -> iv(r, InstrumentalVariables.twoStageLeastSquares()));
        methods.put("liml", r -> iv(r, InstrumentalVariables.liml()));
        methods.put("fuller", r -> iv(r, InstrumentalVariables.fuller(r.fullerA().orElse(1.0))));
        for (ProximalMethod m : ProximalMethod.values()) {
            methods.put(m.label(), r -> proximal(r, m));
        }
    }

    private static void rejectOthers(EstimationRequest r, String method) {
        if (r.folds().isPresent() || r.neighbours().isPresent() || r.caliper().isPresent() || r.strata().isPresent()) {
            throw new UserInputException("--folds, --neighbours, --caliper and --strata do not apply to --method " + method);
        }
        if (r.estimand().isPresent() && r.estimand().get() != AverageEffect.ATE) {
            throw new UserInputException("--method " + method + " estimates the ATE (a structural coefficient), not the "
                    + r.estimand().get());
        }
    }

    private static EstimationMethods.Result iv(EstimationRequest r, InstrumentalVariables base) {
        String method = base.method();
        rejectOthers(r, method);
        if (!r.treatmentProxies().isEmpty() || !r.outcomeProxies().isEmpty()) {
            throw new UserInputException("--treatment-proxies and --outcome-proxies apply to p2sls, por, pipw and pdr, not "
                    + method);
        }
        if (r.fullerA().isPresent() && base.kind() != IvMethod.FULLER) {
            throw new UserInputException("--fuller-a applies to --method fuller, not " + method);
        }
        List<String> covariates = new ArrayList<>(r.covariates().orElse(List.of()));
        List<String> instruments = r.instruments();
        String rule = "user_specified";
        if (instruments.isEmpty()) {
            if (r.graph().isEmpty()) {
                throw new UserInputException("--method " + method + " needs --instruments (or a --graph in which an "
                        + "instrument can be found)");
            }
            List<Instrument> found = ConditionalInstruments.find(AdjustmentQuery.of(r.graph().get(), r.treatment(),
                    r.outcome()));
            if (found.isEmpty()) {
                throw new UserInputException("the graph has no (conditional) instrument for " + r.treatment() + " -> "
                        + r.outcome() + "; give --instruments");
            }
            Instrument z = found.get(0);
            instruments = List.of(z.instrument());
            for (String c : z.conditioning()) {
                if (!covariates.contains(c)) {
                    covariates.add(c);
                }
            }
            rule = "conditional_instrument";
        }
        InstrumentalVariables config = base.withCovariance(r.covariance().orElse(CovarianceType.CLASSICAL))
                .clusteredBy(r.clusters());
        IvFit fit = config.fit(r.data(), IvModel.of(r.outcome(), r.treatment(), instruments, covariates));
        Estimate e = fit.toEstimate();
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("instruments", instruments);
        List<Map<String, Object>> stages = new ArrayList<>();
        for (FirstStage s : fit.firstStages()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("regressor", s.regressor());
            row.put("f", s.f().statistic());
            row.put("df1", s.f().df1());
            row.put("df2", s.f().df2());
            row.put("p_value", s.f().pValue());
            s.robustF().ifPresent(t -> row.put("robust_f", t.statistic()));
            row.put("partial_r2", s.partialRSquared());
            stages.add(row);
        }
        extra.put("first_stages", stages);
        extra.put("anderson_rubin", json(fit.andersonRubinSet(), e.confidenceLevel()));
        return new EstimationMethods.Result(e, covariates, rule, extra);
    }

    static Map<String, Object> json(AndersonRubinSet set, double level) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", set.kind());
        out.put("level", level);
        if (set instanceof AndersonRubinSet.Interval i) {
            out.put("lower", i.lower());
            out.put("upper", i.upper());
        } else if (set instanceof AndersonRubinSet.TwoRays t) {
            out.put("upper_of_left_ray", t.upperOfLeft());
            out.put("lower_of_right_ray", t.lowerOfRight());
        } else if (set instanceof AndersonRubinSet.Ray ray) {
            out.put(ray.upward() ? "lower" : "upper", ray.bound());
        }
        out.put("text", set.toString());
        return out;
    }

    private static EstimationMethods.Result proximal(EstimationRequest r, ProximalMethod m) {
        rejectOthers(r, m.label());
        if (!r.instruments().isEmpty() || r.fullerA().isPresent()) {
            throw new UserInputException("--instruments and --fuller-a apply to the IV methods, not " + m.label());
        }
        if (r.treatmentProxies().isEmpty() || r.outcomeProxies().isEmpty()) {
            throw new UserInputException("--method " + m.label() + " needs --treatment-proxies and --outcome-proxies");
        }
        if (!r.clusters().isEmpty()) {
            throw new UserInputException("--cluster does not apply to --method " + m.label());
        }
        if (r.covariance().isPresent() && m != ProximalMethod.P2SLS) {
            throw new UserInputException("--se applies to p2sls; " + m.label() + " uses the stacked M-estimation sandwich");
        }
        List<String> covariates = r.covariates().orElse(List.of());
        ProximalEstimator est = ProximalEstimator.of(m).withCovariance(r.covariance().orElse(CovarianceType.CLASSICAL));
        Estimate e = est.estimate(r.data(), new ProximalModel(r.treatment(), r.outcome(), r.treatmentProxies(),
                r.outcomeProxies(), covariates));
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("treatment_proxies", r.treatmentProxies());
        extra.put("outcome_proxies", r.outcomeProxies());
        return new EstimationMethods.Result(e, covariates, "user_specified", extra);
    }
}
