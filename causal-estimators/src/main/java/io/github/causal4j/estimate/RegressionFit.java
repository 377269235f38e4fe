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

import io.github.causal4j.estimate.internal.CoefficientTable;
import io.github.causal4j.estimate.internal.Formatting;
import io.github.causal4j.result.Report;
import java.util.List;
import java.util.Locale;

/**
 * A fitted least-squares regression: the coefficient table (estimates, standard errors,
 * t statistics, p-values, confidence limits) under the chosen covariance, the covariance matrix,
 * residual degrees of freedom, residual standard error and R², with R's {@code summary.lm}
 * conventions. Columns dropped as collinear ({@link RankDeficiency#DROP}) have no row in the table
 * and are listed in {@link #droppedColumns()}.
 *
 * <p>{@link #partialRSquared(String)} is the partial R² of a design column with the outcome given
 * the other columns, {@code t^2 / (t^2 + dof)} with the classical t (Cinelli &amp; Hazlett 2020,
 * JRSS-B 82:39, eq. 8): the quantity omitted-variable-bias sensitivity analysis is built on,
 * whatever covariance the table uses.
 */
public final class RegressionFit {

    private final String outcome;
    private final List<String> designColumns;
    private final CoefficientTable table;
    private final List<String> dropped;
    private final int n;
    private final int dof;
    private final double rss;
    private final double rSquared;
    private final double adjustedRSquared;
    private final boolean intercept;
    private final CovarianceType covarianceType;
    private final List<String> clusters;
    private final List<Integer> clusterCounts;
    private final double confidenceLevel;
    private final double[] unscaledCovariance;
    private final double[] classicalStdErrors;
    private final double[] fullCoefficients;
    private final List<String> warnings;

    RegressionFit(String outcome, List<String> designColumns, CoefficientTable table, List<String> dropped, int n,
            int dof, double rss, double rSquared, double adjustedRSquared, boolean intercept,
            CovarianceType covarianceType, List<String> clusters, List<Integer> clusterCounts, double confidenceLevel,
            double[] unscaledCovariance, double[] classicalStdErrors, double[] fullCoefficients, List<String> warnings) {
        this.outcome = outcome;
        this.designColumns = List.copyOf(designColumns);
        this.table = table;
        this.dropped = List.copyOf(dropped);
        this.n = n;
        this.dof = dof;
        this.rss = rss;
        this.rSquared = rSquared;
        this.adjustedRSquared = adjustedRSquared;
        this.intercept = intercept;
        this.covarianceType = covarianceType;
        this.clusters = List.copyOf(clusters);
        this.clusterCounts = List.copyOf(clusterCounts);
        this.confidenceLevel = confidenceLevel;
        this.unscaledCovariance = unscaledCovariance;
        this.classicalStdErrors = classicalStdErrors;
        this.fullCoefficients = fullCoefficients;
        this.warnings = List.copyOf(warnings);
    }

    /** @return the outcome (response) name */
    public String outcome() {
        return outcome;
    }

    /** @return every design column, including dropped ones, in design order */
    public List<String> designColumns() {
        return designColumns;
    }

    /** @return the coefficient table, one row per estimated design column, in design order */
    public List<Coefficient> coefficients() {
        return table.rows();
    }

    /**
     * @param name a design column
     * @return its row of the table
     * @throws IllegalArgumentException if the column is not in the design or was dropped as collinear
     */
    public Coefficient coefficient(String name) {
        return table.rows().get(indexOf(name));
    }

    /**
     * @param name a design column
     * @return whether it has an estimated coefficient
     */
    public boolean hasCoefficient(String name) {
        return table.contains(name);
    }

    private int indexOf(String name) {
        return table.indexOf(name, missing -> dropped.contains(missing)
                ? "design column '" + missing + "' was dropped as collinear"
                : "no coefficient '" + missing + "'; the design columns are " + DesignMatrix.abbreviate(designColumns));
    }

    /** @return the design columns dropped as collinear ({@link RankDeficiency#DROP}) */
    public List<String> droppedColumns() {
        return dropped;
    }

    /** @return the number of observations */
    public int n() {
        return n;
    }

    /** @return the number of estimated coefficients (the rank of the design) */
    public int rank() {
        return table.size();
    }

    /** @return the residual degrees of freedom {@code n - rank} (R's {@code df.residual}) */
    public int dof() {
        return dof;
    }

    /** @return the residual sum of squares (weighted, for weighted fits) */
    public double residualSumOfSquares() {
        return rss;
    }

    /** @return {@code sqrt(RSS / dof)} (R's "residual standard error", sigma) */
    public double residualStandardError() {
        return Math.sqrt(rss / dof);
    }

    /** @return R²: centred {@code 1 - RSS/sum (y - ybar)^2} with an intercept, uncentred {@code 1 - RSS/sum y^2} without (R's convention) */
    public double rSquared() {
        return rSquared;
    }

    /** @return adjusted R², {@code 1 - (1 - R^2)(n - i)/dof} with i = 1 with an intercept, else 0 */
    public double adjustedRSquared() {
        return adjustedRSquared;
    }

    /** @return whether the design has an intercept */
    public boolean hasIntercept() {
        return intercept;
    }

