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
import io.github.causal4j.estimate.CausalAnalysis;
import io.github.causal4j.estimate.CovarianceType;
import io.github.causal4j.estimate.EffectEstimator;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.Estimators;
import io.github.causal4j.estimate.IdentifiedEffect;
import io.github.causal4j.estimate.backdoor.AugmentedIpw;
import io.github.causal4j.estimate.backdoor.GComputation;
import io.github.causal4j.estimate.backdoor.MatchedSample;
import io.github.causal4j.estimate.backdoor.PropensityScoreMatching;
import io.github.causal4j.estimate.backdoor.Stratification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The methods of {@code causal estimate}, by name. Each entry turns an {@link EstimationRequest}
 * into an estimate; to add a method (the instrumental-variable and proximal estimators do), add
 * one {@code METHODS.put("name", request -> ...)} line and, if it needs them, options of the
 * command and fields of the request. A method must reject options that do not apply to it.
 */
final class EstimationMethods {

    /** A method: runs the request, returns the estimate and how the adjustment set was chosen. */
    @FunctionalInterface
    interface Method {
        /**
         * @param request the parsed command line
         * @return the result
         */
        Result run(EstimationRequest request);
    }

    /**
     * @param estimate the estimate
     * @param adjustmentSet the covariates adjusted for
     * @param adjustmentRule how they were chosen (lower case)
     * @param diagnostics structured diagnostics added to the JSON {@code diagnostics} (e.g. the Anderson-Rubin set)
     */
    record Result(Estimate estimate, List<String> adjustmentSet, String adjustmentRule, Map<String, Object> diagnostics) {

        /** A result without structured diagnostics beyond the estimate's own. */
        Result(Estimate estimate, List<String> adjustmentSet, String adjustmentRule) {
            this(estimate, adjustmentSet, adjustmentRule, Map.of());
        }
    }

    private static final Map<String, Method> METHODS = new LinkedHashMap<>();

    static {
        METHODS.put("ols", backdoor(EstimationMethods::ols));
        METHODS.put("gcomp", backdoor(r -> {
            rejectRegressionOptions(r, "gcomp");
            return Estimators.gComputation().withEstimand(r.estimandOr(AverageEffect.ATE));
        }));
        METHODS.put("ipw", backdoor(r -> {
            rejectRegressionOptions(r, "ipw");
            return Estimators.ipw().withEstimand(r.estimandOr(AverageEffect.ATE));
        }));
        METHODS.put("aipw", backdoor(r -> {
            rejectRegressionOptions(r, "aipw");
            AugmentedIpw a = Estimators.aipw().withEstimand(r.estimandOr(AverageEffect.ATE));
            return r.folds().isPresent() ? a.withCrossFitting(r.folds().getAsInt(), r.seed()) : a;
        }));
        METHODS.put("matching", EstimationMethods::matching);
        METHODS.put("stratification", backdoor(r -> {
            rejectRegressionOptions(r, "stratification");
            Stratification s = Estimators.stratification().withEstimand(r.estimandOr(AverageEffect.ATE));
            return r.strata().isPresent() ? s.withStrata(r.strata().getAsInt()) : s;
        }));
        InstrumentalMethods.addTo(METHODS);
    }

    private EstimationMethods() {
    }

    /** @return the method names, in the order they are listed */
    static List<String> names() {
        return new ArrayList<>(METHODS.keySet());
    }

    /**
     * @param name a method name
     * @return the method
     * @throws UserInputException naming the known methods
     */
    static Method get(String name) {
        Method m = METHODS.get(name);
        if (m == null) {
            throw new UserInputException("unknown method '" + name + "'; the methods are " + String.join(", ", names()));
        }
        return m;
    }

