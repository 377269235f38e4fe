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
import io.github.causal4j.estimate.DesignMatrix;
import io.github.causal4j.estimate.EffectEstimator;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.LinearRegression;
import io.github.causal4j.estimate.Parallelism;
import io.github.causal4j.estimate.RankDeficiency;
import io.github.causal4j.estimate.RegressionFit;
import io.github.causal4j.estimate.internal.ArmLeastSquares;
import io.github.causal4j.estimate.internal.OptionChecks;
import io.github.causal4j.estimate.internal.Provenances;
import io.github.causal4j.estimate.internal.RowChunks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * G-computation (regression standardisation; Robins 1986) for a binary treatment: the outcome is
 * modelled per arm, {@code m_a(x) = x'b_a} by OLS among units with {@code D = a}, and the effect is
 * the mean of {@code m_1(x) - m_0(x)} over the target population — everyone (ATE), the treated
 * (ATT) or the controls (ATC).
 *
 * <ul>
 * <li>{@link OutcomeModel#SEPARATE} (default): the standard error is the sandwich of the stacked
 * estimating equations (both arms' normal equations and the target-mean equation), i.e.
 * {@code SE^2 = sum_i L_i^2} with
 * {@code L_i = t_i (m_1(x_i) - m_0(x_i) - tau)/N_T + xbar_T'(X_1'X_1)^{-1} x_i e_i d_i
 * - xbar_T'(X_0'X_0)^{-1} x_i e_i (1 - d_i)}: it accounts for the sampling of the covariates of the
 * target population (a population effect); normal inference.</li>
 * <li>{@link OutcomeModel#INTERACTED}: Lin's (2013, Ann. Appl. Stat. 7:295) single regression
 * {@code y ~ d + x + d (x - xbar_T)}; the coefficient of d equals the same point estimate and its
 * standard error is the chosen heteroskedasticity-consistent one (HC2 by default, as
 * {@code estimatr::lm_lin}), conditional on the covariates; t inference with the residual
 * degrees of freedom.</li>
 * </ul>
 */
public final class GComputation implements EffectEstimator {

    /** How the outcome is modelled. */
    public enum OutcomeModel {
        /** One OLS fit per arm; stacked-equation sandwich SE. */
        SEPARATE,
        /** One regression with treatment-by-centred-covariate interactions; HC standard error. */
        INTERACTED
    }

    private static final GComputation DEFAULT = new GComputation(AverageEffect.ATE, OutcomeModel.SEPARATE,
            CovarianceType.HC2, 0.95, Parallelism.commonPool());

    private final AverageEffect estimand;
    private final OutcomeModel model;
    private final CovarianceType covariance;
    private final double confidenceLevel;
    private final Parallelism parallelism;

    private GComputation(AverageEffect estimand, OutcomeModel model, CovarianceType covariance, double confidenceLevel,
            Parallelism parallelism) {
        this.estimand = estimand;
        this.model = model;
        this.covariance = covariance;
        this.confidenceLevel = confidenceLevel;
        this.parallelism = parallelism;
    }

    /** @return g-computation of the ATE with separate linear outcome models */
    public static GComputation separate() {
        return DEFAULT;
    }

    /**
     * @param effect ATE, ATT or ATC
     * @return a copy estimating it
     */
    public GComputation withEstimand(AverageEffect effect) {
        return new GComputation(Objects.requireNonNull(effect, "effect"), model, covariance, confidenceLevel, parallelism);
    }

    /**
     * @param outcomeModel separate per-arm fits or one interacted regression
     * @return a copy using it
     */
    public GComputation withOutcomeModel(OutcomeModel outcomeModel) {
        return new GComputation(estimand, Objects.requireNonNull(outcomeModel, "outcomeModel"), covariance,
                confidenceLevel, parallelism);
    }

    /**
     * @param type the covariance of the interacted regression (HC2 by default; not used by SEPARATE)
     * @return a copy using it
     */
    public GComputation withCovariance(CovarianceType type) {
        return new GComputation(estimand, model, Objects.requireNonNull(type, "type"), confidenceLevel, parallelism);
    }

    /**
     * @param level confidence level in (0, 1)
     * @return a copy using it
     */
    public GComputation withConfidenceLevel(double level) {
        OptionChecks.confidenceLevel(level);
        return new GComputation(estimand, model, covariance, level, parallelism);
    }

    /**
     * @param threads threads for the passes over the data
     * @return a copy using them
     */
    public GComputation withParallelism(Parallelism threads) {
        return new GComputation(estimand, model, covariance, confidenceLevel, Objects.requireNonNull(threads, "threads"));
    }

    @Override
    public String method() {
        return "gcomp";
    }

    @Override
    public Estimate estimate(Dataset data, String treatment, String outcome, List<String> covariates) {
        BackdoorInputs in = BackdoorInputs.of(data, treatment, outcome, covariates, true, method());
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("estimand", estimand.label());
        settings.put("outcome_model", model.name().toLowerCase(java.util.Locale.ROOT));
        settings.put("covariates", String.join(",", covariates));
        Estimate.Builder b = Estimate.builder(method(), estimand).variables(treatment, outcome).n(in.n)
                .confidenceLevel(confidenceLevel);
        if (model == OutcomeModel.SEPARATE) {
            separate(in, b);
        } else {
            settings.put("covariance", covariance.label());
            interacted(in, b);
        }
        return b.provenance(Provenances.of(data, in.usedColumns(), method(), settings, OptionalLong.empty())).build();
    }

    private double[] target(BackdoorInputs in) {
        double[] t = new double[in.n];
        for (int i = 0; i < in.n; i++) {
            t[i] = switch (estimand) {
                case ATE -> 1.0;
                case ATT -> in.d[i];
                case ATC -> 1.0 - in.d[i];
            };
        }
        return t;
    }

    private void separate(BackdoorInputs in, Estimate.Builder b) {
        int n = in.n;
        DesignMatrix x = DesignMatrix.of(in.data, in.covariates, true);
        int p = x.columnCount();
        double[] t = target(in);
        double size = 0;
        double[] xbar = new double[p];
        double[] block = new double[RowChunks.BLOCK_ROWS * p];
        for (int start = 0; start < n; start += RowChunks.BLOCK_ROWS) {
            int end = Math.min(n, start + RowChunks.BLOCK_ROWS);
            x.fill(start, end, block, p);
            for (int i = start; i < end; i++) {
                if (t[i] == 0) {
                    continue;
                }
                size++;
                for (int j = 0; j < p; j++) {
                    xbar[j] += block[(i - start) * p + j];
                }
            }
        }
        for (int j = 0; j < p; j++) {
            xbar[j] /= size;
        }
        List<String> warnings = new ArrayList<>();
        for (int a = 0; a < 2; a++) {
            int count = a == 1 ? in.treatedCount : n - in.treatedCount;
            if (count <= p) {
                throw new IllegalArgumentException("the outcome model of the " + (a == 1 ? "treated" : "control")
                        + " arm has " + count + " rows for " + p + " design columns; it needs more rows than coefficients");
            }
        }
        ArmLeastSquares.Fit[] arms = ArmLeastSquares.fit(x, in.y, in.d, parallelism, LinearRegression.DEFAULT_RANK_TOLERANCE);
        warnings.addAll(ArmLeastSquares.warnings(arms, x.columnNames(), ""));
        double[][] fitted = ArmLeastSquares.predict(x, arms);
        // d tau / d b_a = +-xbar_T; b_a - beta_a ~ (X_a'X_a)^{-1} sum x_i e_i: the direction (X_a'X_a)^{-1} xbar_T
        double[][] direction = {arms[0].solveGram(xbar), arms[1].solveGram(xbar)};
        double tau = 0;
        for (int i = 0; i < n; i++) {
            tau += t[i] * (fitted[1][i] - fitted[0][i]);
        }
        tau /= size;
        double variance = 0;
        for (int start = 0; start < n; start += RowChunks.BLOCK_ROWS) {
            int end = Math.min(n, start + RowChunks.BLOCK_ROWS);
            x.fill(start, end, block, p);
            for (int i = start; i < end; i++) {
                int arm = (int) in.d[i];
                double xa = 0;
                for (int j = 0; j < p; j++) {
                    xa += block[(i - start) * p + j] * direction[arm][j];
                }
                double residual = in.y[i] - fitted[arm][i];
                double sign = arm == 1 ? 1.0 : -1.0;
                double l = t[i] * (fitted[1][i] - fitted[0][i] - tau) / size + sign * xa * residual;
                variance += l * l;
            }
        }
        b.value(tau, Math.sqrt(variance)).warnings(warnings).diagnostic("target_size", size);
    }

    private void interacted(BackdoorInputs in, Estimate.Builder b) {
        int n = in.n;
        double[] t = target(in);
        Dataset data = in.data.select(in.usedColumns());
        List<String> terms = new ArrayList<>();
        terms.add(in.treatment);
        terms.addAll(in.covariates);
        if (!in.covariates.isEmpty()) {
            DesignMatrix x = DesignMatrix.of(in.data, in.covariates, false);
            for (int j = 0; j < x.columnCount(); j++) {
                double[] column = x.column(j);
                double mean = 0;
                double size = 0;
                for (int i = 0; i < n; i++) {
                    mean += t[i] * column[i];
                    size += t[i];
                }
                mean /= size;
                double[] product = new double[n];
                for (int i = 0; i < n; i++) {
                    product[i] = in.d[i] * (column[i] - mean);
                }
                String name = in.treatment + ":" + x.columnNames().get(j);
                if (data.hasColumn(name)) {
                    throw new IllegalArgumentException("the data already have a column '" + name
                            + "', the name of an interaction term");
                }
                data = data.withNumeric(name, product);
                terms.add(name);
            }
        }
        RegressionFit fit = LinearRegression.ols().withCovariance(covariance).withRankDeficiency(RankDeficiency.DROP)
                .withConfidenceLevel(confidenceLevel).withParallelism(parallelism).fit(data, in.outcome, terms);
        if (!fit.hasCoefficient(in.treatment)) {
            throw new CausalException("the treatment '" + in.treatment + "' is collinear with the covariates");
        }
        Coefficient c = fit.coefficient(in.treatment);
        b.value(c.estimate(), c.stdError()).interval(c.ciLower(), c.ciUpper()).pValue(c.pValue()).dof(fit.dof())
                .warnings(fit.warnings()).diagnostic("r_squared", fit.rSquared());
    }

    /** @return e.g. {@code "GComputation[ATE, SEPARATE]"} */
    @Override
    public String toString() {
        return "GComputation[" + estimand + ", " + model + (model == OutcomeModel.INTERACTED ? ", " + covariance : "") + "]";
    }
}
