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
package io.github.causal4j.estimate.iv;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.CovarianceType;
import io.github.causal4j.estimate.EffectEstimator;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.Parallelism;
import io.github.causal4j.estimate.internal.OptionChecks;
import io.github.causal4j.identify.Instrument;
import io.github.causal4j.estimate.stats.RowPasses;
import java.util.List;
import java.util.Objects;

/**
 * Instrumental-variable estimators of the k-class — the Wald ratio, 2SLS, LIML and Fuller(a) — with
 * exogenous covariates, several endogenous regressors and instruments, classical, HC0–HC3 and one-
 * or two-way cluster-robust covariances, first-stage, over-identification and endogeneity
 * diagnostics and the Anderson–Rubin test and confidence set. Immutable; each {@code with...}
 * returns a new configuration.
 *
 * <p>Conventions are those of R's {@code AER::ivreg} with {@code sandwich}: the classical covariance
 * is {@code s^2 [X'(I - k M_Z)X]^{-1}} with {@code s^2 = u'u/(n - k)} (k coefficients), the robust
 * ones the sandwich with estimating function {@code x~_i u_i}, {@code x~ = (1-k) x + k x^};
 * inference uses t with {@code n - k} degrees of freedom. With clusters and no explicit type the
 * covariance is HC0 with the {@code G/(G-1)} factor — {@code sandwich::vcovCL}'s default for an
 * {@code ivreg} object (HC1 must be asked for).
 *
 * <p>Weak instruments are a warning, not an error: when the first-stage F of an endogenous
 * regressor (the robust F under a robust covariance) is below {@link #weakInstrumentThreshold()}
 * (10 by default: the Staiger &amp; Stock 1997 rule of thumb, Econometrica 65:557), the result says
 * so and points to the Anderson–Rubin set, whose coverage does not depend on instrument strength.
 *
 * <pre>{@code
 * IvFit fit = InstrumentalVariables.twoStageLeastSquares().withCovariance(CovarianceType.HC1)
 *         .fit(cigarettes, new IvModel("lpacks", List.of("lrprice"), List.of("tdiff", "taxcpi"), List.of("lrincome")));
 * fit.coefficient("lrprice");            // -1.2774, HC1 SE 0.2496
 * fit.firstStages().get(0).f();          // F = 244.73
 * fit.andersonRubinSet(0.95);            // [-1.917, -0.596]
 * Estimate e = InstrumentalVariables.liml().withInstruments(List.of("tdiff", "taxcpi"))
 *         .estimate(cigarettes, "lrprice", "lpacks", List.of("lrincome"));
 * }</pre>
 */
public final class InstrumentalVariables implements EffectEstimator {

    /** The default first-stage F below which instruments are reported as weak (Staiger &amp; Stock 1997). */
    public static final double DEFAULT_WEAK_INSTRUMENT_F = 10.0;

    private final IvMethod method;
    private final double fullerA;
    private final CovarianceType covariance;
    private final List<String> clusters;
    private final double confidenceLevel;
    private final double weakThreshold;
    private final List<String> instruments;
    private final Parallelism parallelism;

    private InstrumentalVariables(IvMethod method, double fullerA, CovarianceType covariance, List<String> clusters,
            double confidenceLevel, double weakThreshold, List<String> instruments, Parallelism parallelism) {
        this.method = method;
        this.fullerA = fullerA;
        this.covariance = covariance;
        this.clusters = List.copyOf(clusters);
        this.confidenceLevel = confidenceLevel;
        this.weakThreshold = weakThreshold;
        this.instruments = List.copyOf(instruments);
        this.parallelism = parallelism;
    }

    private static InstrumentalVariables of(IvMethod method, double a) {
        return new InstrumentalVariables(method, a, CovarianceType.CLASSICAL, List.of(), 0.95, DEFAULT_WEAK_INSTRUMENT_F,
                List.of(), Parallelism.commonPool());
    }

