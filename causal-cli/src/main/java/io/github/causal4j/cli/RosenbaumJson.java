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

import io.github.causal4j.estimate.backdoor.MatchedSample;
import io.github.causal4j.sensitivity.HodgesLehmannBound;
import io.github.causal4j.sensitivity.RosenbaumBounds;
import io.github.causal4j.sensitivity.RosenbaumPValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code diagnostics.rosenbaum} object of {@code causal estimate --method matching --rosenbaum G1,G2}:
 * Rosenbaum bounds ({@link RosenbaumBounds#of(MatchedSample)}) over the &Gamma; grid, at alpha 0.05.
 * Infinite interval limits (no effect excluded) are JSON {@code null}.
 */
final class RosenbaumJson {

    /** The key under {@code diagnostics}. */
    static final String KEY = "rosenbaum";

    private static final double ALPHA = 0.05;

    private RosenbaumJson() {
    }

    /**
     * @param values the --rosenbaum values
     * @return them as an array
     * @throws UserInputException for a Gamma below 1 or not finite
     */
    static double[] grid(List<Double> values) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            Double g = values.get(i);
            if (g == null || !(g >= 1.0) || g.isInfinite()) {
                throw new UserInputException("--rosenbaum: every Gamma must be a finite number of at least 1, got " + g);
            }
            out[i] = g;
        }
        return out;
    }

    /**
     * @param sample the matched sample
     * @param gammas the grid
     * @return the JSON object: the reduction, counts, statistic, critical Gamma, one row per Gamma and the text table
     */
    static Map<String, Object> of(MatchedSample sample, double[] gammas) {
        RosenbaumBounds b = RosenbaumBounds.of(sample);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("reduction", sample.isPairs() ? "pairs" : "set_mean");
        out.put("sets", sample.sets().size());
        out.put("pairs", sample.pairCount());
        out.put("non_zero", b.nonZeroPairs());
        out.put("statistic", b.statistic());
        out.put("alpha", ALPHA);
        out.put("critical_gamma", finiteOrNull(b.criticalGamma(ALPHA)));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (double g : gammas) {
            RosenbaumPValue p = b.pValue(g);
            HodgesLehmannBound h = b.hodgesLehmann(g, ALPHA);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("gamma", g);
            row.put("p_lower", p.lower());
            row.put("p_upper", p.upper());
            row.put("hl_low", h.estimateLow());
            row.put("hl_high", h.estimateHigh());
            row.put("ci_lower", finiteOrNull(h.lower()));
            row.put("ci_upper", finiteOrNull(h.upper()));
            rows.add(row);
        }
        out.put("gammas", rows);
        out.put("summary", b.report(ALPHA, gammas).text());
        return out;
    }

    private static Object finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
