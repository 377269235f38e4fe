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

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.AverageEffect;
import io.github.causal4j.estimate.DesignMatrix;
import io.github.causal4j.estimate.EffectEstimator;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.LinearRegression;
import io.github.causal4j.estimate.LogisticFit;
import io.github.causal4j.estimate.LogisticRegression;
import io.github.causal4j.estimate.Parallelism;
import io.github.causal4j.estimate.RankDeficiency;
import io.github.causal4j.estimate.internal.ArmLeastSquares;
import io.github.causal4j.estimate.internal.DesignRows;
import io.github.causal4j.estimate.internal.OptionChecks;
import io.github.causal4j.estimate.internal.Provenances;
import io.github.causal4j.estimate.internal.RowChunks;
import io.github.causal4j.estimate.internal.Seeds;
import io.github.causal4j.estimate.stats.RowLayout;
import io.github.causal4j.estimate.stats.RowPasses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Augmented inverse probability weighting, the doubly robust estimator (Robins, Rotnitzky &amp; Zhao
 * 1994, JASA 89:846; Bang &amp; Robins 2005, Biometrics 61:962): a logit propensity score
 * {@code e(x)} and a linear outcome model per arm {@code m_a(x)} (OLS of y on the covariates among
 * units with {@code D = a}), combined through the efficient influence function. For the ATE,
 *
 * <pre>
 * phi_i = m1(x_i) - m0(x_i) + d_i (y_i - m1(x_i)) / e_i - (1 - d_i)(y_i - m0(x_i)) / (1 - e_i),
 * tau = mean(phi),   SE^2 = sum (phi_i - tau)^2 / n^2;
 * </pre>
 *
 * for the ATT (Hahn 1998, Econometrica 66:315; Moodie et al. 2018) with {@code p1 = n1/n} and
 * {@code o = e/(1-e)}: {@code tau = sum [d (y - m0) - (1-d) o (y - m0)] / n1} and influence
 * {@code [d (y - m0 - tau) - (1-d) o (y - m0)] / p1}; the ATC mirrors it. The standard error
 * treats the nuisance fits as fixed, which is valid to first order because the estimating function
 * is orthogonal to them when both are consistent — and, with K-fold cross-fitting (each unit's
 * nuisances fitted on the other folds; Chernozhukov et al. 2018, Econometrics J. 21:C1), without
 * Donsker conditions. Inference is normal.
 *
 * <p>Outcome models drop covariate columns that are collinear within an arm or a training fold
 * (for example a category absent from it), with a warning.
 */
public final class AugmentedIpw implements EffectEstimator {

    private static final AugmentedIpw DEFAULT = new AugmentedIpw(AverageEffect.ATE, 1, 0L, 0.0, 0.95,
            LogisticRegression.logit(), Parallelism.commonPool());

    private final AverageEffect estimand;
    private final int folds;
    private final long seed;
    private final double clipping;
    private final double confidenceLevel;
    private final LogisticRegression propensityModel;
    private final Parallelism parallelism;

    private AugmentedIpw(AverageEffect estimand, int folds, long seed, double clipping, double confidenceLevel,
            LogisticRegression propensityModel, Parallelism parallelism) {
        this.estimand = estimand;
        this.folds = folds;
        this.seed = seed;
        this.clipping = clipping;
        this.confidenceLevel = confidenceLevel;
        this.propensityModel = propensityModel;
        this.parallelism = parallelism;
    }

    /** @return AIPW for the ATE without cross-fitting */
    public static AugmentedIpw standard() {
        return DEFAULT;
    }

    /**
     * @param effect ATE, ATT or ATC
     * @return a copy estimating it
     */
    public AugmentedIpw withEstimand(AverageEffect effect) {
        return new AugmentedIpw(Objects.requireNonNull(effect, "effect"), folds, seed, clipping, confidenceLevel,
                propensityModel, parallelism);
    }

    /**
     * @param k number of folds, at least 2 (1 turns cross-fitting off)
     * @param foldSeed seed of the random fold assignment
     * @return a copy with K-fold cross-fitting
     */
    public AugmentedIpw withCrossFitting(int k, long foldSeed) {
        if (k < 1) {
            throw new IllegalArgumentException("the number of folds must be at least 1, got " + k);
        }
        return new AugmentedIpw(estimand, k, foldSeed, clipping, confidenceLevel, propensityModel, parallelism);
    }

    /**
     * @param a clip propensity scores to {@code [a, 1-a]}, {@code 0 <= a < 0.5}
     * @return a copy that clips
     */
    public AugmentedIpw withClipping(double a) {
        InverseProbabilityWeighting.checkBound(a);
        return new AugmentedIpw(estimand, folds, seed, a, confidenceLevel, propensityModel, parallelism);
    }

    /**
     * @param level confidence level in (0, 1)
     * @return a copy using it
     */
    public AugmentedIpw withConfidenceLevel(double level) {
        OptionChecks.confidenceLevel(level);
        return new AugmentedIpw(estimand, folds, seed, clipping, level, propensityModel, parallelism);
    }

