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
import io.github.causal4j.estimate.internal.Logistic;
import io.github.causal4j.estimate.internal.LogisticPasses;
import io.github.causal4j.result.Report;
import java.util.List;

/**
 * A fitted logistic regression: coefficients with Wald z statistics and normal p-values and
 * intervals (R's {@code summary.glm} and {@code confint.default}), the covariance (inverse Fisher
 * information), deviance, null deviance and AIC, and (for fits of data in memory) the fitted
 * probabilities, each accurate to a few ulps and available with its complement {@code 1 - p}
 * computed without cancellation (what inverse-probability weights need for propensities near 0 or 1).
 */
public final class LogisticFit {

    private final String outcome;
    private final List<String> designColumns;
    private final CoefficientTable table;
    private final List<String> dropped;
    private final double[] fullCoefficients;
    private final int n;
    /** per row, only for fits of data in memory */
    private final double[] linearPredictor;
    private final double deviance;
    private final double nullDeviance;
    private final int iterations;
    private final List<String> warnings;

    LogisticFit(String outcome, List<String> designColumns, CoefficientTable table, List<String> dropped,
            double[] fullCoefficients, int n, double[] linearPredictor, double deviance, double nullDeviance,
            int iterations, List<String> warnings) {
        this.outcome = outcome;
        this.designColumns = List.copyOf(designColumns);
        this.table = table;
        this.dropped = List.copyOf(dropped);
        this.fullCoefficients = fullCoefficients;
        this.n = n;
        this.linearPredictor = linearPredictor;
        this.deviance = deviance;
        this.nullDeviance = nullDeviance;
        this.iterations = iterations;
        this.warnings = List.copyOf(warnings);
    }

    /** @return the outcome name */
    public String outcome() {
        return outcome;
    }

    /** @return every design column, including dropped ones */
    public List<String> designColumns() {
        return designColumns;
    }

    /** @return the coefficient table (estimated columns, design order) */
    public List<Coefficient> coefficients() {
        return table.rows();
    }

    /**
     * @param name a design column
     * @return its row of the table
     */
    public Coefficient coefficient(String name) {
        return table.rows().get(table.indexOf(name, missing -> "no coefficient '" + missing + "'"
                + (dropped.contains(missing) ? " (dropped as collinear)"
                        : "; the design columns are " + DesignMatrix.abbreviate(designColumns))));
    }

    /** @return design columns dropped as collinear */
    public List<String> droppedColumns() {
        return dropped;
    }

    /** @return the covariance of the estimated coefficients (inverse Fisher information), a fresh copy */
    public double[][] covariance() {
        return table.covarianceMatrix();
    }

    /** @return the coefficient of every design column, 0 for dropped ones (a fresh copy) */
    public double[] coefficientVector() {
        return fullCoefficients.clone();
    }

    /** @return the number of observations */
    public int n() {
        return n;
    }

    /** @return residual degrees of freedom {@code n - rank} (R's {@code df.residual}) */
    public int dof() {
        return n - table.size();
    }

    /** The same fit with its rows' linear predictors (computed by the in-memory fit). */
    LogisticFit withLinearPredictor(double[] eta) {
        if (eta.length != n) {
            throw new IllegalArgumentException(eta.length + " linear predictors for " + n + " rows");
        }
        return new LogisticFit(outcome, designColumns, table, dropped, fullCoefficients, n, eta, deviance, nullDeviance,
                iterations, warnings);
    }

    private double[] perRow() {
        if (linearPredictor == null) {
            throw new IllegalStateException("per-row fitted values are kept only by fits of data in memory; this fit of '"
                    + outcome + "' read its rows in passes (e.g. from Spark): predict with coefficientVector()");
        }
        return linearPredictor;
    }

    /** @return the residual deviance */
    public double deviance() {
        return deviance;
    }

    /** @return the deviance of the intercept-only model (or of {@code p = 1/2} without an intercept) */
    public double nullDeviance() {
        return nullDeviance;
    }

    /** @return Akaike's information criterion, {@code deviance + 2 rank} */
    public double aic() {
        return deviance + 2.0 * table.size();
    }

    /** @return Newton iterations used */
    public int iterations() {
        return iterations;
    }

    /** @return warnings (fitted probabilities numerically 0 or 1, dropped columns) */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * @param row a 0-based row
     * @return the fitted linear predictor {@code x_i'b}
     * @throws IllegalStateException for a fit of rows read in passes (no per-row values)
     */
    public double linearPredictor(int row) {
        return perRow()[row];
    }

    /**
     * @param row a 0-based row
     * @return the fitted probability {@code P(y = 1 | x_i)}
     * @throws IllegalStateException for a fit of rows read in passes (no per-row values)
     */
    public double probability(int row) {
        return Logistic.probability(perRow()[row]);
    }

    /**
     * @param row a 0-based row
     * @return {@code 1 - probability(row)}, computed without cancellation
     * @throws IllegalStateException for a fit of rows read in passes (no per-row values)
     */
    public double complementProbability(int row) {
        return Logistic.complement(perRow()[row]);
    }

    /**
     * @return the fitted probabilities, a fresh array
     * @throws IllegalStateException for a fit of rows read in passes (no per-row values)
     */
    public double[] probabilities() {
        double[] eta = perRow();
        double[] out = new double[eta.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Logistic.probability(eta[i]);
        }
        return out;
    }

    /**
     * @return the fitted linear predictors, a fresh array
     * @throws IllegalStateException for a fit of rows read in passes (no per-row values)
     */
    public double[] linearPredictors() {
        return perRow().clone();
    }

    /**
     * @param design a design with the same columns (e.g. the same design on held-out rows)
     * @return the linear predictor of each of its rows
     */
    public double[] predictLinear(DesignMatrix design) {
        if (!design.columnNames().equals(designColumns)) {
            throw new IllegalArgumentException("the design's columns " + DesignMatrix.abbreviate(design.columnNames())
                    + " differ from the fit's " + DesignMatrix.abbreviate(designColumns));
        }
        return LogisticPasses.linearPredictor(design, fullCoefficients);
    }

    /** @return a report like R's {@code summary.glm} */
    public Report report() {
        StringBuilder text = new StringBuilder("Logistic regression of " + outcome + ", n = " + n() + ", " + iterations
                + " Newton iterations\n");
        StringBuilder md = new StringBuilder("**Logistic regression** of `" + outcome + "`, n = " + n() + "\n\n");
        table.appendText(text, "", 20);
        table.appendMarkdown(md, "z", null);
        String tail = "Residual deviance " + Formatting.number(deviance) + " on " + dof() + " degrees of freedom; null deviance "
                + Formatting.number(nullDeviance) + "; AIC " + Formatting.number(aic());
        text.append(tail);
        md.append('\n').append(tail).append('\n');
        CoefficientTable.appendWarnings(text, md, warnings);
        return new Report(text.toString(), md.toString());
    }

    /** @return e.g. {@code "LogisticFit[treat ~ 9 columns, n=614, deviance=487.84, iterations=6]"} */
    @Override
    public String toString() {
        return "LogisticFit[" + outcome + " ~ " + designColumns.size() + " columns, n=" + n() + ", deviance="
                + Formatting.number(deviance) + ", iterations=" + iterations + "]";
    }
}