    /** @return the covariance estimator behind the standard errors */
    public CovarianceType covarianceType() {
        return covarianceType;
    }

    /** @return the clustering variables (empty if not clustered) */
    public List<String> clusters() {
        return clusters;
    }

    /** @return per clustering variable, the number of clusters */
    public List<Integer> clusterCounts() {
        return clusterCounts;
    }

    /** @return the level of the confidence intervals in the table */
    public double confidenceLevel() {
        return confidenceLevel;
    }

    /** @return the covariance matrix of the estimated coefficients, in table order (a fresh copy) */
    public double[][] covariance() {
        return table.covarianceMatrix();
    }

    /**
     * {@code (X'X)^{-1}} over the estimated coefficients ({@code (X'WX)^{-1}} for weighted least
     * squares), in table order: R's {@code summary.lm(fit)$cov.unscaled}. Times the residual
     * variance it is the classical covariance, whatever covariance the table uses; omitted-variable-bias
     * sensitivity reads the treatment regression off it (Frisch–Waugh–Lovell).
     *
     * @return the k x k matrix (a fresh copy)
     */
    public double[][] unscaledCovariance() {
        return CoefficientTable.square(unscaledCovariance, table.size());
    }

    /**
     * @param a a design column
     * @param b another
     * @return their estimated covariance
     */
    public double covariance(String a, String b) {
        return table.covariance(indexOf(a), indexOf(b));
    }

    /**
     * @param name a design column
     * @return its classical (homoskedastic) standard error, whatever the table's covariance type
     */
    public double classicalStdError(String name) {
        return classicalStdErrors[indexOf(name)];
    }

    /**
     * The partial R² of a design column with the outcome, given all other columns:
     * {@code t^2 / (t^2 + dof)} with the classical t statistic.
     *
     * @param name a design column
     * @return the partial R², in [0, 1]
     */
    public double partialRSquared(String name) {
        int a = indexOf(name);
        double t = table.rows().get(a).estimate() / classicalStdErrors[a];
        return t * t / (t * t + dof);
    }

    /**
     * Fitted values {@code X b} on a design with the same columns (e.g. the same design on new
     * rows). Dropped columns contribute nothing.
     *
     * @param design a design whose column names equal {@link #designColumns()}
     * @return one prediction per row
     */
    public double[] predict(DesignMatrix design) {
        if (!design.columnNames().equals(designColumns)) {
            throw new IllegalArgumentException("the design's columns " + DesignMatrix.abbreviate(design.columnNames())
                    + " differ from the fit's " + DesignMatrix.abbreviate(designColumns));
        }
        return LinearPredictor.apply(design, fullCoefficients);
    }

    /** @return the coefficient of every design column in design order, 0 for dropped columns (a fresh copy) */
    public double[] coefficientVector() {
        return fullCoefficients.clone();
    }

    /** @return warnings about the fit (dropped columns, an exact fit) */
    public List<String> warnings() {
        return warnings;
    }

    /** @return a report like R's {@code summary.lm}: the table, sigma, R², dof */
    public Report report() {
        String se = covarianceType.label() + (clusters.isEmpty() ? "" : ", clustered by " + String.join(" and ", clusters));
        StringBuilder text = new StringBuilder();
        StringBuilder md = new StringBuilder();
        text.append("Least squares: ").append(outcome).append(" on ").append(designColumns.size()).append(" design columns, n = ")
                .append(n).append(" (standard errors: ").append(se).append(")\n");
        md.append("**Least squares** of `").append(outcome).append("`, n = ").append(n).append(", standard errors: ")
                .append(se).append("\n\n");
        table.appendMarkdown(md, "statistic", pct(confidenceLevel) + " CI");
        int width = Math.max(12, table.longestName() + 1);
        text.append(String.format(Locale.ROOT, "%-" + width + "s %12s %12s %10s %10s%n", "", "Estimate", "Std. Error",
                "stat", "p-value"));
        table.appendText(text, "", width);
        String tail = "Residual standard error: " + Formatting.number(residualStandardError()) + " on " + dof
                + " degrees of freedom; R-squared: " + Formatting.number(rSquared) + ", adjusted: "
                + Formatting.number(adjustedRSquared);
        text.append(tail);
        md.append("\n").append(tail).append("\n");
        CoefficientTable.appendWarnings(text, md, warnings);
        return new Report(text.toString(), md.toString());
    }

    private static String pct(double level) {
        return Formatting.number(100 * level) + "%";
    }

    /** @return e.g. {@code "RegressionFit[re78 ~ 10 columns, n=614, dof=604, sigma=7306.9, R2=0.26, se=classical]"} */
    @Override
    public String toString() {
        return "RegressionFit[" + outcome + " ~ " + designColumns.size() + " columns, n=" + n + ", dof=" + dof
                + ", sigma=" + Formatting.number(residualStandardError()) + ", R2=" + Formatting.number(rSquared)
                + ", se=" + covarianceType.label() + (clusters.isEmpty() ? "" : " clustered by " + clusters)
                + (dropped.isEmpty() ? "" : ", dropped " + dropped) + "]";
    }
}
