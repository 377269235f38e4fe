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
import io.github.causal4j.estimate.internal.CoefficientTable;
import io.github.causal4j.estimate.internal.Collinearity;
import io.github.causal4j.estimate.internal.ColumnMoments;
import io.github.causal4j.estimate.internal.DesignRows;
import io.github.causal4j.estimate.internal.Distributions;
import io.github.causal4j.estimate.internal.LogisticPasses;
import io.github.causal4j.estimate.internal.OptionChecks;
import io.github.causal4j.estimate.internal.OrderedCholesky;
import io.github.causal4j.estimate.internal.RowChunks;
import io.github.causal4j.estimate.internal.SeparationCheck;
import io.github.causal4j.estimate.internal.SmallMatrices;
import io.github.causal4j.estimate.internal.WeightedMoments;
import io.github.causal4j.estimate.stats.RowLayout;
import io.github.causal4j.estimate.stats.RowPasses;
import io.github.causal4j.estimate.stats.VariableSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Logistic regression by Newton–Raphson (iteratively reweighted least squares, which for the
 * canonical logit link is the same iteration; McCullagh &amp; Nelder 1989, <i>Generalized Linear
 * Models</i>, 2nd ed., sec. 4.4), with step halving when the deviance would rise.
 *
 * <p>Each iteration is one mergeable pass over the data (deviance, score, Fisher information).
 * Iteration stops when the Newton decrement {@code g'H^{-1}g / 2} — the deviance decrease the
 * next step predicts — falls below {@code tolerance (|deviance| + 0.1)}; the last step is taken,
 * so the coefficients are accurate to about the square of that, and the fitted probabilities to
 * about 1e-13 relative in well-conditioned problems. Collinear columns are detected on the first
 * information matrix (proportional to {@code X'X}) with R's tolerance 1e-7.
 *
 * <p>(Quasi-)complete separation, where the maximum-likelihood estimate does not exist, is detected
 * when the iteration fails to converge or fitted probabilities reach 0 or 1: a linear program
 * decides whether the data are separated ({@link SeparationException} naming the diverging
 * covariates) or the fit merely has extreme probabilities (a warning).
 */
public final class LogisticRegression {

    private static final LogisticRegression DEFAULT = new LogisticRegression(50, 1e-14, true, RankDeficiency.ERROR, 0.95,
            Parallelism.commonPool(), true);
    private static final double COLLINEARITY_TOLERANCE = 1e-7;

    private final int maxIterations;
    private final double tolerance;
    private final boolean intercept;
    private final RankDeficiency rankDeficiency;
    private final double confidenceLevel;
    private final Parallelism parallelism;
    private final boolean informationAtSolution;

    private LogisticRegression(int maxIterations, double tolerance, boolean intercept, RankDeficiency rankDeficiency,
            double confidenceLevel, Parallelism parallelism, boolean informationAtSolution) {
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
        this.intercept = intercept;
        this.rankDeficiency = rankDeficiency;
        this.confidenceLevel = confidenceLevel;
        this.parallelism = parallelism;
        this.informationAtSolution = informationAtSolution;
    }

    /**
     * Whether the standard errors use the Fisher information at the solution (the default) or at
     * the last Newton iterate before it, as R's {@code glm} does. The coefficients are the same; the
     * second saves the information matrix in the last pass over the data (useful when only fitted
     * probabilities are needed), and its standard errors differ from the exact ones by about the
     * size of the last Newton step (typically below 1e-6 relative).
     *
     * @param atSolution true for the information at the solution
     * @return a copy using it
     */
    public LogisticRegression withInformationAtSolution(boolean atSolution) {
        return new LogisticRegression(maxIterations, tolerance, intercept, rankDeficiency, confidenceLevel, parallelism,
                atSolution);
    }

    /** @return a logit model with an intercept, at most 50 iterations, tolerance 1e-14 */
    public static LogisticRegression logit() {
        return DEFAULT;
    }

    /**
     * @param iterations the maximum number of Newton iterations, at least 1
     * @return a copy using it
     */
    public LogisticRegression withMaxIterations(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("maximum iterations must be at least 1, got " + iterations);
        }
        return new LogisticRegression(iterations, tolerance, intercept, rankDeficiency, confidenceLevel, parallelism,
                informationAtSolution);
    }

    /**
     * @param relative convergence tolerance on the Newton decrement relative to the deviance, in (0, 1)
     * @return a copy using it
     */
    public LogisticRegression withTolerance(double relative) {
        if (!(relative > 0 && relative < 1)) {
            throw new IllegalArgumentException("tolerance must be in (0, 1), got " + relative);
        }
        return new LogisticRegression(maxIterations, relative, intercept, rankDeficiency, confidenceLevel, parallelism,
                informationAtSolution);
    }

    /**
     * @param withIntercept whether {@link #fit(Dataset, String, List)} adds an intercept
     * @return a copy using it
     */
    public LogisticRegression withIntercept(boolean withIntercept) {
        return new LogisticRegression(maxIterations, tolerance, withIntercept, rankDeficiency, confidenceLevel, parallelism,
                informationAtSolution);
    }

    /**
     * @param policy what to do with collinear columns
     * @return a copy using it
     */
    public LogisticRegression withRankDeficiency(RankDeficiency policy) {
        return new LogisticRegression(maxIterations, tolerance, intercept, Objects.requireNonNull(policy, "policy"),
                confidenceLevel, parallelism, informationAtSolution);
    }

    /**
     * @param level confidence level of the Wald intervals, in (0, 1)
     * @return a copy using it
     */
    public LogisticRegression withConfidenceLevel(double level) {
        OptionChecks.confidenceLevel(level);
        return new LogisticRegression(maxIterations, tolerance, intercept, rankDeficiency, level, parallelism,
                informationAtSolution);
    }

    /**
     * @param threads threads for the passes over the data (the result does not depend on it)
     * @return a copy using them
     */
    public LogisticRegression withParallelism(Parallelism threads) {
        return new LogisticRegression(maxIterations, tolerance, intercept, rankDeficiency, confidenceLevel,
                Objects.requireNonNull(threads, "threads"), informationAtSolution);
    }

    /** @return whether {@link #fit(Dataset, String, List)} adds an intercept */
    public boolean hasIntercept() {
        return intercept;
    }

    /** @return the threads passes over data in memory may use */
    public Parallelism parallelism() {
        return parallelism;
    }

    /**
     * @param data the data
     * @param outcome a 0/1 column
     * @param terms the regressors
     * @return the fit
     * @throws IllegalArgumentException if the outcome is not 0/1, is constant, or is also a term
     * @throws SeparationException if the outcome is perfectly predicted
     * @throws CollinearityException naming collinear columns (unless dropped)
     */
    public LogisticFit fit(Dataset data, String outcome, List<String> terms) {
        Objects.requireNonNull(outcome, "outcome");
        if (terms.contains(outcome)) {
            throw new IllegalArgumentException("the outcome '" + outcome + "' is also listed as a regressor");
        }
        DesignMatrix x = DesignMatrix.of(data, terms, intercept);
        data.requireComplete(List.of(outcome));
        return fit(x, data.numeric(outcome).toArray(), outcome);
    }

    /**
     * @param x the design
     * @param y one 0/1 value per row
     * @param outcomeName the name to report
     * @return the fit
     */
    public LogisticFit fit(DesignMatrix x, double[] y, String outcomeName) {
        return fit(x, y, outcomeName, null, null);
    }

    /**
     * The same fit when the caller already has the cross-products of the design (e.g. from the
     * triangular factors of an earlier least-squares pass over the same rows), which saves the
     * first pass over the data: at the starting point (intercept {@code logit(ybar)}, other
     * coefficients 0) every weight is {@code ybar(1 - ybar)}, so the information is that times
     * {@code X'X} and the score is {@code X'y - ybar X'1}.
     *
     * @param x the design, with an intercept
     * @param y one 0/1 value per row
     * @param outcomeName the name to report
     * @param crossProducts {@code X'X}, p x p row-major
     * @param xty {@code X'y}, length p
     * @return the fit (identical to {@link #fit(DesignMatrix, double[], String)} up to rounding)
     */
    public LogisticFit fit(DesignMatrix x, double[] y, String outcomeName, double[] crossProducts, double[] xty) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        int n = x.rowCount();
        if (y.length != n) {
            throw new IllegalArgumentException("the outcome has " + y.length + " values for " + n + " rows");
        }
        for (int i = 0; i < n; i++) {
            if (y[i] != 0.0 && y[i] != 1.0) {
                throw new IllegalArgumentException("logistic regression needs a 0/1 outcome, but '" + outcomeName
                        + "' has the value " + y[i] + " at row " + (i + 1));
            }
        }
        DesignRows rows = DesignRows.of(x, List.of(outcomeName), List.of(y), parallelism, () -> x.data().sha256());
        LogisticFit fit = fitRows(rows, outcomeName, crossProducts, xty);
        return fit.withLinearPredictor(LogisticPasses.linearPredictor(x, fit.coefficientVector()));
    }

    /**
     * Fits a variable of external rows (e.g. a Spark DataFrame's, through {@code causal-spark}) on
     * their design columns: the same computation as the in-memory fits, except that the fit keeps no
     * per-row values ({@link LogisticFit#linearPredictor(int)} and the like are unavailable).
     *
     * <p>Passes over the rows: one for the start value's deviance and information (none with known
     * cross-products, {@link #fit(RowPasses, String, double[], double[])}), then one per Newton
     * iteration (plus one per step halving, rare); when the iteration fails or fitted
     * probabilities reach 0 or 1, one more to gather at most {@link SeparationCheck#MAX_ROWS} rows
     * for the separation check and, on separation, one for the columns' spread.
     *
     * @param rows the rows: the design, then variables including {@code outcome}
     * @param outcome the 0/1 variable
     * @return the fit
     * @throws IllegalArgumentException if the outcome is not 0/1 or is constant
     * @throws SeparationException if the outcome is perfectly predicted
     * @throws CollinearityException naming collinear columns (unless dropped)
     */
    public LogisticFit fit(RowPasses rows, String outcome) {
        return fitRows(Objects.requireNonNull(rows, "rows"), Objects.requireNonNull(outcome, "outcome"), null, null);
    }

    /**
     * The fit on rows read in passes, saving the first pass with known cross-products of the design
     * (see {@link #fit(DesignMatrix, double[], String, double[], double[])}).
     *
     * @param rows the rows: the design, with an intercept, then variables including {@code outcome}
     * @param outcome the 0/1 variable
     * @param crossProducts {@code X'X}, p x p row-major
     * @param xty {@code X'y}, length p
     * @return the fit
     */
    public LogisticFit fit(RowPasses rows, String outcome, double[] crossProducts, double[] xty) {
        return fitRows(Objects.requireNonNull(rows, "rows"), Objects.requireNonNull(outcome, "outcome"),
                Objects.requireNonNull(crossProducts, "crossProducts"), Objects.requireNonNull(xty, "xty"));
    }

    private LogisticFit fitRows(RowPasses rows, String outcomeName, double[] crossProducts, double[] xty) {
        RowLayout layout = rows.layout();
        int n = RowChunks.rowCount(rows);
        int p = layout.designWidth();
        int yColumn = layout.variableColumn(outcomeName);
        VariableSummary summary = rows.summary(outcomeName);
        if (!summary.binary()) {
            throw new IllegalArgumentException("logistic regression needs a 0/1 outcome, but '" + outcomeName
                    + "' has values in [" + summary.min() + ", " + summary.max() + "] other than 0 and 1");
        }
        double ones = summary.sum();
        if (ones == 0 || ones == n) {
            throw new IllegalArgumentException("the outcome '" + outcomeName + "' is " + (ones == 0 ? 0 : 1)
                    + " in every row; a logistic regression needs both values");
        }
        if (n <= p) {
            throw new IllegalArgumentException(n + " rows for " + p + " design columns: need more rows than coefficients");
        }
        double mean = ones / n;
        double[] beta = new double[p];
        if (layout.hasIntercept()) {
            beta[0] = Math.log(mean / (1 - mean));
        }
        List<String> names = layout.designColumns();
        LogisticPasses.Evaluation eval;
        if (crossProducts != null && xty != null && layout.hasIntercept()) {
            if (crossProducts.length != p * p || xty.length != p) {
                throw new IllegalArgumentException("cross-products must be " + p + " x " + p + " and X'y of length " + p);
            }
            double w = mean * (1 - mean);
            double[] information = new double[p * p];
            double[] score = new double[p];
            for (int a = 0; a < p; a++) {
                score[a] = xty[a] - mean * crossProducts[a];   // row 0 of X'X is X'1 (the intercept column)
                for (int b = 0; b < p; b++) {
                    information[a * p + b] = w * crossProducts[a * p + b];
                }
            }
            double deviance = -2.0 * n * (mean * Math.log(mean) + (1 - mean) * Math.log1p(-mean));
            eval = new LogisticPasses.Evaluation(deviance, score, information, Math.abs(beta[0]), 0, 0);
        } else {
            eval = LogisticPasses.evaluate(rows, yColumn, beta);
        }
        double nullDeviance = layout.hasIntercept() ? eval.deviance()
                : 2.0 * n * Math.log(2.0);
        // With every weight equal, the first information matrix is proportional to X'X.
        OrderedCholesky.Result rank = OrderedCholesky.decide(eval.information(), p, COLLINEARITY_TOLERANCE);
        List<String> warnings = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        if (!rank.dropped().isEmpty()) {
            if (rankDeficiency == RankDeficiency.ERROR) {
                throw Collinearity.exception(rank.dropped(), rank.columnNorms(), names);
            }
            rank.dropped().forEach(d -> dropped.add(names.get(d.column())));
            warnings.add("dropped collinear design columns (coefficients not estimable): "
                    + Collinearity.describe(rank.dropped(), rank.columnNorms(), names));
        }
        int[] kept = rank.kept();
        int k = kept.length;
        boolean converged = false;
        int iterations = 0;
        double[] lastStep = new double[p];
        while (iterations < maxIterations) {
            iterations++;
            double[] g = sub(eval.score(), kept);
            double[] h = subMatrix(eval.information(), p, kept);
            double[] step = SmallMatrices.solvePositiveDefinite(h, g, k);
            if (step == null) {
                throw new CausalException("the Fisher information of the logistic regression of '" + outcomeName
                        + "' is not positive definite at iteration " + iterations
                        + " (fitted probabilities at 0 or 1?); check for separation or near-collinear covariates");
            }
            double decrement = 0.0;
            for (int a = 0; a < k; a++) {
                decrement += g[a] * step[a];
            }
            double[] next = beta.clone();
            for (int a = 0; a < k; a++) {
                next[kept[a]] += step[a];
                lastStep[kept[a]] = step[a];
            }
            boolean last = decrement / 2 <= tolerance * (Math.abs(eval.deviance()) + 0.1);
            boolean withInformation = !last || informationAtSolution;
            LogisticPasses.Evaluation previous = eval;
            LogisticPasses.Evaluation trial = LogisticPasses.evaluate(rows, yColumn, next, withInformation);
            int halvings = 0;
            while (!(trial.deviance() <= eval.deviance() * (1 + 1e-12) + 1e-12) && halvings < 30) {
                halvings++;
                double f = Math.scalb(1.0, -halvings);
                next = beta.clone();
                for (int a = 0; a < k; a++) {
                    next[kept[a]] += f * step[a];
                }
                trial = LogisticPasses.evaluate(rows, yColumn, next, withInformation);
            }
            beta = next;
            eval = withInformation ? trial : new LogisticPasses.Evaluation(trial.deviance(), trial.score(),
                    previous.information(), trial.maxAbsEta(), trial.extremeRows(), trial.perfectRows());
            if (last) {
                converged = true;
                break;
            }
        }
        long extreme = eval.extremeRows();
        if (!converged || extreme > 0) {
            Optional<Boolean> separated = SeparationCheck.separated(rows, yColumn, kept);
            if (separated.orElse(!converged)) {
                List<String> diverging = diverging(rows, layout.hasIntercept(), beta, lastStep, kept, names);
                long perfect = eval.perfectRows();
                throw new SeparationException("(quasi-)complete separation in the logistic regression of '" + outcomeName
                        + "': " + perfect + " of " + n + " rows are predicted perfectly (fitted probability numerically "
                        + "0 or 1), the coefficients of " + diverging + " diverge, and the maximum-likelihood estimate "
                        + "does not exist" + (separated.isPresent() ? "" : " (suspected: the linear-programming check "
                        + "was not run on " + n + " rows)") + "; drop or coarsen these covariates, or restrict the "
                        + "data to where both outcome values occur", diverging, (int) perfect);
            }
            if (!converged) {
                throw new CausalException("the logistic regression of '" + outcomeName + "' did not converge in "
                        + maxIterations + " iterations (the data are not separated); raise the iteration limit");
            }
            warnings.add("fitted probabilities numerically 0 or 1 occurred in " + extreme + " rows");
        }
        double[] information = subMatrix(eval.information(), p, kept);
        double[] cov = SmallMatrices.invertPositiveDefinite(information, k);
        if (cov == null) {
            throw new CausalException("the Fisher information of the logistic regression of '" + outcomeName
                    + "' is singular at the solution");
        }
        double q = Distributions.critical(confidenceLevel, Double.POSITIVE_INFINITY);
        List<String> keptNames = new ArrayList<>(k);
        double[] keptBeta = new double[k];
        for (int a = 0; a < k; a++) {
            keptNames.add(names.get(kept[a]));
            keptBeta[a] = beta[kept[a]];
        }
        CoefficientTable table = new CoefficientTable(
                CoefficientTable.waldRows(keptNames, keptBeta, cov, q, Double.POSITIVE_INFINITY), cov);
        return new LogisticFit(outcomeName, names, table, dropped, beta, n, null, eval.deviance(), nullDeviance, iterations,
                warnings);
    }

    /** The columns whose standardised coefficient or last step dominates the divergence (one pass for the spreads). */
    private static List<String> diverging(RowPasses rows, boolean intercept, double[] beta, double[] step, int[] kept,
            List<String> names) {
        int k = kept.length;
        ColumnMoments moments = rows.pass(() -> new ColumnMoments(kept));
        double[] size = new double[k];
        double max = 0.0;
        for (int a = 0; a < k; a++) {
            int j = kept[a];
            if (intercept && j == 0) {
                continue;
            }
            WeightedMoments m = moments.of(a);
            double sd = Math.sqrt(m.centredSumOfSquares() / Math.max(1, m.weight() - 1));
            size[a] = sd * Math.max(Math.abs(beta[j]), Math.abs(step[j]));
            max = Math.max(max, size[a]);
        }
        List<Integer> order = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            if (size[a] > 0 && size[a] >= 0.25 * max) {
                order.add(a);
            }
        }
        order.sort(Comparator.comparingDouble(a -> -size[a]));
        List<String> out = new ArrayList<>();
        for (int a : order) {
            out.add(names.get(kept[a]));
        }
        return out;
    }

    private static double[] sub(double[] v, int[] kept) {
        double[] out = new double[kept.length];
        for (int a = 0; a < kept.length; a++) {
            out[a] = v[kept[a]];
        }
        return out;
    }

    private static double[] subMatrix(double[] m, int p, int[] kept) {
        int k = kept.length;
        double[] out = new double[k * k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                out[a * k + b] = m[kept[a] * p + kept[b]];
            }
        }
        return out;
    }

    /** @return e.g. {@code "LogisticRegression[maxIterations=50, tolerance=1e-14]"} */
    @Override
    public String toString() {
        return "LogisticRegression[maxIterations=" + maxIterations + ", tolerance=" + tolerance + ", intercept=" + intercept
                + "]";
    }
}
