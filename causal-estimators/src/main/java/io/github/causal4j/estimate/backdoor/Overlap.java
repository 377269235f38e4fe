package io.github.causal4j.estimate.backdoor;

import java.util.List;
import java.util.Map;

/**
 * Overlap (positivity) diagnostics shared by the propensity-score estimators: the propensity
 * range of each arm, Kish's effective sample size {@code (sum w)^2 / sum w^2} of each arm's
 * weights, the largest share of an arm's weight on one unit, and warnings when scores approach
 * 0 or 1, when the arms' ranges do not overlap, or when one unit dominates its arm.
 */
final class Overlap {

    /** Propensity scores below this or above one minus it draw a positivity warning. */
    static final double POSITIVITY_WARNING = 0.01;

    private Overlap() {
    }

    static void diagnose(double[] d, double[] e, double[] oneMinusE, Weights w, Map<String, Double> diagnostics,
            List<String> warnings) {
        double min1 = 1;
        double max1 = 0;
        double min0 = 1;
        double max0 = 0;
        double sw1 = 0;
        double sw1sq = 0;
        double sw0 = 0;
        double sw0sq = 0;
        double maxW1 = 0;
        double maxW0 = 0;
        int extreme = 0;
        for (int i = 0; i < d.length; i++) {
            if (d[i] == 1.0) {
                min1 = Math.min(min1, e[i]);
                max1 = Math.max(max1, e[i]);
                sw1 += w.treated[i];
                sw1sq += w.treated[i] * w.treated[i];
                maxW1 = Math.max(maxW1, w.treated[i]);
            } else {
                min0 = Math.min(min0, e[i]);
                max0 = Math.max(max0, e[i]);
                sw0 += w.control[i];
                sw0sq += w.control[i] * w.control[i];
                maxW0 = Math.max(maxW0, w.control[i]);
            }
            if (e[i] < POSITIVITY_WARNING || oneMinusE[i] < POSITIVITY_WARNING) {
                extreme++;
            }
        }
        diagnostics.put("ps_min_treated", min1);
        diagnostics.put("ps_max_treated", max1);
        diagnostics.put("ps_min_control", min0);
        diagnostics.put("ps_max_control", max0);
        diagnostics.put("ess_treated", sw1 * sw1 / sw1sq);
        diagnostics.put("ess_control", sw0 * sw0 / sw0sq);
        diagnostics.put("max_weight_share_treated", maxW1 / sw1);
        diagnostics.put("max_weight_share_control", maxW0 / sw0);
        if (extreme > 0) {
            warnings.add(extreme + " units have propensity scores below " + POSITIVITY_WARNING + " or above "
                    + (1 - POSITIVITY_WARNING) + ": positivity is doubtful and their weights dominate; consider trimming");
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
