package io.github.causal4j.sensitivity;

/**
 * The scale of an effect estimate handed to {@link EValues}, with the approximation VanderWeele &amp;
 * Ding (2017, Table 2) use to put it on the risk-ratio scale.
 */
public enum EffectMeasure {
    /** Risk ratio: used as is. */
    RISK_RATIO,
    /** Odds ratio with a rare outcome (&lt; 15%): RR &asymp; OR. */
    ODDS_RATIO_RARE,
    /** Odds ratio with a common outcome: RR &asymp; sqrt(OR). */
    ODDS_RATIO_COMMON,
    /** Hazard ratio with a rare outcome: RR &asymp; HR. */
    HAZARD_RATIO_RARE,
    /** Hazard ratio with a common outcome: RR &asymp; (1 - 0.5^sqrt(HR)) / (1 - 0.5^sqrt(1/HR)). */
    HAZARD_RATIO_COMMON,
    /** Standardised mean difference d (or an OLS coefficient divided by the outcome SD): RR &asymp; exp(0.91 d). */
    STANDARDIZED_MEAN_DIFFERENCE;

    /**
     * @param value an estimate on this scale (ratios positive)
     * @return its approximate risk ratio
     */
    public double toRiskRatio(double value) {
        switch (this) {
            case RISK_RATIO, ODDS_RATIO_RARE, HAZARD_RATIO_RARE:
                return value;
            case ODDS_RATIO_COMMON:
                return Math.sqrt(value);
            case HAZARD_RATIO_COMMON:
                return (1.0 - Math.pow(0.5, Math.sqrt(value))) / (1.0 - Math.pow(0.5, Math.sqrt(1.0 / value)));
            default:
                return Math.exp(0.91 * value);
        }
    }

    boolean isRatio() {
        return this != STANDARDIZED_MEAN_DIFFERENCE;
    }
}
