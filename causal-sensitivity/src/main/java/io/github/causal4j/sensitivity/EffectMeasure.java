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
