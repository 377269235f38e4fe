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
package io.github.causal4j.spark;

import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.LinearRegression;
import io.github.causal4j.estimate.LogisticFit;
import io.github.causal4j.estimate.LogisticRegression;
import io.github.causal4j.estimate.RegressionFit;
import io.github.causal4j.estimate.backdoor.AugmentedIpw;
import io.github.causal4j.estimate.backdoor.InverseProbabilityWeighting;
import io.github.causal4j.estimate.backdoor.RegressionAdjustment;
import io.github.causal4j.estimate.internal.RoleChecks;
import io.github.causal4j.estimate.iv.InstrumentalVariables;
import io.github.causal4j.estimate.iv.IvFit;
import io.github.causal4j.estimate.iv.IvModel;
import io.github.causal4j.estimate.proximal.ProximalEstimator;
import io.github.causal4j.estimate.proximal.ProximalModel;
import io.github.causal4j.estimate.stats.RowPasses;
import io.github.causal4j.sensitivity.OlsSensitivity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * causal4j's estimators on a {@link SparkDataset}: each method takes the estimator configured as for
 * data in memory ({@code RegressionAdjustment.ols().withCovariance(HC1)}, ...), lays the DataFrame's
 * columns out as that estimator reads them, and runs the estimator's own code on Spark passes
 * ({@link RowPasses}). Spark computes per-partition sufficient statistics (triangular factors, Gram
 * matrices, scores, cluster sums) and the driver merges and finishes them exactly as on one machine,
 * so the results equal the in-memory ones to rounding.
 *
 * <p>Every call first checks the columns it uses in one Spark job ({@link SparkDataset#rows}); the
 * number of further passes (one Spark job each) is stated per method. Results count rows as
 * {@code int}: one analysis takes at most {@code Integer.MAX_VALUE} rows.
 */
public final class SparkEstimators {

    private SparkEstimators() {
    }

    /**
     * Least squares of {@code outcome} on the terms (and an intercept unless the model has none), with
     * the model's covariance, clustered by its clustering columns if any. Passes: the check, one for the
     * triangular factor, one more for a robust or cluster-robust covariance (clustered HC2/HC3 sum
     * each cluster's k x k leverage statistics in that same pass: O(G k^2) shipped to the driver),
     * one more for an ill-conditioned design (iterative refinement).
     *
     * @param model the regression configuration
     * @param data the data
     * @param outcome a numeric column
     * @param terms numeric or categorical columns
     * @return the fit, as {@link LinearRegression#fit(io.github.causal4j.data.Dataset, String, List)} gives it
     */
    public static RegressionFit fit(LinearRegression model, SparkDataset data, String outcome, List<String> terms) {
        Objects.requireNonNull(model, "model");
        if (terms.contains(outcome)) {
            throw new IllegalArgumentException("the outcome '" + outcome + "' is also listed as a regressor");
        }
        RowPasses rows = data.rows(terms, model.hasIntercept(), List.of(outcome), model.clusters());
        return model.fit(rows, outcome);
    }

    /**
     * Logistic regression of a 0/1 column. Passes: the check, one for the start, one per Newton
     * iteration (about 5 to 8).
     *
     * @param model the logistic regression configuration
     * @param data the data
     * @param outcome a 0/1 column
     * @param terms numeric or categorical columns
     * @return the fit (without per-row fitted values)
     */
    public static LogisticFit fit(LogisticRegression model, SparkDataset data, String outcome, List<String> terms) {
        Objects.requireNonNull(model, "model");
        if (terms.contains(outcome)) {
            throw new IllegalArgumentException("the outcome '" + outcome + "' is also listed as a regressor");
        }
        return model.fit(data.rows(terms, model.hasIntercept(), List.of(outcome), List.of()), outcome);
    }

    /**
     * The regression behind an OLS adjustment estimate, {@code outcome ~ treatment + covariates}.
     * Passes as {@link #fit(LinearRegression, SparkDataset, String, List)}.
     *
     * @param estimator the configured estimator
     * @param data the data
     * @param treatment a numeric or 0/1 column
     * @param outcome a numeric column
     * @param covariates the adjustment set
     * @return the fit
     */
    public static RegressionFit fit(RegressionAdjustment estimator, SparkDataset data, String treatment, String outcome,
            List<String> covariates) {
        return estimator.fit(adjustmentRows(estimator, data, treatment, outcome, covariates), treatment, outcome);
    }

    /**
     * The OLS regression-adjustment estimate (classical, HC0–HC3 or cluster-robust standard errors).
     * Passes: the check, one for the triangular factor, one more for a robust or cluster-robust
     * covariance (HC2/HC3 form the leverages, or clustered the per-cluster leverage blocks, in that same
     * pass), one more for an ill-conditioned design.
     *
     * @param estimator the configured estimator
     * @param data the data
     * @param treatment a numeric or 0/1 column
     * @param outcome a numeric column
     * @param covariates the adjustment set
     * @return the estimate
     */
    public static Estimate estimate(RegressionAdjustment estimator, SparkDataset data, String treatment, String outcome,
            List<String> covariates) {
        return estimator.estimate(adjustmentRows(estimator, data, treatment, outcome, covariates), treatment, outcome);
    }

    private static RowPasses adjustmentRows(RegressionAdjustment estimator, SparkDataset data, String treatment,
            String outcome, List<String> covariates) {
        checkRoles(data, treatment, outcome, covariates);
        List<String> terms = new ArrayList<>();
        terms.add(treatment);
        terms.addAll(covariates);
        return data.rows(terms, true, List.of(outcome), estimator.regression().clusters());
    }

    /**
     * Inverse probability weighting with a logit propensity score fitted by distributed Newton
     * iterations. Passes: the check, the propensity model's (one for the start, one per Newton
     * iteration), then two; trimming adds one, and the propensity model's again when units are dropped.
     *
     * @param estimator the configured estimator
     * @param data the data
     * @param treatment a 0/1 column
     * @param outcome a numeric column
     * @param covariates the adjustment set
     * @return the estimate, with overlap and balance diagnostics
     */
    public static Estimate estimate(InverseProbabilityWeighting estimator, SparkDataset data, String treatment,
            String outcome, List<String> covariates) {
        checkRoles(data, treatment, outcome, covariates);
        return estimator.estimate(data.rows(covariates, true, List.of(treatment, outcome), List.of()), treatment, outcome);
    }

    /**
     * Augmented IPW (doubly robust) without cross-fitting. Passes: the check, one for both arms'
     * outcome models (which also gives the propensity model's start), one per Newton iteration of the
     * propensity model, and one for the estimate and its variance.
     *
     * @param estimator the configured estimator (cross-fitting is not available on Spark)
     * @param data the data
     * @param treatment a 0/1 column
     * @param outcome a numeric column
     * @param covariates the adjustment set
     * @return the estimate, with overlap diagnostics
     */
    public static Estimate estimate(AugmentedIpw estimator, SparkDataset data, String treatment, String outcome,
            List<String> covariates) {
        checkRoles(data, treatment, outcome, covariates);
        return estimator.estimate(data.rows(covariates, true, List.of(treatment, outcome), List.of()), treatment, outcome);
    }

    /**
     * An instrumental-variable fit (Wald, 2SLS, LIML, Fuller) with its diagnostics. Passes: the check,
     * one for the triangular factor of {@code [1 X Z D y]}, one more for a robust or cluster-robust
     * covariance.
     *
     * @param estimator the configured estimator
     * @param data the data
     * @param model outcome, endogenous regressors, instruments and covariates
     * @return the fit
     */
    public static IvFit fit(InstrumentalVariables estimator, SparkDataset data, IvModel model) {
        Objects.requireNonNull(model, "model");
        List<String> terms = new ArrayList<>(model.covariates());
        terms.addAll(model.instruments());
        List<String> variables = new ArrayList<>(model.endogenous());
        variables.add(model.outcome());
        return estimator.fit(data.rows(terms, true, variables, estimator.clusters()), model);
    }

    /**
     * Proximal two-stage least squares (P2SLS; the other proximal estimators solve their bridge
     * functions over rows in memory). Passes as {@link #fit(InstrumentalVariables, SparkDataset, IvModel)}.
     *
     * @param estimator a P2SLS estimator
     * @param data the data
     * @param model the roles
     * @return the estimate
     */
    public static Estimate estimate(ProximalEstimator estimator, SparkDataset data, ProximalModel model) {
        Objects.requireNonNull(model, "model");
        List<String> terms = new ArrayList<>();
        terms.add(model.treatment());
        terms.addAll(model.covariates());
        terms.addAll(model.treatmentProxies());
        List<String> variables = new ArrayList<>(model.outcomeProxies());
        variables.add(model.outcome());
        return estimator.estimate(data.rows(terms, true, variables, List.of()), model);
    }

    /**
     * The Cinelli–Hazlett omitted-variable-bias analysis of {@code outcome ~ treatment + covariates},
     * to be configured (benchmarks, multipliers, options, covariance) and run as on data in memory.
     * Its {@link OlsSensitivity#run()} takes one pass for the triangular factor (plus one for a robust
     * or cluster-robust covariance, plus one for an ill-conditioned design) after the check; the
     * benchmarks and the treatment regression need no further pass.
     *
     * @param data the data
     * @param treatment a numeric or 0/1 column
     * @param outcome a numeric column
     * @param covariates the adjustment set
     * @param clusterColumns columns {@link OlsSensitivity#clusteredBy(String...)} may name (may be empty)
     * @return the analysis
     */
    public static OlsSensitivity sensitivity(SparkDataset data, String treatment, String outcome, List<String> covariates,
            List<String> clusterColumns) {
        checkRoles(data, treatment, outcome, covariates);
        List<String> terms = new ArrayList<>();
        terms.add(treatment);
        terms.addAll(covariates);
        return OlsSensitivity.of(data.rows(terms, true, List.of(outcome), clusterColumns), treatment, outcome);
    }

    /** The checks of a back-door analysis, naming the column at fault. */
    private static void checkRoles(SparkDataset data, String treatment, String outcome, List<String> covariates) {
        Objects.requireNonNull(data, "data");
        RoleChecks.backdoor(treatment, outcome, covariates);
        if (data.isCategorical(treatment)) {
            throw new IllegalArgumentException("the treatment '" + treatment + "' is categorical; it must be numeric");
        }
        if (data.isCategorical(outcome)) {
            throw new IllegalArgumentException("the outcome '" + outcome + "' is categorical; it must be numeric");
        }
    }
}
