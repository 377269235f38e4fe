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
package io.github.causal4j.estimate.backdoor;

import io.github.causal4j.CausalException;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.AverageEffect;
import io.github.causal4j.estimate.Coefficient;
import io.github.causal4j.estimate.CovarianceType;
import io.github.causal4j.estimate.EffectEstimator;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.LinearRegression;
import io.github.causal4j.estimate.Parallelism;
import io.github.causal4j.estimate.RankDeficiency;
import io.github.causal4j.estimate.RegressionFit;
import io.github.causal4j.estimate.internal.Provenances;
import io.github.causal4j.estimate.stats.RowLayout;
import io.github.causal4j.estimate.stats.RowPasses;
import io.github.causal4j.result.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Regression adjustment: the coefficient of the treatment in the OLS regression of the outcome on
 * the treatment and the adjustment set, {@code y = a + tau d + X'b + e}. Under a back-door set X
 * and a linear, constant-effect outcome model, {@code tau} is the average treatment effect; the
 * treatment may be binary or continuous. Inference: t with the residual degrees of freedom, under
 * the chosen covariance (classical, HC0–HC3 or cluster-robust), as R's {@code lm} with
 * {@code sandwich}/{@code lmtest::coeftest}.
 *
 * <p>For arm-specific outcome models and the ATT/ATC use {@link GComputation}.
 */
public final class RegressionAdjustment implements EffectEstimator {

    private static final RegressionAdjustment DEFAULT = new RegressionAdjustment(LinearRegression.ols());

    private final LinearRegression regression;

    private RegressionAdjustment(LinearRegression regression) {
        this.regression = regression;
    }

    /** @return OLS adjustment with classical standard errors and 95% intervals */
    public static RegressionAdjustment ols() {
        return DEFAULT;
    }

    /**
     * @param type covariance estimator
     * @return a copy using it
     */
    public RegressionAdjustment withCovariance(CovarianceType type) {
        return new RegressionAdjustment(regression.withCovariance(type));
    }

    /**
     * @param columns one or two clustering variables (see {@link LinearRegression#clusteredBy(List)})
     * @return a copy with cluster-robust standard errors
     */
    public RegressionAdjustment clusteredBy(List<String> columns) {
        return new RegressionAdjustment(regression.clusteredBy(columns));
    }

    /**
     * @param level confidence level in (0, 1)
     * @return a copy using it
     */
    public RegressionAdjustment withConfidenceLevel(double level) {
        return new RegressionAdjustment(regression.withConfidenceLevel(level));
    }

    /**
     * @param policy what to do with collinear covariates (the treatment itself may never be dropped)
     * @return a copy using it
     */
    public RegressionAdjustment withRankDeficiency(RankDeficiency policy) {
        return new RegressionAdjustment(regression.withRankDeficiency(policy));
    }

    /**
     * @param threads threads for the passes over the data
     * @return a copy using them
     */
    public RegressionAdjustment withParallelism(Parallelism threads) {
        return new RegressionAdjustment(regression.withParallelism(threads));
    }

    /** @return the underlying regression configuration */
    public LinearRegression regression() {
        return regression;
    }

    @Override
    public String method() {
        return "ols";
    }

    /**
     * The full regression behind the estimate (the coefficient table, t values, partial R² of
     * every design column, dof) — what omitted-variable-bias sensitivity analysis starts from.
     *
     * @param data the data
     * @param treatment the treatment (numeric or binary)
     * @param outcome the outcome
     * @param covariates the adjustment set
     * @return the fit of {@code outcome ~ treatment + covariates}
     */
    public RegressionFit fit(Dataset data, String treatment, String outcome, List<String> covariates) {
        BackdoorInputs in = BackdoorInputs.of(data, treatment, outcome, covariates, false, method());
        List<String> terms = new ArrayList<>();
        terms.add(treatment);
        terms.addAll(in.covariates);
        return checked(regression.fit(data, outcome, terms), treatment);
    }

    /**
     * The regression behind the estimate on rows read in passes (e.g. a Spark DataFrame's, through
     * {@code causal-spark}); passes as {@link LinearRegression#fit(RowPasses, String)}.
     *
     * @param rows the rows: the design (an intercept, the treatment as the first term, then the
     *     covariates), then variables including {@code outcome} and any clustering variables
     * @param treatment the treatment, the design's first term (numeric or binary)
     * @param outcome the outcome variable
     * @return the fit of {@code outcome ~ treatment + covariates}
     */
    public RegressionFit fit(RowPasses rows, String treatment, String outcome) {
        requireTreatmentFirst(rows.layout(), treatment);
        return checked(regression.fit(rows, outcome), treatment);
    }

    /** The rows' design must start with the treatment's own column (the coefficient the estimate reports). */
    static void requireTreatmentFirst(RowLayout layout, String treatment) {
        List<String> terms = layout.termNames();
        if (terms.isEmpty() || !terms.get(0).equals(treatment)
                || !layout.terms().get(0).columns().equals(List.of(treatment))) {
            throw new IllegalArgumentException("the rows' design must have the numeric treatment '" + treatment
                    + "' as its first term; its terms are " + terms);
        }
    }

    private static RegressionFit checked(RegressionFit fit, String treatment) {
        if (!fit.hasCoefficient(treatment)) {
            throw new CausalException("the treatment '" + treatment + "' is collinear with the covariates: "
                    + fit.warnings());
        }
        return fit;
    }

    @Override
    public Estimate estimate(Dataset data, String treatment, String outcome, List<String> covariates) {
        RegressionFit fit = fit(data, treatment, outcome, covariates);
        return toEstimate(fit, treatment, outcome, covariates, Provenances.of(data, withClusters(treatment, outcome,
                covariates, fit.clusters()), method(), settings(fit, covariates), OptionalLong.empty()));
    }

    /**
     * The estimate on rows read in passes (see {@link #fit(RowPasses, String, String)}).
     *
     * @param rows the rows
     * @param treatment the treatment, the design's first term
     * @param outcome the outcome variable
     * @return the estimate
     */
    public Estimate estimate(RowPasses rows, String treatment, String outcome) {
        RegressionFit fit = fit(rows, treatment, outcome);
        List<String> covariates = rows.layout().termNames().subList(1, rows.layout().terms().size());
        return toEstimate(fit, treatment, outcome, covariates, Provenances.of(rows, method(), settings(fit, covariates),
                OptionalLong.empty()));
    }

    private static Map<String, String> settings(RegressionFit fit, List<String> covariates) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("covariance", fit.covarianceType().label());
        settings.put("clusters", String.join(",", fit.clusters()));
        settings.put("covariates", String.join(",", covariates));
        settings.put("confidence_level", Double.toString(fit.confidenceLevel()));
        return settings;
    }

    private Estimate toEstimate(RegressionFit fit, String treatment, String outcome, List<String> covariates,
            Provenance provenance) {
        Coefficient c = fit.coefficient(treatment);
        Estimate.Builder b = Estimate.builder(method(), AverageEffect.ATE).variables(treatment, outcome)
                .value(c.estimate(), c.stdError()).interval(c.ciLower(), c.ciUpper()).pValue(c.pValue())
                .confidenceLevel(fit.confidenceLevel()).n(fit.n()).dof(fit.dof())
                .diagnostic("r_squared", fit.rSquared()).diagnostic("residual_std_error", fit.residualStandardError())
                .diagnostic("rank", fit.rank())
                .diagnostic("partial_r2_treatment", fit.partialRSquared(treatment))
                .warnings(fit.warnings())
                .provenance(provenance);
        for (int j = 0; j < fit.clusters().size(); j++) {
            b.diagnostic("clusters_" + fit.clusters().get(j), fit.clusterCounts().get(j));
        }
        return b.build();
    }

    private static List<String> withClusters(String treatment, String outcome, List<String> covariates,
            List<String> clusters) {
        List<String> out = new ArrayList<>(List.of(treatment, outcome));
        out.addAll(covariates);
        out.addAll(clusters);
        return out;
    }

    /** @return e.g. {@code "RegressionAdjustment[LinearRegression[covariance=hc1, ...]]"} */
    @Override
    public String toString() {
        return "RegressionAdjustment[" + Objects.toString(regression) + "]";
    }
}