    /**
     * @param model the propensity-score logistic regression
     * @return a copy using it
     */
    public AugmentedIpw withPropensityModel(LogisticRegression model) {
        return new AugmentedIpw(estimand, folds, seed, clipping, confidenceLevel, Objects.requireNonNull(model, "model"),
                parallelism);
    }

    /**
     * @param threads threads for the passes over the data
     * @return a copy using them
     */
    public AugmentedIpw withParallelism(Parallelism threads) {
        return new AugmentedIpw(estimand, folds, seed, clipping, confidenceLevel,
                propensityModel.withParallelism(threads), Objects.requireNonNull(threads, "threads"));
    }

    @Override
    public String method() {
        return "aipw";
    }

    /** Nuisance predictions for every row (cross-fitting). */
    private record Nuisances(double[] eta, double[] m1, double[] m0, List<String> warnings) {
    }

    @Override
    public Estimate estimate(Dataset data, String treatment, String outcome, List<String> covariates) {
        BackdoorInputs in = BackdoorInputs.of(data, treatment, outcome, covariates, true, method());
        if (folds <= 1) {
            return estimate(in.rows(parallelism), treatment, outcome);
        }
        DesignMatrix x = DesignMatrix.of(data, in.covariates, true);
        requireArmSizes(in.n - in.treatedCount, in.treatedCount, x.columnCount());
        Nuisances nu = crossFit(x, in);
        // the cross-fitted nuisances enter as per-row variables of the same influence pass
        RowPasses rows = DesignRows.of(x, List.of(treatment, outcome, "(eta)", "(m1)", "(m0)"),
                List.of(in.d, in.y, nu.eta, nu.m1, nu.m0), parallelism, Provenances.digest(data, in.usedColumns()));
        int p = x.columnCount();
        double clip = clipping;
        AverageEffect effect = estimand;
        AipwInfluence result = rows.pass(() -> new AipwInfluence(p, p + 1, AipwInfluence.Nuisance.ofColumns(p + 2, p + 3,
                p + 4), clip, effect));
        return finish(rows, treatment, outcome, in.covariates, result, nu.warnings);
    }

    /**
     * The estimate from rows read in passes (e.g. a Spark DataFrame's, through {@code causal-spark}):
     * the same computation as {@link #estimate(Dataset, String, String, List)} without cross-fitting.
     *
     * <p>Passes over the rows: one for both arms' outcome models (whose triangular factors also give
     * the propensity model's first Newton step), those of the propensity model ({@link
     * LogisticRegression#fit(RowPasses, String, double[], double[])}: one per Newton iteration), and
     * one for the estimate, its influence-function variance and the overlap diagnostics.
     *
     * @param rows the rows: the design (an intercept and the covariates' columns), then variables
     *     including {@code treatment} (0/1) and {@code outcome}
     * @param treatment the treatment variable
     * @param outcome the outcome variable
     * @return the estimate
     * @throws IllegalArgumentException with cross-fitting set (folds are assigned by row position, which
     *     only data in memory have), without an intercept, or for a treatment that is not 0/1 with both values
     */
    public Estimate estimate(RowPasses rows, String treatment, String outcome) {
        if (folds > 1) {
            throw new IllegalArgumentException("cross-fitting assigns rows to folds by their position, which only data in "
                    + "memory have; estimate without cross-fitting (withCrossFitting(1, seed)) on these rows");
        }
        RowLayout layout = rows.layout();
        if (!layout.hasIntercept()) {
            throw new IllegalArgumentException("the design of " + method() + " needs an intercept column");
        }
        int dColumn = layout.variableColumn(treatment);
        int yColumn = layout.variableColumn(outcome);
        long treated = rows.summary(treatment).requireBothBinaryValues("treatment", method());
        int n = RowChunks.rowCount(rows);
        requireArmSizes(n - treated, treated, layout.designWidth());
        ArmLeastSquares.Fit[] arms = ArmLeastSquares.fit(rows, yColumn, dColumn, LinearRegression.DEFAULT_RANK_TOLERANCE);
        // the arms' triangular factors give X'X and X'd, the propensity model's first Newton pass
        int p = layout.designWidth();
        double[] gram = new double[p * p];
        double[] xtd = new double[p];
        for (int a = 0; a < 2; a++) {
            double[] armGram = arms[a].crossProducts();
            for (int k = 0; k < p * p; k++) {
                gram[k] += armGram[k];
            }
            if (a == 1) {
                System.arraycopy(armGram, 0, xtd, 0, p);   // row 0: sum over treated rows of x (intercept first)
            }
        }
        LogisticFit ps = propensityModel.withInformationAtSolution(false).fit(rows, treatment, gram, xtd);
        List<String> warnings = new ArrayList<>(ps.warnings());
        warnings.addAll(ArmLeastSquares.warnings(arms, layout.designColumns(), ""));
        AipwInfluence.Nuisance nuisance = AipwInfluence.Nuisance.ofCoefficients(ps.coefficientVector(),
                arms[1].coefficients(), arms[0].coefficients());
        double clip = clipping;
        AverageEffect effect = estimand;
        // the factory runs where the rows are: it captures values, never this estimator
        AipwInfluence result = rows.pass(() -> new AipwInfluence(dColumn, yColumn, nuisance, clip, effect));
        return finish(rows, treatment, outcome, layout.termNames(), result, warnings);
    }

