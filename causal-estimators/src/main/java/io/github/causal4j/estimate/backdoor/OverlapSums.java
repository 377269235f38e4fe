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
package io.github.causal4j.estimate.backdoor;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The mergeable sums behind the overlap diagnostics of {@link Overlap}: propensity ranges by arm,
 * the sums and sums of squares of each arm's weights, the largest weight of each arm, and the
 * number of scores near 0 or 1.
 */
final class OverlapSums implements Serializable {

    private static final long serialVersionUID = 1L;

    private double min1 = 1;
    private double max1 = 0;
    private double min0 = 1;
    private double max0 = 0;
    private double sw1;
    private double sw1sq;
    private double sw0;
    private double sw0sq;
    private double maxW1;
    private double maxW0;
    private long extreme;

    /** Adds one unit: its arm, score (and complement) and its arm's weight. */
    void add(boolean treated, double e, double oneMinusE, double treatedWeight, double controlWeight) {
        if (treated) {
            min1 = Math.min(min1, e);
            max1 = Math.max(max1, e);
            sw1 += treatedWeight;
            sw1sq += treatedWeight * treatedWeight;
            maxW1 = Math.max(maxW1, treatedWeight);
        } else {
            min0 = Math.min(min0, e);
            max0 = Math.max(max0, e);
            sw0 += controlWeight;
            sw0sq += controlWeight * controlWeight;
            maxW0 = Math.max(maxW0, controlWeight);
        }
        if (e < Overlap.POSITIVITY_WARNING || oneMinusE < Overlap.POSITIVITY_WARNING) {
            extreme++;
        }
    }

    void merge(OverlapSums o) {
        min1 = Math.min(min1, o.min1);
        max1 = Math.max(max1, o.max1);
        min0 = Math.min(min0, o.min0);
        max0 = Math.max(max0, o.max0);
        sw1 += o.sw1;
        sw1sq += o.sw1sq;
        sw0 += o.sw0;
        sw0sq += o.sw0sq;
        maxW1 = Math.max(maxW1, o.maxW1);
        maxW0 = Math.max(maxW0, o.maxW0);
        extreme += o.extreme;
    }

    void report(Map<String, Double> diagnostics, List<String> warnings) {
        diagnostics.put("ps_min_treated", min1);
        diagnostics.put("ps_max_treated", max1);
        diagnostics.put("ps_min_control", min0);
        diagnostics.put("ps_max_control", max0);
        diagnostics.put("ess_treated", sw1 * sw1 / sw1sq);
        diagnostics.put("ess_control", sw0 * sw0 / sw0sq);
        diagnostics.put("max_weight_share_treated", maxW1 / sw1);
        diagnostics.put("max_weight_share_control", maxW0 / sw0);
        if (extreme > 0) {
            warnings.add(extreme + " units have propensity scores below " + Overlap.POSITIVITY_WARNING + " or above "
                    + (1 - Overlap.POSITIVITY_WARNING) + ": positivity is doubtful and their weights dominate; consider "
                    + "trimming");
        }
        if (max1 < min0 || max0 < min1) {
            warnings.add("the propensity ranges of treated [" + min1 + ", " + max1 + "] and controls [" + min0 + ", " + max0
                    + "] do not overlap");
        }
        if (maxW1 / sw1 > 0.1 || maxW0 / sw0 > 0.1) {
            warnings.add("one unit carries more than 10% of its arm's weight (treated " + share(maxW1 / sw1)
                    + ", control " + share(maxW0 / sw0) + "): the estimate rests on few units");
        }
    }

    private static String share(double s) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", 100 * s);
    }
}
