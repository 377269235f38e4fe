package io.github.causal4j.estimate.backdoor;

import io.github.causal4j.CausalException;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.AverageEffect;
import io.github.causal4j.estimate.Coefficient;
import io.github.causal4j.estimate.CovarianceType;
import io.github.causal4j.estimate.EffectEstimator;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.LinearRegression;
import io.github.causal4j.estimate.Parallelism;
import io.github.causal4j.estimate.RankDeficiency;
import io.github.causal4j.estimate.RegressionFit;
import io.github.causal4j.estimate.internal.Provenances;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Regression adjustment: the coefficient of the treatment in the OLS regression of the outcome on
 * the treatment and the adjustment set, {@code y = a + tau d + X'b + e}. Under a back-door set X
 * and a linear, constant-effect outcome model, {@code tau} is the average treatment effect; the
 * treatment may be binary or continuous. Inference: t with the residual degrees of freedom, under
 * the chosen covariance (classical, HC0–HC3 or cluster-robust), as R's {@code lm} with
 * {@code sandwich}/{@code lmtest::coeftest}.
 *
 * <p>For arm-specific outcome models and the ATT/ATC use {@link GComputation}.
 */
public final class RegressionAdjustment implements EffectEstimator {

    private static final RegressionAdjustment DEFAULT = new RegressionAdjustment(LinearRegression.ols());

    private final LinearRegression regression;

    private RegressionAdjustment(LinearRegression regression) {
        this.regression = regression;
    }

    /** @return OLS adjustment with classical standard errors and 95% intervals */
    public static RegressionAdjustment ols() {
        return DEFAULT;
    }

    /**
     * @param type covariance estimator
     * @return a copy using it
     */
    public RegressionAdjustment withCovariance(CovarianceType type) {
        return new RegressionAdjustment(regression.withCovariance(type));
    }

    /**
     * @param columns one or two clustering variables (see {@link LinearRegression#clusteredBy(List)})
     * @return a copy with cluster-robust standard errors
     */
    public RegressionAdjustment clusteredBy(List<String> columns) {
        return new RegressionAdjustment(regression.clusteredBy(columns));
    }

    /**
     * @param level confidence level in (0, 1)
     * @return a copy using it
     */
    public RegressionAdjustment withConfidenceLevel(double level) {
        return new RegressionAdjustment(regression.withConfidenceLevel(level));
    }

    /**
     * @param policy what to do with collinear covariates (the treatment itself may never be dropped)
     * @return a copy using it
     */
    public RegressionAdjustment withRankDeficiency(RankDeficiency policy) {
        return new RegressionAdjustment(regression.withRankDeficiency(policy));
    }

    /**
     * @param threads threads for the passes over the data
     * @return a copy using them
     */
    public RegressionAdjustment withParallelism(Parallelism threads) {
        return new RegressionAdjustment(regression.withParallelism(threads));
    }

    /** @return the underlying regression configuration */
    public LinearRegression regression() {
        return regression;
    }

    @Override
    public String method() {
        return "ols";
    }

    /**
     * The full regression behind the estimate (the coefficient table, t values, partial R² of
     * every design column, dof) — what omitted-variable-bias sensitivity analysis starts from.
     *
     * @param data the data
     * @param treatment the treatment (numeric or binary)
     * @param outcome the outcome
     * @param covariates the adjustment set
     * @return the fit of {@code outcome ~ treatment + covariates}
     */
    public RegressionFit fit(Dataset data, String treatment, String outcome, List<String> covariates) {
        BackdoorInputs in = BackdoorInputs.of(data, treatment, outcome, covariates, false, method());
        List<String> terms = new ArrayList<>();
        terms.add(treatment);
        terms.addAll(in.covariates);
        RegressionFit fit = regression.fit(data, outcome, terms);
        if (!fit.hasCoefficient(treatment)) {
            throw new CausalException("the treatment '" + treatment + "' is collinear with the covariates: "
                    + fit.warnings());
        }
        return fit;
    }

    @Override
    public Estimate estimate(Dataset data, String treatment, String outcome, List<String> covariates) {
        RegressionFit fit = fit(data, treatment, outcome, covariates);
        Coefficient c = fit.coefficient(treatment);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("covariance", fit.covarianceType().label());
        settings.put("clusters", String.join(",", fit.clusters()));
        settings.put("covariates", String.join(",", covariates));
        settings.put("confidence_level", Double.toString(fit.confidenceLevel()));
        Estimate.Builder b = Estimate.builder(method(), AverageEffect.ATE).variables(treatment, outcome)
                .value(c.estimate(), c.stdError()).interval(c.ciLower(), c.ciUpper()).pValue(c.pValue())
                .confidenceLevel(fit.confidenceLevel()).n(fit.n()).dof(fit.dof())
                .diagnostic("r_squared", fit.rSquared()).diagnostic("residual_std_error", fit.residualStandardError())
                .diagnostic("rank", fit.rank())
                .diagnostic("partial_r2_treatment", fit.partialRSquared(treatment))
                .warnings(fit.warnings())
                .provenance(Provenances.of(data, withClusters(treatment, outcome, covariates, fit.clusters()), method(),
                        settings, OptionalLong.empty()));
        for (int j = 0; j < fit.clusters().size(); j++) {
            b.diagnostic("clusters_" + fit.clusters().get(j), fit.clusterCounts().get(j));
        }
        return b.build();
    }

    private static List<String> withClusters(String treatment, String outcome, List<String> covariates,
            List<String> clusters) {
        List<String> out = new ArrayList<>(List.of(treatment, outcome));
        out.addAll(covariates);
        out.addAll(clusters);
        return out;
    }

    /** @return e.g. {@code "RegressionAdjustment[LinearRegression[covariance=hc1, ...]]"} */
    @Override
    public String toString() {
        return "RegressionAdjustment[" + Objects.toString(regression) + "]";
    }
}