    private static void requireArmSizes(long controls, long treated, int columns) {
        long[] arms = {controls, treated};
        for (int arm = 1; arm >= 0; arm--) {
            if (arms[arm] <= columns) {
                throw new IllegalArgumentException("the outcome model of the " + (arm == 1 ? "treated" : "control")
                        + " arm has " + arms[arm] + " rows for " + columns + " design columns; it needs more rows"
                        + " than coefficients");
            }
        }
    }

    private Estimate finish(RowPasses rows, String treatment, String outcome, List<String> covariates,
            AipwInfluence result, List<String> nuisanceWarnings) {
        int n = RowChunks.rowCount(rows);
        double tau = result.estimate();
        double variance = result.variance(n);
        Map<String, Double> diagnostics = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>(nuisanceWarnings);
        result.overlap.report(diagnostics, warnings);
        diagnostics.put("folds", (double) Math.max(1, folds));
        if (clipping > 0) {
            diagnostics.put("clipped", (double) result.clipped);
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("estimand", estimand.label());
        settings.put("folds", Integer.toString(Math.max(1, folds)));
        settings.put("clipping", Double.toString(clipping));
        settings.put("covariates", String.join(",", covariates));
        return Estimate.builder(method(), estimand).variables(treatment, outcome).value(tau, Math.sqrt(variance))
                .confidenceLevel(confidenceLevel).n(n).diagnostics(diagnostics).warnings(warnings)
                .provenance(Provenances.of(rows, method(), settings,
                        folds > 1 ? OptionalLong.of(seed) : OptionalLong.empty()))
                .build();
    }

    private Nuisances crossFit(DesignMatrix x, BackdoorInputs in) {
        int n = in.n;
        int[] fold = Seeds.folds(n, folds, seed);
        double[] eta = new double[n];
        double[] m1 = new double[n];
        double[] m0 = new double[n];
        List<List<String>> foldWarnings = RowChunks.mapIndices(folds, parallelism, k -> {
            List<String> warnings = new ArrayList<>();
            int[] train = rowsWhere(fold, k, false);
            int[] test = rowsWhere(fold, k, true);
            DesignMatrix xTrain = x.onRows(train);
            DesignMatrix xTest = x.onRows(test);
            double[] dTrain = pick(in.d, train);
            LogisticFit ps = propensityModel.withRankDeficiency(RankDeficiency.DROP).withInformationAtSolution(false)
                    .fit(xTrain, dTrain, in.treatment);
            double[] etaTest = ps.predictLinear(xTest);
            ArmLeastSquares.Fit[] arms = ArmLeastSquares.fit(xTrain, pick(in.y, train), dTrain, Parallelism.sequential(),
                    LinearRegression.DEFAULT_RANK_TOLERANCE);
            for (int a = 0; a < 2; a++) {
                if (arms[a].rows() <= x.columnCount()) {
                    throw new IllegalArgumentException("the " + (a == 1 ? "treated" : "control") + " arm of the training "
                            + "folds for fold " + (k + 1) + " has " + arms[a].rows() + " rows for " + x.columnCount()
                            + " design columns; use fewer folds");
                }
            }
            warnings.addAll(ArmLeastSquares.warnings(arms, x.columnNames(), "fold " + (k + 1)));
            double[][] m = ArmLeastSquares.predict(xTest, arms);
            double[] m1Test = m[1];
            double[] m0Test = m[0];
            for (int j = 0; j < test.length; j++) {
                eta[test[j]] = etaTest[j];
                m1[test[j]] = m1Test[j];
                m0[test[j]] = m0Test[j];
            }
            return warnings;
        });
        List<String> warnings = new ArrayList<>();
        foldWarnings.forEach(warnings::addAll);
        return new Nuisances(eta, m1, m0, warnings);
    }

    private static int[] rowsWhere(int[] fold, int k, boolean in) {
        int count = 0;
        for (int f : fold) {
            if ((f == k) == in) {
                count++;
            }
        }
        int[] out = new int[count];
        int j = 0;
        for (int i = 0; i < fold.length; i++) {
            if ((fold[i] == k) == in) {
                out[j++] = i;
            }
        }
        return out;
    }

    private static double[] pick(double[] v, int[] rows) {
        double[] out = new double[rows.length];
        for (int j = 0; j < rows.length; j++) {
            out[j] = v[rows[j]];
        }
        return out;
    }

    /** @return e.g. {@code "AugmentedIpw[ATE, folds=5, seed=1]"} */
    @Override
    public String toString() {
        return "AugmentedIpw[" + estimand + ", folds=" + Math.max(1, folds) + (folds > 1 ? ", seed=" + seed : "")
                + ", clipping=" + clipping + "]";
    }
}
