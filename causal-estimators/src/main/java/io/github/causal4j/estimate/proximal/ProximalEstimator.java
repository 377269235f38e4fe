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
package io.github.causal4j.estimate.proximal;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.CovarianceType;
import io.github.causal4j.estimate.EffectEstimator;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.Parallelism;
import io.github.causal4j.estimate.internal.OptionChecks;
import io.github.causal4j.estimate.stats.RowPasses;
import java.util.List;
import java.util.Objects;

/**
 * Proximal estimators of the effect of A on Y under unmeasured confounding, from treatment proxies
 * Z and outcome proxies W ({@link ProximalMethod}). Immutable; {@code with...} returns a copy.
 *
 * <p>P2SLS reports the covariance chosen by {@link #withCovariance} (classical by default, with t
 * inference as the IV fit) and the first stage of W on Z as proxy-relevance diagnostics. POR, PIPW
 * and PDR need a binary treatment; their standard errors come from the sandwich of the stacked
 * estimating equations (outcome bridge, treatment bridge, effect), so the bridges' estimation is
 * accounted for; inference is normal. The treatment bridge is solved by Newton's method with step
 * halving from {@code t = 0}; if it does not converge within {@link #maxIterations()} the estimator
 * throws a {@link io.github.causal4j.CausalException} naming the proxies. Weak proxies (first-stage
 * F of W on Z below 10) are a warning.
 *
 * <pre>{@code
 * ProximalModel roles = new ProximalModel("A", "Y", List.of("Z"), List.of("W"), List.of("X"));
 * Estimate e = ProximalEstimator.pdr().estimate(data, roles);
 * Estimate p = ProximalEstimator.p2sls().withCovariance(CovarianceType.HC1).estimate(data, roles);
 * }</pre>
 */
public final class ProximalEstimator implements EffectEstimator {

    /** First-stage F of the outcome proxies on the treatment proxies below which proxies are reported as weak. */
    public static final double WEAK_PROXY_F = 10.0;

    private final ProximalMethod method;
    private final CovarianceType covariance;
    private final double confidenceLevel;
    private final int maxIterations;
    private final double tolerance;
    private final List<String> treatmentProxies;
    private final List<String> outcomeProxies;
    private final Parallelism parallelism;

    private ProximalEstimator(ProximalMethod method, CovarianceType covariance, double confidenceLevel, int maxIterations,
            double tolerance, List<String> treatmentProxies, List<String> outcomeProxies, Parallelism parallelism) {
        this.method = method;
        this.covariance = covariance;
        this.confidenceLevel = confidenceLevel;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
        this.treatmentProxies = List.copyOf(treatmentProxies);
        this.outcomeProxies = List.copyOf(outcomeProxies);
        this.parallelism = parallelism;
    }

    /**
     * @param kind the method
     * @return it with default settings (classical SEs for P2SLS, 95%, 100 Newton steps, tolerance 1e-10)
     */
    public static ProximalEstimator of(ProximalMethod kind) {
        return new ProximalEstimator(Objects.requireNonNull(kind, "kind"), CovarianceType.CLASSICAL, 0.95, 100, 1e-10,
                List.of(), List.of(), Parallelism.commonPool());
    }

    /** @return proximal two-stage least squares */
    public static ProximalEstimator p2sls() {
        return of(ProximalMethod.P2SLS);
    }

    /** @return the outcome-bridge estimator */
    public static ProximalEstimator por() {
        return of(ProximalMethod.POR);
    }

    /** @return the treatment-bridge (inverse weighting) estimator */
    public static ProximalEstimator pipw() {
        return of(ProximalMethod.PIPW);
    }

    /** @return the doubly robust estimator */
    public static ProximalEstimator pdr() {
        return of(ProximalMethod.PDR);
    }

    /**
     * @param type covariance of P2SLS (the semiparametric estimators always use the stacked sandwich)
     * @return a copy using it
     */
    public ProximalEstimator withCovariance(CovarianceType type) {
        return new ProximalEstimator(method, Objects.requireNonNull(type, "type"), confidenceLevel, maxIterations, tolerance,
                treatmentProxies, outcomeProxies, parallelism);
    }

    /**
     * @param level confidence level in (0, 1)
     * @return a copy using it
     */
    public ProximalEstimator withConfidenceLevel(double level) {
        OptionChecks.confidenceLevel(level);
        return new ProximalEstimator(method, covariance, level, maxIterations, tolerance, treatmentProxies, outcomeProxies,
                parallelism);
    }

