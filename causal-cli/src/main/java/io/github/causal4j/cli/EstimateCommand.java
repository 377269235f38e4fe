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

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.AverageEffect;
import io.github.causal4j.estimate.CovarianceType;
import io.github.causal4j.estimate.CovariateBalance;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.graph.CausalGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code causal estimate}: the effect of a treatment on an outcome from a CSV file, by regression
 * adjustment, g-computation, IPW, AIPW, matching or stratification (see
 * {@link EstimationMethods}), by instrumental variables or by proximal estimators (see
 * {@link InstrumentalMethods}). The adjustment set is {@code --covariates}, or without them the one
 * identification recommends on {@code --graph} (the optimal O-set, else a minimal set).
 */
@Command(name = "estimate", mixinStandardHelpOptions = true,
        description = "Estimate a causal effect from data: ols, gcomp, ipw, aipw, matching, stratification, "
                + "wald, 2sls, liml, fuller, p2sls, por, pipw, pdr.")
final class EstimateCommand extends JsonCommand {

    @Option(names = "--data", paramLabel = "F.csv", required = true, description = "The data (CSV with a header).")
    Path data;

    @Option(names = "--treatment", paramLabel = "D", required = true, description = "Treatment column.")
    String treatment;

    @Option(names = "--outcome", paramLabel = "Y", required = true, description = "Outcome column.")
    String outcome;

    @Option(names = "--method", paramLabel = "M", required = true,
            description = "ols, gcomp, ipw, aipw, matching, stratification, wald, 2sls, liml, fuller, p2sls, por, pipw "
                    + "or pdr.")
    String method;

    @Option(names = "--covariates", paramLabel = "X1,X2", split = ",",
            description = "Adjustment set (default: the optimal adjustment set of --graph; none without a graph).")
    List<String> covariates;

    @Option(names = "--graph", paramLabel = "G", description = "dagitty text or a .dagitty/.dot file.")
    String graph;

    @Option(names = "--se", paramLabel = "TYPE",
            description = "ols/IV/p2sls standard errors: classical, hc0, hc1, hc2, hc3.")
    String se;

    @Option(names = "--cluster", paramLabel = "C", split = ",",
            description = "ols/IV cluster-robust standard errors by one or two columns (hc0/hc1; ols also hc2/hc3).")
    List<String> cluster;

    @Option(names = "--estimand", paramLabel = "E", description = "ate, att or atc.")
    String estimand;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of random steps (cross-fitting). Default 0.")
    long seed;

    @Option(names = "--folds", paramLabel = "K", description = "aipw: K-fold cross-fitting.")
    Integer folds;

    @Option(names = "--neighbours", paramLabel = "K", description = "matching: matches per unit (default 1).")
    Integer neighbours;

    @Option(names = "--caliper", paramLabel = "SD", description = "matching: caliper in SDs of the propensity score.")
    Double caliper;

    @Option(names = "--strata", paramLabel = "K", description = "stratification: number of strata (default 5).")
    Integer strata;

    @Option(names = "--instruments", paramLabel = "Z1,Z2", split = ",",
            description = "wald/2sls/liml/fuller: excluded instruments (default: a conditional instrument of --graph).")
    List<String> instruments;

    @Option(names = "--treatment-proxies", paramLabel = "Z", split = ",",
            description = "p2sls/por/pipw/pdr: treatment-inducing proxies (negative control exposures).")
    List<String> treatmentProxies;

    @Option(names = "--outcome-proxies", paramLabel = "W", split = ",",
            description = "p2sls/por/pipw/pdr: outcome-inducing proxies (negative control outcomes).")
    List<String> outcomeProxies;

    @Option(names = "--fuller-a", paramLabel = "A", description = "fuller: Fuller's constant (default 1).")
    Double fullerA;

    @Option(names = "--rosenbaum", paramLabel = "G1,G2", split = ",",
            description = "matching: Rosenbaum bounds over this grid of Gamma >= 1 (Wilcoxon signed-rank p-value and "
                    + "Hodges-Lehmann bounds at alpha 0.05, one treated-minus-control difference per matched set).")
    List<Double> rosenbaum;

    private Estimate last;

