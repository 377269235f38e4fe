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

import java.util.List;
import java.util.Map;

/**
 * Overlap (positivity) diagnostics shared by the propensity-score estimators: the propensity
 * range of each arm, Kish's effective sample size {@code (sum w)^2 / sum w^2} of each arm's
 * weights, the largest share of an arm's weight on one unit, and warnings when scores approach
 * 0 or 1, when the arms' ranges do not overlap, or when one unit dominates its arm
 * ({@link OverlapSums} holds the sums, so a pass over distributed rows computes them too).
 */
final class Overlap {

    /** Propensity scores below this or above one minus it draw a positivity warning. */
    static final double POSITIVITY_WARNING = 0.01;

    private Overlap() {
    }

    static void diagnose(double[] d, double[] e, double[] oneMinusE, Weights w, Map<String, Double> diagnostics,
            List<String> warnings) {
        OverlapSums sums = new OverlapSums();
        for (int i = 0; i < d.length; i++) {
            sums.add(d[i] == 1.0, e[i], oneMinusE[i], w.treated[i], w.control[i]);
        }
        sums.report(diagnostics, warnings);
    }
}