    private static EffectEstimator ols(EstimationRequest r) {
        if (r.estimand().isPresent() && r.estimand().get() != AverageEffect.ATE) {
            throw new UserInputException("--method ols estimates the treatment coefficient (the ATE under a constant "
                    + "effect); for the ATT or ATC use --method gcomp, ipw, aipw or matching");
        }
        var ols = Estimators.ols().withCovariance(r.covariance().orElse(CovarianceType.CLASSICAL));
        return r.clusters().isEmpty() ? ols : ols.clusteredBy(r.clusters());
    }

    private static void rejectRegressionOptions(EstimationRequest r, String method) {
        if (r.covariance().isPresent() || !r.clusters().isEmpty()) {
            throw new UserInputException("--se and --cluster apply to --method ols, not " + method);
        }
        if (r.folds().isPresent() && !method.equals("aipw")) {
            throw new UserInputException("--folds applies to --method aipw, not " + method);
        }
        if ((r.neighbours().isPresent() || r.caliper().isPresent()) && !method.equals("matching")) {
            throw new UserInputException("--neighbours and --caliper apply to --method matching, not " + method);
        }
        if (r.strata().isPresent() && !method.equals("stratification")) {
            throw new UserInputException("--strata applies to --method stratification, not " + method);
        }
    }

    private static PropensityScoreMatching matchingEstimator(EstimationRequest r) {
        rejectRegressionOptions(r, "matching");
        PropensityScoreMatching m = Estimators.matching().withEstimand(r.estimandOr(AverageEffect.ATT));
        if (r.neighbours().isPresent()) {
            m = m.withNeighbours(r.neighbours().getAsInt());
        }
        return r.caliper().isPresent() ? m.withCaliper(r.caliper().getAsDouble()) : m;
    }

    /** Matching; with {@code --rosenbaum}, also Rosenbaum bounds over the matched sets. */
    private static Result matching(EstimationRequest request) {
        if (request.rosenbaum().isEmpty()) {
            return backdoor(EstimationMethods::matchingEstimator).run(request);
        }
        rejectInstrumentOptions(request);
        double[] gammas = RosenbaumJson.grid(request.rosenbaum());
        PropensityScoreMatching m = matchingEstimator(request);
        IdentifiedEffect identified = identify(request);
        MatchedSample sample = identified.apply(c -> m.matchedSample(c.data(), c.treatment(), c.outcome(),
                c.adjustmentSet()));
        Estimate e = sample.estimate().withWarnings(identified.warnings());
        return new Result(e, identified.adjustmentSet(), rule(identified),
                Map.of(RosenbaumJson.KEY, RosenbaumJson.of(sample, gammas)));
    }

    /** A back-door method: identify the adjustment set through CausalAnalysis, then estimate. */
    private static Method backdoor(Function<EstimationRequest, EffectEstimator> factory) {
        return request -> {
            rejectInstrumentOptions(request);
            EffectEstimator estimator = factory.apply(request);
            IdentifiedEffect identified = identify(request);
            Estimate e = identified.estimate(estimator).estimate();
            return new Result(e, identified.adjustmentSet(), rule(identified));
        };
    }

    private static void rejectInstrumentOptions(EstimationRequest request) {
        if (request.hasInstrumentOrProxyOptions()) {
            throw new UserInputException("--instruments, --treatment-proxies, --outcome-proxies and --fuller-a apply to "
                    + "the instrumental-variable and proximal methods, not back-door adjustment");
        }
    }

    private static IdentifiedEffect identify(EstimationRequest request) {
        CausalAnalysis analysis = request.graph().map(g -> CausalAnalysis.of(request.data(), g))
                .orElseGet(() -> CausalAnalysis.of(request.data()))
                .treatment(request.treatment()).outcome(request.outcome()).seed(request.seed());
        if (request.covariates().isPresent()) {
            analysis = analysis.adjustingFor(request.covariates().get());
        }
        return analysis.identify();
    }

    private static String rule(IdentifiedEffect identified) {
        return identified.adjustmentRule().name().toLowerCase(java.util.Locale.ROOT);
    }
}