    @Override
    Map<String, Object> compute() {
        EstimationMethods.Method m = EstimationMethods.get(method.toLowerCase(Locale.ROOT));
        if (rosenbaum != null && !method.equalsIgnoreCase("matching")) {
            throw new UserInputException("--rosenbaum applies to --method matching, not " + method);
        }
        if (!Files.isRegularFile(data)) {
            throw new UserInputException("data file not found: " + data);
        }
        Optional<CausalGraph> g = graph == null ? Optional.empty() : Optional.of(GraphSource.load(graph));
        List<String> clusters = Lists.split(cluster);
        EstimationRequest request = new EstimationRequest(Dataset.readCsv(data), g, treatment, outcome,
                covariates == null ? Optional.empty() : Optional.of(Lists.split(covariates)), covariance(), clusters,
                estimand(), seed, optional(folds), optional(neighbours),
                caliper == null ? OptionalDouble.empty() : OptionalDouble.of(caliper), optional(strata),
                Lists.split(instruments), Lists.split(treatmentProxies), Lists.split(outcomeProxies),
                fullerA == null ? OptionalDouble.empty() : OptionalDouble.of(fullerA),
                rosenbaum == null ? List.of() : List.copyOf(rosenbaum));
        EstimationMethods.Result result = m.run(request);
        Estimate e = result.estimate();
        last = e;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("method", e.method());
        out.put("estimand", e.estimand().label());
        out.put("estimate", e.value());
        out.put("std_error", e.stdError());
        out.put("ci_lower", e.ciLower());
        out.put("ci_upper", e.ciUpper());
        out.put("p_value", e.pValue());
        out.put("n", e.n());
        out.put("dof", e.dof().isPresent() ? e.dof().getAsInt() : null);
        Map<String, Object> diagnostics = new LinkedHashMap<>(e.diagnostics());
        diagnostics.putAll(result.diagnostics());
        if (!e.balance().isEmpty()) {
            List<Map<String, Object>> balance = new ArrayList<>();
            for (CovariateBalance b : e.balance()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("covariate", b.covariate());
                row.put("smd_before", b.smdBefore());
                row.put("smd_after", b.smdAfter());
                row.put("variance_ratio_before", b.varianceRatioBefore());
                row.put("variance_ratio_after", b.varianceRatioAfter());
                balance.add(row);
            }
            diagnostics.put("balance", balance);
        }
        out.put("diagnostics", diagnostics);
        out.put("warnings", e.warnings());
        out.put("treatment", e.treatment());
        out.put("outcome", e.outcome());
        out.put("covariates", result.adjustmentSet());
        out.put("adjustment_rule", result.adjustmentRule());
        out.put("confidence_level", e.confidenceLevel());
        out.put("data_sha256", e.provenance().dataSha256());
        return out;
    }

    private static OptionalInt optional(Integer v) {
        return v == null ? OptionalInt.empty() : OptionalInt.of(v);
    }

    private Optional<CovarianceType> covariance() {
        if (se == null) {
            return Optional.empty();
        }
        for (CovarianceType t : CovarianceType.values()) {
            if (t.label().equals(se.toLowerCase(Locale.ROOT))) {
                return Optional.of(t);
            }
        }
        throw new UserInputException("unknown --se '" + se + "'; use classical, hc0, hc1, hc2 or hc3");
    }

    private Optional<AverageEffect> estimand() {
        if (estimand == null) {
            return Optional.empty();
        }
        for (AverageEffect a : AverageEffect.values()) {
            if (a.label().equals(estimand.toLowerCase(Locale.ROOT))) {
                return Optional.of(a);
            }
        }
        throw new UserInputException("unknown --estimand '" + estimand + "'; use ate, att or atc");
    }

    @Override
    String renderText(Map<String, Object> result) {
        String text = last.report().text() + "\nAdjustment set: " + result.get("covariates") + " ("
                + result.get("adjustment_rule") + ")";
        if (result.get("diagnostics") instanceof Map<?, ?> d && d.get(RosenbaumJson.KEY) instanceof Map<?, ?> r) {
            text += "\n\n" + r.get("summary");
        }
        return text;
    }
}
