package io.github.causal4j.estimate;

import io.github.causal4j.estimate.backdoor.AugmentedIpw;
import io.github.causal4j.estimate.backdoor.GComputation;
import io.github.causal4j.estimate.backdoor.InverseProbabilityWeighting;
import io.github.causal4j.estimate.backdoor.PropensityScoreMatching;
import io.github.causal4j.estimate.backdoor.RegressionAdjustment;
import io.github.causal4j.estimate.backdoor.Stratification;

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

    /** @return augmented IPW (doubly robust; ATE; no cross-fitting unless asked) */
    public static AugmentedIpw aipw() {
        return AugmentedIpw.standard();
    }

    /** @return propensity-score matching (1:1 with replacement, ties kept, ATT, Abadie-Imbens SE) */
    public static PropensityScoreMatching matching() {
        return PropensityScoreMatching.nearestNeighbour();
    }

    /** @return stratification on propensity-score quintiles (ATE) */
    public static Stratification stratification() {
        return Stratification.quintiles();
    }

    /** @return g-computation (regression standardisation) with separate linear outcome models per arm (ATE) */
    public static GComputation gComputation() {
        return GComputation.separate();
    }
}
