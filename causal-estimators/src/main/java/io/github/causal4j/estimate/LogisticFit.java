package io.github.causal4j.estimate;

import io.github.causal4j.estimate.internal.Formatting;
import io.github.causal4j.estimate.internal.Logistic;
import io.github.causal4j.estimate.internal.LogisticPasses;
import io.github.causal4j.result.Report;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

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
    private final List<Coefficient> coefficients;
    private final Map<String, Integer> position;
    private final List<String> dropped;
    private final double[] covariance;
    private final double[] fullCoefficients;
    private final int n;
    /** per row, only for fits of data in memory */
    private final double[] linearPredictor;
    private final double deviance;
    private final double nullDeviance;
    private final int iterations;
    private final List<String> warnings;

    LogisticFit(String outcome, List<String> designColumns, List<Coefficient> coefficients, List<String> dropped,
            double[] covariance, double[] fullCoefficients, int n, double[] linearPredictor, double deviance,
            double nullDeviance, int iterations, List<String> warnings) {
        this.outcome = outcome;
        this.designColumns = List.copyOf(designColumns);
        this.coefficients = List.copyOf(coefficients);
        Map<String, Integer> pos = new LinkedHashMap<>();
        for (int a = 0; a < coefficients.size(); a++) {
            pos.put(coefficients.get(a).name(), a);
        }
        this.position = pos;
        this.dropped = List.copyOf(dropped);
        this.covariance = covariance;
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
        return coefficients;
    }

    /**
     * @param name a design column
     * @return its row of the table
     */
    public Coefficient coefficient(String name) {
        Integer a = position.get(Objects.requireNonNull(name, "name"));
        if (a == null) {
            throw new IllegalArgumentException("no coefficient '" + name + "'" + (dropped.contains(name)
                    ? " (dropped as collinear)" : "; the design columns are " + DesignMatrix.abbreviate(designColumns)));
        }
        return coefficients.get(a);
    }

    /** @return design columns dropped as collinear */
    public List<String> droppedColumns() {
        return dropped;
    }

    /** @return the covariance of the estimated coefficients (inverse Fisher information), a fresh copy */
    public double[][] covariance() {
        int k = coefficients.size();
        double[][] out = new double[k][k];
        for (int a = 0; a < k; a++) {
            System.arraycopy(covariance, a * k, out[a], 0, k);
        }
        return out;
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
        return n - coefficients.size();
    }

    /** The same fit with its rows' linear predictors (computed by the in-memory fit). */
    LogisticFit withLinearPredictor(double[] eta) {
        if (eta.length != n) {
            throw new IllegalArgumentException(eta.length + " linear predictors for " + n + " rows");
        }
        return new LogisticFit(outcome, designColumns, coefficients, dropped, covariance, fullCoefficients, n, eta, deviance,
                nullDeviance, iterations, warnings);
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
        return deviance + 2.0 * coefficients.size();
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
        StringBuilder md = new StringBuilder("**Logistic regression** of `" + outcome + "`, n = " + n()
                + "\n\n| term | estimate | std. error | z | p-value |\n|---|---:|---:|---:|---:|\n");
        for (Coefficient c : coefficients) {
            text.append(String.format(Locale.ROOT, "%-20s %12s %12s %10s %10s%n", c.name(), Formatting.number(c.estimate()),
                    Formatting.number(c.stdError()), Formatting.number(c.statistic()), Formatting.pValue(c.pValue())));
            md.append("| ").append(c.name()).append(" | ").append(Formatting.number(c.estimate())).append(" | ")
                    .append(Formatting.number(c.stdError())).append(" | ").append(Formatting.number(c.statistic()))
                    .append(" | ").append(Formatting.pValue(c.pValue())).append(" |\n");
        }
        String tail = "Residual deviance " + Formatting.number(deviance) + " on " + dof() + " degrees of freedom; null deviance "
                + Formatting.number(nullDeviance) + "; AIC " + Formatting.number(aic());
        text.append(tail);
        md.append('\n').append(tail).append('\n');
        for (String w : warnings) {
            text.append("\nWarning: ").append(w);
            md.append("\n> Warning: ").append(w).append('\n');
        }
        return new Report(text.toString(), md.toString());
    }

    /** @return e.g. {@code "LogisticFit[treat ~ 9 columns, n=614, deviance=487.84, iterations=6]"} */
    @Override
    public String toString() {
        return "LogisticFit[" + outcome + " ~ " + designColumns.size() + " columns, n=" + n() + ", deviance="
                + Formatting.number(deviance) + ", iterations=" + iterations + "]";
    }
}
