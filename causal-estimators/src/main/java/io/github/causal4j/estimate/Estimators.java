package io.github.causal4j.estimate;

import io.github.causal4j.estimate.backdoor.InverseProbabilityWeighting;
import io.github.causal4j.estimate.backdoor.RegressionAdjustment;

/**
 * Entry point to the effect estimators, each configured with immutable withers:
 *
 * <pre>{@code
 * Estimate e = Estimators.ols().withCovariance(CovarianceType.HC1)
 *         .estimate(lalonde, "treat", "re78", covariates);
 * }</pre>
 */
public final class Estimators {

    private Estimators() {
    }

    /** @return regression adjustment: the treatment coefficient of OLS on treatment + covariates */
    public static RegressionAdjustment ols() {
        return RegressionAdjustment.ols();
    }

    /** @return inverse probability weighting (Hájek, ATE) with a logit propensity score and the stacked sandwich SE */
    public static InverseProbabilityWeighting ipw() {
        return InverseProbabilityWeighting.hajek();
    }
}
