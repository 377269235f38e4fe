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
package io.github.causal4j.sensitivity;

import io.github.causal4j.data.ColumnType;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.CovarianceType;
import io.github.causal4j.estimate.DesignMatrix;
import io.github.causal4j.estimate.LinearRegression;
import io.github.causal4j.estimate.RegressionFit;
import io.github.causal4j.estimate.Parallelism;
import io.github.causal4j.estimate.internal.ClusterKeys;
import io.github.causal4j.estimate.internal.DesignRows;
import io.github.causal4j.estimate.internal.SmallMatrices;
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
 * Omitted-variable-bias sensitivity of an OLS adjustment estimate, from the data: the entry point that
 * corresponds to {@code sensemakr(lm(Y ~ D + X), treatment = "D", benchmark_covariates = ..., kd = ...)}.
 *
 * <p>It fits the outcome regression Y ~ D + X once and takes everything else from that fit (the
 * partial-R&sup2; algebra uses its classical quantities, {@link RegressionFit#unscaledCovariance()} and
 * the residual variance, whatever covariance its table uses): the estimate, its standard error and
 * degrees of freedom; the treatment regression D ~ X from the same cross-product inverse
 * ({@code TreatmentRegression}: block inversion, no second pass over the data); for a
 * single-column benchmark X<sub>j</sub> the partial R&sup2; values t&sup2;/(t&sup2; + dof) of its coefficient
 * in each regression; for a group (or a categorical covariate, whose dummies form a group) the joint
 * partial R&sup2; W/(W + dof) with the Wald statistic W = b' V<sup>-1</sup> b of the group's coefficients
 * under the classical covariance (equal to the drop in R&sup2; from the nested fit relative to its
 * unexplained share). No benchmark needs a refit over the data. A robust or cluster-robust covariance
 * costs one more pass (the meat) for the treatment's robust standard error, which then scales the
 * bias-adjusted inference as documented in {@link OmittedVariableBias}. The data may be in memory or
 * rows read in passes ({@link #of(RowPasses, String, String)}, e.g. a Spark DataFrame's).
 *
 * <pre>{@code
 * SensitivityReport r = OlsSensitivity.of(darfur, "directlyharmed", "peacefactor",
 *                 List.of("age", "farmer_dar", "herder_dar", "pastvoted", "hhsize_darfur", "female", "village"))
 *         .withBenchmarks("female")
 *         .withMultipliers(1, 2, 3)
 *         .run();
 * }</pre>
 */
public final class OlsSensitivity {

    /** the data in memory, or null for rows read in passes */
    private final Dataset data;
    /** the rows read in passes, or null for data in memory */
    private final RowPasses rows;
    private final String treatment;
    private final String outcome;
    private final List<String> covariates;
    private final Map<String, List<String>> benchmarks;
    private final SensitivityAnalysis analysis;
    private final CovarianceType covariance;
    private final List<String> clusters;

    private OlsSensitivity(Dataset data, RowPasses rows, String treatment, String outcome, List<String> covariates,
            Map<String, List<String>> benchmarks, SensitivityAnalysis analysis, CovarianceType covariance, List<String> clusters) {
        this.data = data;
        this.rows = rows;
        this.treatment = treatment;
        this.outcome = outcome;
        this.covariates = List.copyOf(covariates);
        this.benchmarks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(benchmarks));
        this.analysis = analysis;
        this.covariance = covariance;
        this.clusters = List.copyOf(clusters);
    }

    /**
     * @param data the data
     * @param treatment a numeric or binary column, the treatment D
     * @param outcome a numeric column, the outcome Y
     * @param covariates the adjustment set X (numeric, binary or categorical columns)
     * @return the analysis, with no benchmarks yet
     * @throws IllegalArgumentException naming an unknown column, a categorical treatment, or a treatment
     *     or outcome listed among the covariates
     */
    public static OlsSensitivity of(Dataset data, String treatment, String outcome, List<String> covariates) {
        Objects.requireNonNull(data, "data");
        data.column(Objects.requireNonNull(treatment, "treatment"));
        data.column(Objects.requireNonNull(outcome, "outcome"));
        if (data.column(treatment).type() == ColumnType.CATEGORICAL) {
            throw new IllegalArgumentException("treatment '" + treatment + "' is categorical; OVB sensitivity needs a numeric or 0/1 treatment");
        }
        if (treatment.equals(outcome)) {
            throw new IllegalArgumentException("treatment and outcome are the same column '" + treatment + "'");
        }
        for (String c : covariates) {
            data.column(c);
            if (c.equals(treatment)) {
                throw new IllegalArgumentException("the treatment '" + treatment + "' is listed among the covariates");
            }
            if (c.equals(outcome)) {
                throw new IllegalArgumentException("the outcome '" + outcome + "' is listed among the covariates");
            }
        }
        return new OlsSensitivity(data, null, treatment, outcome, covariates, Map.of(),
                SensitivityAnalysis.settingsOnly().names(treatment, outcome), CovarianceType.CLASSICAL, List.of());
    }

    /**
     * The analysis on rows read in passes (e.g. a Spark DataFrame's, through {@code causal-spark}): the
     * same computation as on data in memory. The covariates are the design's terms after the treatment.
     *
     * @param rows the rows: the design (an intercept, the treatment as the first term, then the
     *     covariates), then variables including {@code outcome} and any clustering variables
     * @param treatment the treatment D, the design's first term (numeric or binary)
     * @param outcome the outcome Y, a variable of the rows
     * @return the analysis, with no benchmarks yet
     * @throws IllegalArgumentException if the design lacks the intercept or does not start with the treatment,
     *     or the outcome is not a variable of the rows
     */
    public static OlsSensitivity of(RowPasses rows, String treatment, String outcome) {
        RowLayout layout = Objects.requireNonNull(rows, "rows").layout();
        Objects.requireNonNull(treatment, "treatment");
        layout.variableColumn(Objects.requireNonNull(outcome, "outcome"));
        List<String> terms = layout.termNames();
        if (!layout.hasIntercept() || terms.isEmpty() || !terms.get(0).equals(treatment)
                || !layout.terms().get(0).columns().equals(List.of(treatment))) {
            throw new IllegalArgumentException("the rows' design must have an intercept and the numeric treatment '"
                    + treatment + "' as its first term; its terms are " + terms);
        }
        return new OlsSensitivity(null, rows, treatment, outcome, terms.subList(1, terms.size()), Map.of(),
                SensitivityAnalysis.settingsOnly().names(treatment, outcome), CovarianceType.CLASSICAL, List.of());
    }

    /** @return the adjustment set */
    public List<String> covariates() {
        return covariates;
    }

    /**
     * Each named covariate becomes a benchmark of its own; a categorical covariate is benchmarked by
     * all its dummies jointly.
     *
     * @param names covariates of the model
     * @return the analysis with these benchmarks
     */
    public OlsSensitivity withBenchmarks(String... names) {
        OlsSensitivity out = this;
        for (String n : names) {
            out = out.withGroupBenchmark(n, List.of(n));
        }
        return out;
    }

    /**
     * Benchmarks a group of covariates jointly (Cinelli &amp; Hazlett 2020, Sec. 4.4 and 6).
     *
     * @param name the group's label
     * @param members covariates of the model
     * @return the analysis with this benchmark
     */
    public OlsSensitivity withGroupBenchmark(String name, List<String> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("benchmark group '" + name + "' has no members");
        }
        for (String m : members) {
            if (m.equals(treatment)) {
                throw new IllegalArgumentException("the treatment '" + treatment + "' cannot be its own benchmark");
            }
            if (!covariates.contains(m)) {
                throw new IllegalArgumentException("benchmark '" + m + "' is not among the covariates " + covariates);
            }
        }
        if (benchmarks.containsKey(name)) {
            throw new IllegalArgumentException("benchmark '" + name + "' given twice");
        }
        Map<String, List<String>> more = new LinkedHashMap<>(benchmarks);
        more.put(name, List.copyOf(members));
        return new OlsSensitivity(data, rows, treatment, outcome, covariates, more, analysis, covariance, clusters);
    }

    /**
     * @param kd multipliers with the treatment (ky = kd)
     * @return the analysis with these multipliers
     */
    public OlsSensitivity withMultipliers(double... kd) {
        return with(analysis.withMultipliers(kd));
    }

    /**
     * @param kd multipliers with the treatment
     * @param ky multipliers with the outcome
     * @return the analysis with these multipliers
     */
    public OlsSensitivity withMultipliers(double[] kd, double[] ky) {
        return with(analysis.withMultipliers(kd, ky));
    }

    /**
     * @param options q, alpha and direction
     * @return the analysis with these options
     */
    public OlsSensitivity withOptions(SensitivityOptions options) {
        return with(analysis.withOptions(options));
    }

    /**
     * @param label label of a hypothetical confounder
     * @param confounder its strength
     * @return the analysis with this confounder added to the bounds table
     */
    public OlsSensitivity withConfounder(String label, Confounder confounder) {
        return with(analysis.withConfounder(label, confounder));
    }

    /**
     * Uses a heteroskedasticity-robust covariance for the treatment's standard error in the
     * bias-adjusted inference (see {@link OmittedVariableBias}).
     *
     * @param type the covariance estimator
     * @return the analysis with it
     */
    public OlsSensitivity withCovariance(CovarianceType type) {
        return new OlsSensitivity(data, rows, treatment, outcome, covariates, benchmarks, analysis,
                Objects.requireNonNull(type, "type"), clusters);
    }

    /**
     * Uses a cluster-robust covariance (clusters named by columns of the data, or by variables of
     * rows read in passes).
     *
     * @param clusterColumns one or two clustering columns
     * @return the analysis with it
     */
    public OlsSensitivity clusteredBy(String... clusterColumns) {
        for (String c : clusterColumns) {
            if (data != null) {
                data.column(c);
            } else {
                rows.layout().variableColumn(c);
            }
        }
        return new OlsSensitivity(data, rows, treatment, outcome, covariates, benchmarks, analysis, covariance,
                List.of(clusterColumns));
    }

    private OlsSensitivity with(SensitivityAnalysis a) {
        return new OlsSensitivity(data, rows, treatment, outcome, covariates, benchmarks, a, covariance, clusters);
    }

    /** @return "outcome ~ treatment + covariates" */
    public String formula() {
        StringBuilder sb = new StringBuilder(outcome).append(" ~ ").append(treatment);
        for (String c : covariates) {
            sb.append(" + ").append(c);
        }
        return sb.toString();
    }

    /**
     * Fits the outcome regression and computes the report. Cost: one least-squares pass over the data
     * (two with a robust or cluster-robust covariance: the meat; one more for an ill-conditioned
     * design), O(k&sup2;) per single benchmark and O(k&sup2; g + g&sup3;) per group of g design columns, k the
     * number of coefficients. The classical quantities the partial-R&sup2; algebra needs come from the
     * same fit as the robust standard error ({@link RegressionFit#unscaledCovariance()}).
     *
     * @return the sensitivity report
     */
    public SensitivityReport run() {
        RowPasses source = rows != null ? rows : rowsInMemory();
        LinearRegression regression = LinearRegression.ols().withCovariance(covariance);
        if (!clusters.isEmpty()) {
            regression = regression.clusteredBy(clusters);
        }
        RegressionFit outcomeFit = regression.fit(source, outcome);
        RowLayout layout = source.layout();
        String d = treatment;
        if (!outcomeFit.hasCoefficient(d)) {
            throw new IllegalArgumentException("the treatment '" + treatment + "' is collinear with the covariates");
        }
        OmittedVariableBias ovb = OmittedVariableBias.of(outcomeFit.coefficient(d).estimate(),
                outcomeFit.classicalStdError(d), outcomeFit.dof());
        if (covariance != CovarianceType.CLASSICAL || !clusters.isEmpty()) {
            String label = covariance.name() + (clusters.isEmpty() ? "" : ", clustered by " + String.join(" and ", clusters));
            ovb = ovb.withRobustStandardError(outcomeFit.coefficient(d).stdError(), label);
        }
        SensitivityAnalysis a = SensitivityAnalysis.of(ovb).names(treatment, outcome).model(formula());
        a = copySettings(a);
        if (!benchmarks.isEmpty()) {
            TreatmentRegression treatmentModel = new TreatmentRegression(outcomeFit, d);
            for (Map.Entry<String, List<String>> b : benchmarks.entrySet()) {
                List<String> cols = new ArrayList<>();
                for (String term : b.getValue()) {
                    for (int j : layout.columnsOfTerm(term)) {
                        cols.add(layout.designColumns().get(j));
                    }
                }
                double r2d = treatmentModel.partialR2(cols, b.getKey());
                double r2y = jointPartialR2(outcomeFit, cols, b.getKey(), "outcome");
                a = a.withBenchmark(new BenchmarkCovariate(b.getKey(), b.getValue(), r2d, r2y));
            }
        }
        SensitivityReport report = a.run();
        return report.withProvenance(provenance(report, source));
    }

    /** The rows of Y ~ D + X from the data in memory: the design, then the outcome and the cluster keys. */
    private RowPasses rowsInMemory() {
        List<String> outcomeTerms = new ArrayList<>();
        outcomeTerms.add(treatment);
        outcomeTerms.addAll(covariates);
        DesignMatrix design = DesignMatrix.of(data, outcomeTerms);
        double[] y = data.numeric(outcome).toArray();
        data.requireComplete(List.of(outcome));
        List<String> names = new ArrayList<>(List.of(outcome));
        List<double[]> values = new ArrayList<>(List.of(y));
        for (String c : clusters) {
            if (!names.contains(c)) {
                names.add(c);
                values.add(ClusterKeys.of(data, c));
            }
        }
        List<String> used = new ArrayList<>(List.of(treatment, outcome));
        used.addAll(covariates);
        for (String c : clusters) {
            if (!used.contains(c)) {
                used.add(c);
            }
        }
        // the digest covers the columns used; when that is every column, the dataset's own (cached) digest is it
        boolean all = used.size() == data.columnCount() && data.columnNames().containsAll(used);
        return DesignRows.of(design, names, values, Parallelism.commonPool(),
                () -> all ? data.sha256() : data.select(used).sha256());
    }

    private Provenance provenance(SensitivityReport report, RowPasses source) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("treatment", treatment);
        settings.put("outcome", outcome);
        settings.put("covariates", String.join(",", covariates));
        settings.put("benchmarks", String.join(";", benchmarks.keySet()));
        settings.put("q", Double.toString(report.options().q()));
        settings.put("alpha", Double.toString(report.options().alpha()));
        settings.put("direction", report.options().direction().name().toLowerCase(java.util.Locale.ROOT));
        settings.put("covariance", covariance.label());
        settings.put("clusters", String.join(",", clusters));
        return Provenance.of(source.digest(), source.rowCount(), "ovb-sensitivity", settings, OptionalLong.empty());
    }

    private SensitivityAnalysis copySettings(SensitivityAnalysis target) {
        return analysis.copyInto(target);
    }

    /**
     * Partial R&sup2; of design columns with the fit's response: t&sup2;/(t&sup2; + dof) for one column, the Wald
     * W/(W + dof) for several (classical covariance).
     */
    static double jointPartialR2(RegressionFit fit, List<String> columns, String benchmark, String which) {
        for (String c : columns) {
            if (!fit.hasCoefficient(c)) {
                throw new IllegalArgumentException("benchmark '" + benchmark + "': design column '" + c + "' was dropped from the "
                        + which + " regression as collinear");
            }
        }
        if (columns.size() == 1) {
            return fit.partialRSquared(columns.get(0));
        }
        int k = columns.size();
        double[] v = new double[k * k];
        double[] b = new double[k];
        // the classical covariance, s^2 (X'X)^{-1}, whatever covariance the fit's table uses
        double s2 = fit.residualSumOfSquares() / fit.dof();
        double[][] unscaled = fit.unscaledCovariance();
        int[] at = new int[k];
        for (int i = 0; i < k; i++) {
            at[i] = indexOf(fit, columns.get(i));
            b[i] = fit.coefficient(columns.get(i)).estimate();
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                v[i * k + j] = s2 * unscaled[at[i]][at[j]];
            }
        }
        double[] x = SmallMatrices.solvePositiveDefinite(v, b, k);
        if (x == null) {
            throw new IllegalArgumentException("benchmark '" + benchmark + "': the covariance of its coefficients in the " + which
                    + " regression is singular");
        }
        double w = 0;
        for (int i = 0; i < k; i++) {
            w += b[i] * x[i];
        }
        return w / (w + fit.dof());
    }

    private static int indexOf(RegressionFit fit, String column) {
        for (int a = 0; a < fit.coefficients().size(); a++) {
            if (fit.coefficients().get(a).name().equals(column)) {
                return a;
            }
        }
        throw new IllegalArgumentException("no coefficient '" + column + "'");
    }
}
