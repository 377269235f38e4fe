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
package io.github.causal4j.cli;

import io.github.causal4j.sensitivity.EValue;
import io.github.causal4j.sensitivity.EValues;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code causal evalue}: E-values (VanderWeele &amp; Ding 2017) for a ratio estimate or a standardised mean difference. */
@Command(name = "evalue", mixinStandardHelpOptions = true,
        description = "E-value of an estimate and of its confidence limit nearest the null (VanderWeele & Ding 2017).")
final class EvalueCommand extends JsonCommand {

    @Option(names = "--rr", paramLabel = "R", description = "Risk ratio.")
    Double rr;

    @Option(names = "--or", paramLabel = "R", description = "Odds ratio (common outcome unless --rare).")
    Double oddsRatio;

    @Option(names = "--hr", paramLabel = "R", description = "Hazard ratio (common outcome unless --rare).")
    Double hr;

    @Option(names = "--rare", description = "The outcome is rare (< 15%): odds and hazard ratios approximate risk ratios.")
    boolean rare;

    @Option(names = "--smd", paramLabel = "D", description = "Standardised mean difference (needs --se).")
    Double smd;

    @Option(names = "--se", paramLabel = "S", description = "Standard error of the standardised mean difference.")
    Double se;

    @Option(names = "--lo", paramLabel = "L", description = "Lower confidence limit of the ratio.")
    Double lo;

    @Option(names = "--hi", paramLabel = "H", description = "Upper confidence limit of the ratio.")
    Double hi;

    @Option(names = "--true", paramLabel = "R0", description = "Shift the estimate to this risk ratio instead of 1 (risk ratios only).")
    Double trueRr;

    @Override
    Map<String, Object> compute() {
        int given = (rr == null ? 0 : 1) + (oddsRatio == null ? 0 : 1) + (hr == null ? 0 : 1) + (smd == null ? 0 : 1);
        if (given != 1) {
            throw new UserInputException("give exactly one of --rr, --or, --hr, --smd");
        }
        if (rare && rr != null) {
            throw new UserInputException("--rare applies to --or and --hr only");
        }
        if (trueRr != null && rr == null) {
            throw new UserInputException("--true applies to --rr only");
        }
        double l = lo == null ? Double.NaN : lo;
        double h = hi == null ? Double.NaN : hi;
        EValue e;
        if (smd != null) {
            if (lo != null || hi != null) {
                throw new UserInputException("--smd takes --se, not --lo/--hi (the interval is exp(0.91 d +/- 1.78 se))");
            }
            if (se == null) {
                throw new UserInputException("--smd needs --se");
            }
            e = EValues.standardizedMeanDifference(smd, se);
        } else if (se != null) {
            throw new UserInputException("--se applies to --smd only");
        } else if (rr != null) {
            e = EValues.of(io.github.causal4j.sensitivity.EffectMeasure.RISK_RATIO, rr, l, h, trueRr == null ? 1.0 : trueRr);
        } else if (oddsRatio != null) {
            e = EValues.oddsRatio(oddsRatio, l, h, rare);
        } else {
            e = EValues.hazardRatio(hr, l, h, rare);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("evalue_point", e.point());
        out.put("evalue_ci", e.confidenceLimit().isPresent() ? e.confidenceLimit().getAsDouble() : null);
        out.put("measure", e.measure().name().toLowerCase(java.util.Locale.ROOT));
        out.put("estimate", e.estimate());
        out.put("risk_ratio", e.riskRatio());
        out.put("risk_ratio_lower", e.riskRatioLower().isPresent() ? e.riskRatioLower().getAsDouble() : null);
        out.put("risk_ratio_upper", e.riskRatioUpper().isPresent() ? e.riskRatioUpper().getAsDouble() : null);
        out.put("true_risk_ratio", e.nullRiskRatio());
        out.put("report", e.report().text().strip());
        return out;
    }

    @Override
    String renderText(Map<String, Object> r) {
        return (String) r.get("report");
    }
}