    /**
     * Convergence control of the treatment-bridge solver.
     *
     * @param iterations Newton steps allowed, positive
     * @param tol tolerance on the largest mean moment, in (0, 1)
     * @return a copy using them
     */
    public ProximalEstimator withConvergence(int iterations, double tol) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive, got " + iterations);
        }
        if (!(tol > 0 && tol < 1)) {
            throw new IllegalArgumentException("tolerance must be in (0, 1), got " + tol);
        }
        return new ProximalEstimator(method, covariance, confidenceLevel, iterations, tol, treatmentProxies, outcomeProxies,
                parallelism);
    }

    /**
     * @param z treatment proxies used by {@link #estimate(Dataset, String, String, List)}
     * @param w outcome proxies used by it
     * @return a copy using them
     */
    public ProximalEstimator withProxies(List<String> z, List<String> w) {
        return new ProximalEstimator(method, covariance, confidenceLevel, maxIterations, tolerance,
                Objects.requireNonNull(z, "z"), Objects.requireNonNull(w, "w"), parallelism);
    }

    /**
     * @param threads threads for the passes over the data of P2SLS
     * @return a copy using them
     */
    public ProximalEstimator withParallelism(Parallelism threads) {
        return new ProximalEstimator(method, covariance, confidenceLevel, maxIterations, tolerance, treatmentProxies,
                outcomeProxies, Objects.requireNonNull(threads, "threads"));
    }

    /** @return the treatment proxies set by {@link #withProxies(List, List)} (empty if none) */
    public List<String> treatmentProxies() {
        return treatmentProxies;
    }

    /** @return the outcome proxies set by {@link #withProxies(List, List)} (empty if none) */
    public List<String> outcomeProxies() {
        return outcomeProxies;
    }

    /** @return the method */
    public ProximalMethod kind() {
        return method;
    }

    /** @return the P2SLS covariance type */
    public CovarianceType covarianceType() {
        return covariance;
    }

    /** @return the confidence level */
    public double confidenceLevel() {
        return confidenceLevel;
    }

    /** @return the Newton step limit */
    public int maxIterations() {
        return maxIterations;
    }

    /** @return the convergence tolerance */
    public double tolerance() {
        return tolerance;
    }

    Parallelism parallelism() {
        return parallelism;
    }

    @Override
    public String method() {
        return method.label();
    }

    /**
     * @param data the data
     * @param model the roles
     * @return the estimate
     * @throws IllegalArgumentException for unknown columns, a non-binary treatment (POR/PIPW/PDR), too few proxies
     * @throws io.github.causal4j.CausalException when a bridge cannot be estimated (collinear proxies, no convergence)
     */
    public Estimate estimate(Dataset data, ProximalModel model) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(model, "model");
        return method == ProximalMethod.P2SLS ? ProximalTwoStage.estimate(this, data, model)
                : SemiparametricProximal.estimate(this, data, model);
    }

    /** With the proxies set by {@link #withProxies(List, List)}. */
    /**
     * P2SLS on rows read in passes (e.g. a Spark DataFrame's, through {@code causal-spark}): the same
     * computation as {@link #estimate(Dataset, ProximalModel)}, with the passes of
     * {@link io.github.causal4j.estimate.iv.InstrumentalVariables#fit(RowPasses,
     * io.github.causal4j.estimate.iv.IvModel)} (one, two with a robust covariance).
     *
     * @param rows the rows: the design (an intercept, the treatment, the covariates' columns, then the
     *     treatment proxies'), then the variables (the outcome proxies, then the outcome)
     * @param model the roles
     * @return the estimate
     * @throws IllegalArgumentException for POR, PIPW and PDR, whose bridge functions are solved by
     *     Newton's method over rows held in memory
     */
    public Estimate estimate(RowPasses rows, ProximalModel model) {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(model, "model");
        if (method != ProximalMethod.P2SLS) {
            throw new IllegalArgumentException(method() + " solves its bridge functions over rows held in memory; on rows "
                    + "read in passes use p2sls");
        }
        return ProximalTwoStage.estimate(this, rows, model);
    }

    @Override
    public Estimate estimate(Dataset data, String treatment, String outcome, List<String> covariates) {
        if (treatmentProxies.isEmpty() || outcomeProxies.isEmpty()) {
            throw new IllegalArgumentException(method() + " needs treatment and outcome proxies: call withProxies(z, w)");
        }
        return estimate(data, new ProximalModel(treatment, outcome, treatmentProxies, outcomeProxies, covariates));
    }

    /** @return e.g. {@code "ProximalEstimator[pdr, level=0.95, newton=100@1e-10]"} */
    @Override
    public String toString() {
        return "ProximalEstimator[" + method() + ", se=" + covariance.label() + ", level=" + confidenceLevel + ", newton="
                + maxIterations + "@" + tolerance + "]";
    }
}
