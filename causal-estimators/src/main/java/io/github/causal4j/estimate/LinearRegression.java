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
package io.github.causal4j.estimate;

import io.github.causal4j.CausalException;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.data.NumericColumn;
import io.github.causal4j.estimate.internal.ClusterKeys;
import io.github.causal4j.estimate.internal.ClusterLeverageMeat;
import io.github.causal4j.estimate.internal.ClusterSums;
import io.github.causal4j.estimate.internal.CoefficientTable;
import io.github.causal4j.estimate.internal.Collinearity;
import io.github.causal4j.estimate.internal.DesignRows;
import io.github.causal4j.estimate.internal.Distributions;
import io.github.causal4j.estimate.internal.IterativeRefinement;
import io.github.causal4j.estimate.internal.LeastSquaresPasses;
import io.github.causal4j.estimate.internal.OptionChecks;
import io.github.causal4j.estimate.internal.OrderedPivotingQr;
import io.github.causal4j.estimate.internal.RowChunks;
import io.github.causal4j.estimate.internal.SmallMatrices;
import io.github.causal4j.estimate.internal.Triangular;
import io.github.causal4j.estimate.stats.RowLayout;
import io.github.causal4j.estimate.stats.RowPasses;
import io.github.causal4j.estimate.stats.VariableSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Ordinary (and weighted) least squares by Householder QR, with classical, heteroskedasticity-
 * consistent (HC0–HC3) and one- or two-way cluster-robust covariances, as R's {@code lm},
 * {@code summary.lm}, {@code sandwich::vcovHC} and {@code sandwich::vcovCL} compute them.
 * Immutable: each {@code with...} method returns a new configuration.
 *
 * <p>The data are read once in row blocks to build the triangular factor of {@code [X y]}
 * (streaming Householder QR, accurate to the digits LAPACK's QR gets on the NIST StRD problems),
 * and once more, for robust covariances only, to form residuals and the sandwich meat in the same
 * loop. Both passes are cut into fixed chunks merged in order, so the result is bit-for-bit the
 * same for any {@link Parallelism}.
 *
 * <p>Collinear columns (a column whose component orthogonal to the preceding columns has norm
 * below {@link #rankTolerance()} times its own) are an error naming them, or with
 * {@link RankDeficiency#DROP} are dropped as R's {@code lm} does, with a warning.
 *
 * <pre>{@code
 * RegressionFit fit = LinearRegression.ols().withCovariance(CovarianceType.HC1)
 *         .fit(lalonde, "re78", List.of("treat", "age", "educ"));
 * fit.coefficient("treat").stdError();
 * RegressionFit clustered = LinearRegression.ols().clusteredBy(List.of("firm")).fit(petersen, "y", List.of("x"));
 * }</pre>
 */
public final class LinearRegression {

    /** The default relative tolerance of the rank decision. */
    public static final double DEFAULT_RANK_TOLERANCE = 1e-10;

    /** The variable name under which in-memory fits pass prior weights to their rows. */
    private static final String WEIGHTS = "(weights)";

    private static final LinearRegression DEFAULT = new LinearRegression(CovarianceType.CLASSICAL, List.of(),
            RankDeficiency.ERROR, DEFAULT_RANK_TOLERANCE, true, 0.95, Parallelism.commonPool());

    private final CovarianceType covariance;
    private final List<String> clusters;
    private final RankDeficiency rankDeficiency;
    private final double rankTolerance;
    private final boolean intercept;
    private final double confidenceLevel;
    private final Parallelism parallelism;

    private LinearRegression(CovarianceType covariance, List<String> clusters, RankDeficiency rankDeficiency,
            double rankTolerance, boolean intercept, double confidenceLevel, Parallelism parallelism) {
        this.covariance = covariance;
        this.clusters = List.copyOf(clusters);
        this.rankDeficiency = rankDeficiency;
        this.rankTolerance = rankTolerance;
        this.intercept = intercept;
        this.confidenceLevel = confidenceLevel;
        this.parallelism = parallelism;
    }

    /** @return OLS with an intercept, classical standard errors, 95% intervals, an error on collinearity */
    public static LinearRegression ols() {
        return DEFAULT;
    }

    /**
     * @param type the covariance estimator
     * @return a copy using it
     */
    public LinearRegression withCovariance(CovarianceType type) {
        Objects.requireNonNull(type, "type");
        return new LinearRegression(type, clusters, rankDeficiency, rankTolerance, intercept, confidenceLevel,
                parallelism);
    }

    /**
     * Cluster-robust standard errors by one clustering variable, or two (Cameron, Gelbach &amp;
     * Miller 2011, J. Bus. Econ. Stat. 29:238: {@code V_A + V_B - V_{A&B}}), with the small-sample
     * factors of R's {@code sandwich::vcovCL}. A {@link CovarianceType#CLASSICAL} setting becomes
     * HC1, vcovCL's default for linear models; HC0, HC2 and HC3 are also allowed.
     *
     * <p>Clustered HC2/HC3 (Bell &amp; McCaffrey 2002; Cameron &amp; Miller 2015, Sec. VI.B) replace
     * cluster g's score {@code X_g'e_g} by {@code X_g' A_g e_g}, {@code A_g = (I - H_gg)^{-1/2}}
     * (HC2, symmetric) or {@code (I - H_gg)^{-1}} (HC3), {@code H_gg = X_g (X'X)^{-1} X_g'}, and, as
     * vcovCL does (its scores scaled by {@code sqrt((G-1)/G)} against its {@code G/(G-1)}), carry
     * no G/(G-1) factor: {@code V = B (sum_g u_g u_g') B}. With every cluster of size 1 this is
     * unclustered HC2/HC3. Two-way clustering adjusts each of the three terms by its own clusters'
     * blocks. One extra mergeable pass sums {@code Z_g'Z_g} and {@code Z_g'e_g} per cluster
     * ({@code Z = X R^{-1}}); cost O(n k^2 + G k^3) time and O(G k^2) memory, no n_g x n_g
     * matrix. A cluster whose {@code I - H_gg} is singular (e.g. a cluster that alone determines a
     * coefficient, such as a cluster fixed effect) is an error naming it; weighted fits are refused
     * (vcovCL's weighted clustered HC2/HC3 is not reproduced).
     *
     * @param columns one or two column names of the data (numeric, binary or categorical); empty to unset
     * @return a copy using them
     */
    public LinearRegression clusteredBy(List<String> columns) {
        OptionChecks.clusterColumns(columns);
        return new LinearRegression(covariance, columns, rankDeficiency, rankTolerance, intercept, confidenceLevel,
                parallelism);
    }

    /**
     * @param columns one or two clustering variables
     * @return a copy clustered by them (see {@link #clusteredBy(List)})
     */
    public LinearRegression clusteredBy(String... columns) {
        return clusteredBy(List.of(columns));
    }

    /**
     * @param policy what to do with collinear columns
     * @return a copy using it
     */
    public LinearRegression withRankDeficiency(RankDeficiency policy) {
        return new LinearRegression(covariance, clusters, Objects.requireNonNull(policy, "policy"), rankTolerance,
                intercept, confidenceLevel, parallelism);
    }

    /**
     * @param tolerance relative tolerance of the rank decision, in (0, 1); R's {@code lm} uses 1e-7
     * @return a copy using it
     */
    public LinearRegression withRankTolerance(double tolerance) {
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("rank tolerance must be in (0, 1), got " + tolerance);
        }
        return new LinearRegression(covariance, clusters, rankDeficiency, tolerance, intercept, confidenceLevel,
                parallelism);
    }

    /**
     * @param withIntercept whether {@link #fit(Dataset, String, List)} adds an intercept
     * @return a copy using it
     */
    public LinearRegression withIntercept(boolean withIntercept) {
        return new LinearRegression(covariance, clusters, rankDeficiency, rankTolerance, withIntercept, confidenceLevel,
                parallelism);
    }

    /**
     * @param level confidence level of the intervals, in (0, 1)
     * @return a copy using it
     */
    public LinearRegression withConfidenceLevel(double level) {
        OptionChecks.confidenceLevel(level);
        return new LinearRegression(covariance, clusters, rankDeficiency, rankTolerance, intercept, level, parallelism);
    }

    /**
     * @param threads the threads passes over the data may use (the result does not depend on it)
     * @return a copy using them
     */
    public LinearRegression withParallelism(Parallelism threads) {
        return new LinearRegression(covariance, clusters, rankDeficiency, rankTolerance, intercept, confidenceLevel,
                Objects.requireNonNull(threads, "threads"));
    }

    /** @return the covariance type (HC1 is used when clustered with CLASSICAL set) */
    public CovarianceType covarianceType() {
        return covariance;
    }

    /** @return the clustering variables */
    public List<String> clusters() {
        return clusters;
    }

    /** @return the rank tolerance */
    public double rankTolerance() {
        return rankTolerance;
    }

    /** @return the collinearity policy */
    public RankDeficiency rankDeficiency() {
        return rankDeficiency;
    }

    /** @return whether an intercept is added */
    public boolean hasIntercept() {
        return intercept;
    }

    /** @return the confidence level */
    public double confidenceLevel() {
        return confidenceLevel;
    }

    /** @return the parallelism */
    public Parallelism parallelism() {
        return parallelism;
    }

    /**
     * Regresses {@code outcome} on the terms (plus an intercept unless disabled).
     *
     * @param data the data
     * @param outcome a numeric or binary column
     * @param terms regressors: numeric, binary or categorical columns
     * @return the fit
     * @throws IllegalArgumentException if a column is unknown, the outcome is also a term, or there are
     *     no more rows than coefficients
     * @throws io.github.causal4j.data.DataFormatException naming the column and row of a missing value
     * @throws CollinearityException naming collinear columns (unless they are dropped)
     */
    public RegressionFit fit(Dataset data, String outcome, List<String> terms) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(outcome, "outcome");
        if (terms.contains(outcome)) {
            throw new IllegalArgumentException("the outcome '" + outcome + "' is also listed as a regressor");
        }
        return fit(DesignMatrix.of(data, terms, intercept), outcome);
    }

    /**
     * @param design the design
     * @param outcome a numeric column of the design's data
     * @return the fit
     */
    public RegressionFit fit(DesignMatrix design, String outcome) {
        Objects.requireNonNull(design, "design");
        if (design.terms().contains(outcome)) {
            throw new IllegalArgumentException("the outcome '" + outcome + "' is also a term of the design");
        }
        NumericColumn y = design.data().numeric(outcome);
        design.data().requireComplete(List.of(outcome));
        return fit(design, y.toArray(), null, outcome);
    }

    /**
     * Fits a response given as an array (a derived outcome, a working response).
     *
     * @param design the design
     * @param y one finite value per row
     * @param outcomeName the name to report
     * @return the fit
     */
    public RegressionFit fit(DesignMatrix design, double[] y, String outcomeName) {
        return fit(design, y, null, outcomeName);
    }

    /**
     * Weighted least squares: minimises {@code sum w_i (y_i - x_i'b)^2}; covariances follow R's
     * {@code lm(..., weights = w)} with {@code sandwich}.
     *
     * @param design the design
     * @param y one finite value per row
     * @param weights positive finite weights, one per row
     * @param outcomeName the name to report
     * @return the fit
     */
    public RegressionFit fitWeighted(DesignMatrix design, double[] y, double[] weights, String outcomeName) {
        Objects.requireNonNull(weights, "weights");
        return fit(design, y, weights, outcomeName);
    }

    private RegressionFit fit(DesignMatrix design, double[] y, double[] weights, String outcomeName) {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(outcomeName, "outcomeName");
        int n = design.rowCount();
        requireLength(y, n, "the response '" + outcomeName + "'");
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("the response '" + outcomeName + "' is " + y[i] + " at row " + (i + 1));
            }
        }
        List<String> names = new ArrayList<>(List.of(outcomeName));
        List<double[]> values = new ArrayList<>(List.of(y));
        if (weights != null) {
            requireLength(weights, n, "the weights");
            for (int i = 0; i < n; i++) {
                if (!(weights[i] > 0) || !Double.isFinite(weights[i])) {
                    throw new IllegalArgumentException("weight at row " + (i + 1) + " is " + weights[i]
                            + "; weights must be positive and finite");
                }
            }
            names.add(WEIGHTS);
            values.add(weights);
        }
        for (String c : clusters) {
            if (c.equals(outcomeName)) {
                throw new IllegalArgumentException("the clustering variable '" + c + "' is the outcome");
            }
            names.add(c);
            values.add(ClusterKeys.of(design.data(), c));
        }
        DesignRows rows = DesignRows.of(design, names, values, parallelism, () -> design.data().sha256());
        return fitRows(rows, outcomeName, weights == null ? null : WEIGHTS);
    }

    /**
     * Regresses a variable of external rows (e.g. a Spark DataFrame's, through {@code causal-spark})
     * on their design columns: the same computation as the in-memory fits. Clustering variables set
     * by {@link #clusteredBy(List)} must be variables of the rows holding cluster keys (any number
     * identifying the cluster: the variable's value, or a categorical level's code).
     *
     * <p>Passes over the rows: one (the triangular factor), plus one for an ill-conditioned design
     * (iterative refinement, see the class comment), plus one for a robust or cluster-robust
     * covariance (residuals and meat together).
     *
     * @param rows the rows: the design columns, then variables including {@code outcome}
     * @param outcome the response variable
     * @return the fit
     * @throws IllegalArgumentException if a variable is missing or there are no more rows than coefficients
     * @throws CollinearityException naming collinear columns (unless they are dropped)
     */
    public RegressionFit fit(RowPasses rows, String outcome) {
        return fitRows(Objects.requireNonNull(rows, "rows"), Objects.requireNonNull(outcome, "outcome"), null);
    }

    /**
     * Weighted least squares on external rows (see {@link #fit(RowPasses, String)}).
     *
     * @param rows the rows
     * @param outcome the response variable
     * @param weights the variable of positive prior weights
     * @return the fit
     */
    public RegressionFit fitWeighted(RowPasses rows, String outcome, String weights) {
        Objects.requireNonNull(rows, "rows");
        VariableSummary w = rows.summary(Objects.requireNonNull(weights, "weights"));
        if (!(w.min() > 0)) {
            throw new IllegalArgumentException("the weights '" + weights + "' reach " + w.min()
                    + "; weights must be positive and finite");
        }
        return fitRows(rows, Objects.requireNonNull(outcome, "outcome"), weights);
    }

    private RegressionFit fitRows(RowPasses rows, String outcomeName, String weightsName) {
        RowLayout layout = rows.layout();
        int n = RowChunks.rowCount(rows);
        int p = layout.designWidth();
        int yColumn = layout.variableColumn(outcomeName);
        int wColumn = weightsName == null ? -1 : layout.variableColumn(weightsName);
        if (n <= p) {
            throw new IllegalArgumentException(n + " rows for " + p + " design columns: a regression needs more rows than "
                    + "coefficients (n > p)");
        }
        int[] clusterColumns = new int[clusters.size()];
        for (int c = 0; c < clusters.size(); c++) {
            if (clusters.get(c).equals(outcomeName)) {
                throw new IllegalArgumentException("the clustering variable '" + clusters.get(c) + "' is the outcome");
            }
            clusterColumns[c] = layout.variableColumn(clusters.get(c));
        }
        if (clusterColumns.length > 0 && wColumn >= 0
                && (covariance == CovarianceType.HC2 || covariance == CovarianceType.HC3)) {
            throw new IllegalArgumentException("clustered " + covariance + " is available for unweighted least squares "
                    + "only; use HC0 or HC1 with weights");
        }
        LeastSquaresPasses.Factored factored = LeastSquaresPasses.factor(rows, new int[] {yColumn}, wColumn,
                rankTolerance);
        OrderedPivotingQr.Solution solution = factored.solution();
        List<String> names = layout.designColumns();
        List<String> warnings = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        if (!solution.dropped().isEmpty()) {
            String description = Collinearity.describe(solution.dropped(), solution.columnNorms(), names);
            if (rankDeficiency == RankDeficiency.ERROR) {
                throw Collinearity.exception(solution.dropped(), solution.columnNorms(), names);
            }
            for (OrderedPivotingQr.Dependence d : solution.dropped()) {
                dropped.add(names.get(d.column()));
            }
            warnings.add("dropped collinear design columns (coefficients not estimable): " + description);
        }
        int k = solution.rank();
        int dof = n - k;
        if (dof <= 0) {
            throw new IllegalArgumentException(n + " rows for " + k + " estimable coefficients: a regression needs more rows "
                    + "than coefficients (n > p)");
        }
        int[] kept = solution.kept();
        double rss = solution.residualSumOfSquares()[0];
        double[] beta = LeastSquaresPasses.keptCoefficients(solution, 0);
        double[] rInverse = Triangular.invertUpper(solution.rFactor(), k);
        double[] bread = Triangular.timesOwnTranspose(rInverse, k);
        double[] keptNorms = new double[k];
        for (int a = 0; a < k; a++) {
            keptNorms[a] = solution.columnNorms()[kept[a]];
        }
        if (IterativeRefinement.scaledCondition(rInverse, keptNorms, k) > IterativeRefinement.CONDITION_THRESHOLD) {
            IterativeRefinement.Refined refined = IterativeRefinement.refine(rows, yColumn, wColumn, kept, beta);
            if (refined != null) {
                beta = refined.coefficients();
                rss = refined.residualSumOfSquares();
                bread = refined.bread();
            }
        }
        double sigma2 = rss / dof;
        double[] classicalSe = new double[k];
        for (int a = 0; a < k; a++) {
            classicalSe[a] = Math.sqrt(sigma2 * bread[a * k + a]);
        }
        if (rss == 0.0) {
            warnings.add("the fit is exact (residual sum of squares 0): standard errors are 0");
        }
        CovarianceType type = clusters.isEmpty() || covariance != CovarianceType.CLASSICAL ? covariance
                : CovarianceType.HC1;
        List<Integer> clusterCounts = new ArrayList<>();
        double[] cov;
        if (clusterColumns.length > 0) {
            cov = clusteredCovariance(rows, yColumn, wColumn, kept, beta, clusterColumns, solution.rFactor(), rInverse,
                    bread, type, n, k, clusterCounts);
        } else if (type == CovarianceType.CLASSICAL) {
            cov = new double[k * k];
            for (int a = 0; a < k * k; a++) {
                cov[a] = sigma2 * bread[a];
            }
        } else {
            cov = heteroskedasticCovariance(rows, yColumn, wColumn, kept, beta, rInverse, bread, type, n, k);
        }
        double critical = Distributions.critical(confidenceLevel, dof);
        List<String> keptNames = new ArrayList<>(k);
        double[] full = new double[p];
        for (int a = 0; a < k; a++) {
            keptNames.add(names.get(kept[a]));
            full[kept[a]] = beta[a];
            double variance = cov[a * k + a];
            if (variance < 0) {
                throw new CausalException("the " + type + " variance of '" + names.get(kept[a]) + "' is negative ("
                        + variance + "): the two-way cluster-robust estimator is not positive semi-definite here");
            }
        }
        CoefficientTable table = new CoefficientTable(CoefficientTable.waldRows(keptNames, beta, cov, critical, dof), cov);
        WeightedMomentsView moments = new WeightedMomentsView(factored.moments()[0].centredSumOfSquares(),
                factored.moments()[0].rawSumOfSquares());
        double total = layout.hasIntercept() ? moments.centred : moments.raw;
        double r2 = total > 0 ? 1.0 - rss / total : 0.0;
        int df0 = layout.hasIntercept() ? 1 : 0;
        double adjusted = 1.0 - (1.0 - r2) * (n - df0) / dof;
        return new RegressionFit(outcomeName, names, table, dropped, n, dof, rss, r2, adjusted, layout.hasIntercept(), type,
                clusters, clusterCounts, confidenceLevel, bread, classicalSe, full, warnings);
    }

    private record WeightedMomentsView(double centred, double raw) {
    }

    private static double[] heteroskedasticCovariance(RowPasses rows, int yColumn, int wColumn, int[] kept,
            double[] beta, double[] rInverse, double[] bread, CovarianceType type, int n, int k) {
        LeastSquaresPasses.ResidualWeighting weighting = switch (type) {
            case HC2 -> LeastSquaresPasses.ResidualWeighting.LEVERAGE;
            case HC3 -> LeastSquaresPasses.ResidualWeighting.LEVERAGE_SQUARED;
            default -> LeastSquaresPasses.ResidualWeighting.PLAIN;
        };
        double[] meat;
        try {
            meat = LeastSquaresPasses.residualMeat(rows, yColumn, wColumn, kept, beta, rInverse, weighting);
        } catch (LeastSquaresPasses.UnitLeverageException e) {
            throw new CausalException(e.row + " has leverage 1 (it alone determines a coefficient), so "
                    + type + " is undefined; use HC0 or HC1", e);
        }
        double factor = type == CovarianceType.HC1 ? (double) n / (n - k) : 1.0;
        return SmallMatrices.sandwich(bread, meat, k, factor);
    }

    private double[] clusteredCovariance(RowPasses rows, int yColumn, int wColumn, int[] kept, double[] beta,
            int[] clusterColumns, double[] rFactor, double[] rInverse, double[] bread, CovarianceType type, int n, int k,
            List<Integer> clusterCounts) {
        boolean leverage = type == CovarianceType.HC2 || type == CovarianceType.HC3;
        ClusterSums[] sums = leverage
                ? LeastSquaresPasses.clusterHatBlocks(rows, yColumn, kept, beta, rInverse, clusterColumns)
                : LeastSquaresPasses.clusterScores(rows, yColumn, wColumn, kept, beta, clusterColumns);
        double[] meat = new double[k * k];
        for (int c = 0; c < sums.length; c++) {
            int count = sums[c].count();
            if (c < clusterColumns.length) {
                clusterCounts.add(count);
                if (count < 2) {
                    throw new IllegalArgumentException("clustering variable '" + clusters.get(c) + "' has "
                            + count + " cluster; cluster-robust standard errors need at least 2");
                }
            }
            // sandwich::meatCL: sign (-1)^(size+1) for the intersection, cadjust G/(G-1) for every term;
            // for HC2/HC3 it also scales the scores by sqrt((G-1)/G), which cancels cadjust.
            double sign = c == 2 ? -1.0 : 1.0;
            double adjust = leverage ? 1.0 : (double) count / (count - 1);
            double[] part = leverage ? leverageMeat(rows, sums[c], c, rFactor, k, type) : sums[c].meat();
            for (int a = 0; a < k * k; a++) {
                meat[a] += sign * adjust * part[a];
            }
        }
        double factor = type == CovarianceType.HC1 ? (double) (n - 1) / (n - k) : 1.0;
        return SmallMatrices.sandwich(bread, meat, k, factor);
    }

    private double[] leverageMeat(RowPasses rows, ClusterSums sums, int clustering, double[] rFactor, int k,
            CovarianceType type) {
        LeastSquaresPasses.ResidualWeighting weighting = type == CovarianceType.HC2
                ? LeastSquaresPasses.ResidualWeighting.LEVERAGE
                : LeastSquaresPasses.ResidualWeighting.LEVERAGE_SQUARED;
        try {
            return ClusterLeverageMeat.meat(sums, rFactor, k, weighting);
        } catch (ClusterLeverageMeat.SingularClusterException e) {
            String cluster = clustering < 2 ? named(rows, clusters.get(clustering), e.first)
                    : named(rows, clusters.get(0), e.first) + " and " + named(rows, clusters.get(1), e.second);
            throw new CausalException("the cluster " + cluster + " has a leverage block I - H_gg that is singular "
                    + "(its rows alone determine a coefficient), so clustered " + type + " is undefined; "
                    + "use HC0 or HC1", e);
        }
    }

    private static String named(RowPasses rows, String variable, double key) {
        return "'" + variable + "' = " + rows.describe(variable, key);
    }

    private static void requireLength(double[] values, int n, String what) {
        if (values.length != n) {
            throw new IllegalArgumentException(what + " has " + values.length + " values for " + n + " rows");
        }
    }

    /** @return e.g. {@code "LinearRegression[covariance=hc1, clusters=[firm], intercept=true]"} */
    @Override
    public String toString() {
        return "LinearRegression[covariance=" + covariance.label() + ", clusters=" + clusters + ", intercept=" + intercept
                + ", rank=" + rankDeficiency + "@" + rankTolerance + ", level=" + confidenceLevel + "]";
    }
}