    /** @return the Wald (indirect least squares) ratio: one instrument, one endogenous regressor */
    public static InstrumentalVariables wald() {
        return of(IvMethod.WALD, 0);
    }

    /** @return two-stage least squares */
    public static InstrumentalVariables twoStageLeastSquares() {
        return of(IvMethod.TWO_STAGE_LEAST_SQUARES, 0);
    }

    /** @return limited-information maximum likelihood */
    public static InstrumentalVariables liml() {
        return of(IvMethod.LIML, 0);
    }

    /**
     * Fuller's modified LIML, {@code k = k_LIML - a/(n - K)}: a = 1 is nearly unbiased, a = 4 minimises
     * the mean squared error (Fuller 1977).
     *
     * @param a the constant, positive
     * @return Fuller(a)
     */
    public static InstrumentalVariables fuller(double a) {
        if (!(a > 0) || !Double.isFinite(a)) {
            throw new IllegalArgumentException("Fuller's constant must be positive and finite, got " + a);
        }
        return of(IvMethod.FULLER, a);
    }

    /**
     * @param kind the method; {@link IvMethod#FULLER} takes a = 1
     * @return that estimator with default settings
     */
    public static InstrumentalVariables of(IvMethod kind) {
        return switch (Objects.requireNonNull(kind, "kind")) {
            case WALD -> wald();
            case TWO_STAGE_LEAST_SQUARES -> twoStageLeastSquares();
            case LIML -> liml();
            case FULLER -> fuller(1.0);
        };
    }

    /**
     * @param type the covariance estimator
     * @return a copy using it
     * @throws IllegalArgumentException for HC2/HC3 with clusters
     */
    public InstrumentalVariables withCovariance(CovarianceType type) {
        Objects.requireNonNull(type, "type");
        OptionChecks.clusterType(type, clusters);
        return new InstrumentalVariables(method, fullerA, type, clusters, confidenceLevel, weakThreshold, instruments,
                parallelism);
    }

    /**
     * @param columns one or two clustering variables (empty to unset)
     * @return a copy with cluster-robust covariances
     */
    public InstrumentalVariables clusteredBy(List<String> columns) {
        OptionChecks.clusters(columns, covariance);
        return new InstrumentalVariables(method, fullerA, covariance, columns, confidenceLevel, weakThreshold, instruments,
                parallelism);
    }

    /**
     * @param level confidence level of intervals and of the Anderson–Rubin set, in (0, 1)
     * @return a copy using it
     */
    public InstrumentalVariables withConfidenceLevel(double level) {
        OptionChecks.confidenceLevel(level);
        return new InstrumentalVariables(method, fullerA, covariance, clusters, level, weakThreshold, instruments,
                parallelism);
    }

    /**
     * @param f first-stage F below which a weak-instrument warning is issued (0 disables it)
     * @return a copy using it
     */
    public InstrumentalVariables withWeakInstrumentThreshold(double f) {
        if (!(f >= 0) || !Double.isFinite(f)) {
            throw new IllegalArgumentException("weak-instrument threshold must be a non-negative number, got " + f);
        }
        return new InstrumentalVariables(method, fullerA, covariance, clusters, confidenceLevel, f, instruments,
                parallelism);
    }

    /**
     * @param names the excluded instruments used by {@link #estimate(Dataset, String, String, List)}
     * @return a copy using them
     */
    public InstrumentalVariables withInstruments(List<String> names) {
        return new InstrumentalVariables(method, fullerA, covariance, clusters, confidenceLevel, weakThreshold,
                Objects.requireNonNull(names, "names"), parallelism);
    }

    /**
     * @param threads the threads the passes over the data may use (results do not depend on it)
     * @return a copy using them
     */
    public InstrumentalVariables withParallelism(Parallelism threads) {
        return new InstrumentalVariables(method, fullerA, covariance, clusters, confidenceLevel, weakThreshold, instruments,
                Objects.requireNonNull(threads, "threads"));
    }

