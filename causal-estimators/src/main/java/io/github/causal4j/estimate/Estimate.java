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

import io.github.causal4j.estimate.internal.Distributions;
import io.github.causal4j.estimate.internal.Formatting;
import io.github.causal4j.result.Provenance;
import io.github.causal4j.result.Report;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * An estimated causal effect: the point estimate, its standard error, a confidence interval and
 * p-value (t with {@link #dof()} degrees of freedom when present, else normal), the number of
 * observations, the method and estimand, scalar diagnostics, covariate balance, warnings and the
 * provenance (data digest, settings, seed, versions).
 *
 * <p>Estimates are never {@code NaN}: the constructor rejects a non-finite value, standard error or
 * interval, so an estimator that cannot produce a number throws an exception that says why.
 *
 * @param method the estimator, e.g. {@code "ipw"} (lower case, as the command line names it)
 * @param estimand which average effect
 * @param treatment the treatment variable
 * @param outcome the outcome variable
 * @param value the point estimate
 * @param stdError its standard error
 * @param ciLower lower confidence limit
 * @param ciUpper upper confidence limit
 * @param confidenceLevel level of the interval
 * @param pValue two-sided p-value of "no effect"
 * @param n observations used
 * @param dof degrees of freedom of the t reference distribution, empty for normal inference
 * @param diagnostics named scalar diagnostics (e.g. {@code ess_treated}, {@code ps_min}), in a stable order
 * @param balance covariate balance before and after adjustment (empty when not computed)
 * @param warnings warnings a reader must see (positivity, dropped columns, extreme weights)
 * @param provenance where the estimate came from
 */
public record Estimate(String method, AverageEffect estimand, String treatment, String outcome, double value,
        double stdError, double ciLower, double ciUpper, double confidenceLevel, double pValue, int n, OptionalInt dof,
        Map<String, Double> diagnostics, List<CovariateBalance> balance, List<String> warnings, Provenance provenance) {

    /** Validates: finite numbers, a proper interval and p-value, and copies the collections. */
    public Estimate {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(estimand, "estimand");
        Objects.requireNonNull(treatment, "treatment");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(dof, "dof");
        Objects.requireNonNull(provenance, "provenance");
        requireFinite(value, "the estimate");
        requireFinite(stdError, "the standard error");
        requireFinite(ciLower, "the lower confidence limit");
        requireFinite(ciUpper, "the upper confidence limit");
        if (stdError < 0) {
            throw new IllegalArgumentException("standard error is negative: " + stdError);
        }
        if (ciLower > ciUpper) {
            throw new IllegalArgumentException("confidence interval [" + ciLower + ", " + ciUpper + "] is reversed");
        }
        if (!(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException("p-value " + pValue + " is not in [0, 1]");
        }
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidence level " + confidenceLevel + " is not in (0, 1)");
        }
        if (n <= 0) {
            throw new IllegalArgumentException("n must be positive, got " + n);
        }
        diagnostics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(diagnostics));
        for (Map.Entry<String, Double> e : diagnostics.entrySet()) {
            if (e.getValue() == null || Double.isNaN(e.getValue())) {
                throw new IllegalArgumentException("diagnostic '" + e.getKey() + "' is not a number");
            }
        }
        balance = List.copyOf(balance);
        warnings = List.copyOf(warnings);
    }

    private static void requireFinite(double x, String what) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException(what + " is " + x + "; an estimate must be finite");
        }
    }

    /**
     * @param method estimator name
     * @param estimand the average effect
     * @return a builder; {@code value}, {@code stdError}, {@code n} and {@code provenance} are required
     */
    public static Builder builder(String method, AverageEffect estimand) {
        return new Builder(method, estimand);
    }

    /** @return whether the interval and p-value use a t distribution */
    public boolean usesT() {
        return dof.isPresent();
    }

    /** @return {@code value / stdError}, the t or z statistic */
    public double statistic() {
        return value / stdError;
    }

    /** @return a copy with more warnings appended */
    public Estimate withWarnings(List<String> more) {
        List<String> all = new ArrayList<>(warnings);
        all.addAll(more);
        return new Estimate(method, estimand, treatment, outcome, value, stdError, ciLower, ciUpper, confidenceLevel,
                pValue, n, dof, diagnostics, balance, all, provenance);
    }

    /** @return e.g. {@code "ipw ATE of treat on re78 = 1548.24 (SE 781.28, 95% CI [13.89, 3082.6], p = 0.048, n = 614)"} */
    @Override
    public String toString() {
        return method + " " + estimand + " of " + treatment + " on " + outcome + " = " + Formatting.number(value) + " (SE "
                + Formatting.number(stdError) + ", " + Formatting.number(100 * confidenceLevel) + "% CI ["
                + Formatting.number(ciLower) + ", " + Formatting.number(ciUpper) + "], p = " + Formatting.pValue(pValue)
                + ", n = " + n + (warnings.isEmpty() ? "" : ", " + warnings.size() + " warning(s)") + ")";
    }

    /** @return the estimate with its inference, diagnostics, balance table, warnings and provenance */
    public Report report() {
        StringBuilder text = new StringBuilder();
        StringBuilder md = new StringBuilder();
        String title = "Estimate of the " + estimand + " of " + treatment + " on " + outcome + " (" + method + ")";
        text.append(title).append('\n');
        md.append("### ").append(title).append("\n\n| quantity | value |\n|---|---:|\n");
        row(text, md, "estimate", Formatting.number(value));
        row(text, md, "std. error", Formatting.number(stdError));
        row(text, md, Formatting.number(100 * confidenceLevel) + "% CI", "[" + Formatting.number(ciLower) + ", "
                + Formatting.number(ciUpper) + "]");
        row(text, md, usesT() ? "t" : "z", Formatting.number(statistic()));
        row(text, md, "p-value", Formatting.pValue(pValue));
        row(text, md, "n", Integer.toString(n));
        if (dof.isPresent()) {
            row(text, md, "dof", Integer.toString(dof.getAsInt()));
        }
        for (Map.Entry<String, Double> e : diagnostics.entrySet()) {
            row(text, md, e.getKey(), Formatting.number(e.getValue()));
        }
        if (!balance.isEmpty()) {
            text.append("Covariate balance (standardised mean differences):\n");
            md.append("\n| covariate | SMD before | SMD after | var. ratio before | var. ratio after |\n|---|---:|---:|---:|---:|\n");
            for (CovariateBalance b : balance) {
                text.append(String.format(java.util.Locale.ROOT, "  %-24s %10s %10s%n", b.covariate(),
                        Formatting.number(b.smdBefore()), Formatting.number(b.smdAfter())));
                md.append("| ").append(b.covariate()).append(" | ").append(Formatting.number(b.smdBefore())).append(" | ")
                        .append(Formatting.number(b.smdAfter())).append(" | ")
                        .append(Formatting.number(b.varianceRatioBefore())).append(" | ")
                        .append(Formatting.number(b.varianceRatioAfter())).append(" |\n");
            }
        }
        for (String w : warnings) {
            text.append("Warning: ").append(w).append('\n');
            md.append("\n> **Warning:** ").append(w).append('\n');
        }
        String source = "data sha256 " + (provenance.dataSha256().isEmpty() ? "-" : provenance.dataSha256().substring(0,
                Math.min(12, provenance.dataSha256().length()))) + ", " + provenance.rows() + " rows"
                + (provenance.seed().isPresent() ? ", seed " + provenance.seed().getAsLong() : "") + ", causal4j "
                + provenance.libraryVersion() + ", Java " + provenance.javaVersion();
        text.append("Provenance: ").append(source);
        md.append("\n_Provenance: ").append(source).append("_\n");
        return new Report(text.toString(), md.toString());
    }

    private static void row(StringBuilder text, StringBuilder md, String key, String value) {
        text.append(String.format(java.util.Locale.ROOT, "  %-22s %s%n", key, value));
        md.append("| ").append(key).append(" | ").append(value).append(" |\n");
    }

    /**
     * Assembles an {@link Estimate}; the interval and p-value follow from the value and standard
     * error ({@code value +- q * se}, q the t or normal quantile) unless set explicitly (e.g. a
     * bootstrap interval).
     */
    public static final class Builder {
        private final String method;
        private final AverageEffect estimand;
        private String treatment;
        private String outcome;
        private double value = Double.NaN;
        private double stdError = Double.NaN;
        private double level = 0.95;
        private Double lower;
        private Double upper;
        private Double pValue;
        private int n;
        private OptionalInt dof = OptionalInt.empty();
        private final Map<String, Double> diagnostics = new LinkedHashMap<>();
        private final List<CovariateBalance> balance = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private Provenance provenance;

        private Builder(String method, AverageEffect estimand) {
            this.method = Objects.requireNonNull(method, "method");
            this.estimand = Objects.requireNonNull(estimand, "estimand");
        }

        /**
         * @param treatmentName treatment variable
         * @param outcomeName outcome variable
         * @return this builder
         */
        public Builder variables(String treatmentName, String outcomeName) {
            this.treatment = treatmentName;
            this.outcome = outcomeName;
            return this;
        }

        /**
         * @param estimate point estimate
         * @param standardError its standard error
         * @return this builder
         */
        public Builder value(double estimate, double standardError) {
            this.value = estimate;
            this.stdError = standardError;
            return this;
        }

        /**
         * @param confidenceLevel level of the interval
         * @return this builder
         */
        public Builder confidenceLevel(double confidenceLevel) {
            this.level = confidenceLevel;
            return this;
        }

        /**
         * @param ciLower lower limit
         * @param ciUpper upper limit
         * @return this builder, with an explicit interval
         */
        public Builder interval(double ciLower, double ciUpper) {
            this.lower = ciLower;
            this.upper = ciUpper;
            return this;
        }

        /**
         * @param p an explicit p-value
         * @return this builder
         */
        public Builder pValue(double p) {
            this.pValue = p;
            return this;
        }

        /**
         * @param observations n
         * @return this builder
         */
        public Builder n(int observations) {
            this.n = observations;
            return this;
        }

        /**
         * @param degrees t degrees of freedom (omit for normal inference)
         * @return this builder
         */
        public Builder dof(int degrees) {
            if (degrees <= 0) {
                throw new IllegalArgumentException("degrees of freedom must be positive, got " + degrees);
            }
            this.dof = OptionalInt.of(degrees);
            return this;
        }

        /**
         * @param name diagnostic name (snake_case)
         * @param number its value
         * @return this builder
         */
        public Builder diagnostic(String name, double number) {
            diagnostics.put(Objects.requireNonNull(name, "name"), number);
            return this;
        }

        /**
         * @param all diagnostics to add
         * @return this builder
         */
        public Builder diagnostics(Map<String, Double> all) {
            diagnostics.putAll(all);
            return this;
        }

        /**
         * @param rows balance rows
         * @return this builder
         */
        public Builder balance(List<CovariateBalance> rows) {
            balance.addAll(rows);
            return this;
        }

        /**
         * @param message a warning
         * @return this builder
         */
        public Builder warning(String message) {
            warnings.add(Objects.requireNonNull(message, "message"));
            return this;
        }

        /**
         * @param messages warnings
         * @return this builder
         */
        public Builder warnings(List<String> messages) {
            warnings.addAll(messages);
            return this;
        }

        /**
         * @param source provenance
         * @return this builder
         */
        public Builder provenance(Provenance source) {
            this.provenance = source;
            return this;
        }

        /** @return the estimate */
        public Estimate build() {
            double df = dof.isPresent() ? dof.getAsInt() : Double.POSITIVE_INFINITY;
            double q = Distributions.critical(level, df);
            double lo = lower != null ? lower : value - q * stdError;
            double hi = upper != null ? upper : value + q * stdError;
            double p = pValue != null ? pValue : stdError > 0 ? Distributions.twoSidedP(value / stdError, df)
                    : value == 0 ? 1.0 : 0.0;
            return new Estimate(method, estimand, Objects.requireNonNull(treatment, "treatment"),
                    Objects.requireNonNull(outcome, "outcome"), value, stdError, lo, hi, level, p, n, dof, diagnostics,
                    balance, warnings, provenance);
        }
    }
}
