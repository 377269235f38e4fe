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

import io.github.causal4j.result.Report;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The E-value of an estimate (VanderWeele &amp; Ding 2017, "Sensitivity analysis in observational
 * research: introducing the E-value", Annals of Internal Medicine 167(4):268-274): the minimum strength
 * of association, on the risk-ratio scale, that an unmeasured confounder would need with both the
 * treatment and the outcome, conditional on the measured covariates, to fully explain away the
 * estimate; and the same for the confidence limit closest to the null.
 *
 * @param measure the scale the estimate was given on
 * @param estimate the estimate on that scale
 * @param riskRatio the estimate as (approximate) risk ratio
 * @param riskRatioLower the lower confidence limit as risk ratio, if a limit was given
 * @param riskRatioUpper the upper confidence limit as risk ratio, if a limit was given
 * @param nullRiskRatio the risk ratio to shift the estimate to (1 unless stated)
 * @param point E-value of the estimate
 * @param confidenceLimit E-value of the confidence limit nearest the null (1 when the interval contains it),
 *        if a limit was given
 */
public record EValue(EffectMeasure measure, double estimate, double riskRatio, OptionalDouble riskRatioLower,
        OptionalDouble riskRatioUpper, double nullRiskRatio, double point, OptionalDouble confidenceLimit) {

    /** @return text and Markdown forms stating both E-values and what they mean */
    public Report report() {
        String ci = confidenceLimit.isPresent()
                ? String.format(Locale.ROOT, "; for the confidence limit nearest the null: %.4g", confidenceLimit.getAsDouble())
                : "";
        String text = String.format(Locale.ROOT,
                "E-value (VanderWeele & Ding 2017) for %s %.4g (risk ratio %.4g vs null %.4g): %.4g%s.%n"
                        + "An unmeasured confounder associated with both treatment and outcome by a risk ratio of %.4g each,"
                        + " above the measured covariates, could explain the estimate away; weaker confounding could not.",
                measure.name().toLowerCase(Locale.ROOT).replace('_', ' '), estimate, riskRatio, nullRiskRatio, point, ci, point);
        return new Report(text + "\n", "**E-value.** " + text.replace("\n", "  \n") + "\n");
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "EValue[%s %.4g: point %.4g%s]", measure, estimate, point,
                confidenceLimit.isPresent() ? String.format(Locale.ROOT, ", CI %.4g", confidenceLimit.getAsDouble()) : "");
    }
}