    /** @return the method */
    public IvMethod kind() {
        return method;
    }

    /** @return Fuller's constant (0 for other methods) */
    public double fullerConstant() {
        return fullerA;
    }

    /** @return the covariance type as set (see the class comment for clusters) */
    public CovarianceType covarianceType() {
        return covariance;
    }

    /** @return the clustering variables */
    public List<String> clusters() {
        return clusters;
    }

    /** @return the confidence level */
    public double confidenceLevel() {
        return confidenceLevel;
    }

    /** @return the weak-instrument F threshold */
    public double weakInstrumentThreshold() {
        return weakThreshold;
    }

    /** @return the instruments set by {@link #withInstruments(List)} */
    public List<String> instruments() {
        return instruments;
    }

    /** @return the parallelism */
    public Parallelism parallelism() {
        return parallelism;
    }

    @Override
    public String method() {
        return method.label();
    }

    /**
     * Fits the model.
     *
     * @param data the data
     * @param model outcome, endogenous regressors, instruments and covariates
     * @return the fit with its diagnostics
     * @throws IllegalArgumentException for unknown or categorical endogenous columns, too few instrument columns,
     *     the Wald method with more than one instrument or regressor
     * @throws io.github.causal4j.estimate.CollinearityException naming perfectly collinear instruments or covariates
     * @throws io.github.causal4j.CausalException when the rank condition fails
     */
    public IvFit fit(Dataset data, IvModel model) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(model, "model");
        return IvFitting.fit(this, data, model);
    }

    /**
     * Fits the model on rows read in passes (e.g. a Spark DataFrame's, through {@code causal-spark}):
     * the same computation as {@link #fit(Dataset, IvModel)}.
     *
     * <p>Passes over the rows: one (the triangular factor of {@code [1 X Z D y]}, from which every
     * estimator, classical covariance and diagnostic follows), plus one for a robust or cluster-robust
     * covariance (the meats of the fit and of its auxiliary regressions together).
     *
     * @param rows the rows: the design (an intercept, the covariates' columns, then the instruments'),
     *     then the variables {@code D_1 .. D_m, y} in the model's order, then any clustering variables
     * @param model outcome, endogenous regressors, instruments and covariates
     * @return the fit with its diagnostics
     */
    public IvFit fit(RowPasses rows, IvModel model) {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(model, "model");
        return IvFitting.fit(this, rows, model);
    }

    /**
     * The effect of {@code treatment} (the one endogenous regressor) using the instruments set by
     * {@link #withInstruments(List)}.
     */
    @Override
    public Estimate estimate(Dataset data, String treatment, String outcome, List<String> covariates) {
        if (instruments.isEmpty()) {
            throw new IllegalArgumentException(method() + " needs instruments: call withInstruments(...) first");
        }
        return fit(data, IvModel.of(outcome, treatment, instruments, covariates)).toEstimate();
    }

    /**
     * The effect of {@code treatment} with a conditional instrument from identification: its
     * conditioning set, plus {@code covariates}, enters as exogenous covariates.
     *
     * @param data the data
     * @param treatment the endogenous regressor
     * @param outcome the outcome
     * @param instrument the instrument and its conditioning set
     * @param covariates more covariates (may be empty)
     * @return the estimate
     */
    public Estimate estimate(Dataset data, String treatment, String outcome, Instrument instrument,
            List<String> covariates) {
        return fit(data, IvModel.of(outcome, treatment, instrument, covariates)).toEstimate();
    }

    /** @return e.g. {@code "InstrumentalVariables[2sls, se=hc1, clusters=[], level=0.95]"} */
    @Override
    public String toString() {
        return "InstrumentalVariables[" + method() + (method == IvMethod.FULLER ? "(" + fullerA + ")" : "") + ", se="
                + covariance.label() + ", clusters=" + clusters + ", instruments=" + instruments + ", level="
                + confidenceLevel + "]";
    }
}
