package io.github.causal4j.bounds;

/**
 * Bounds on the mean potential outcomes {@code E[Y(1)]} and {@code E[Y(0)]} of a binary treatment
 * from a (weighted) sample, under any combination of the bounded-outcome, MTR and MTS assumptions,
 * each end with its influence function so that the delta method gives its standard error.
 *
 * <p>With {@code p = P(D=1)}, {@code m_t = E[Y | D=t]}:
 * <ul>
 *   <li>worst case (Manski 1990): {@code E[Y(1)] in [m_1 p + a(1-p), m_1 p + b(1-p)]},
 *       {@code E[Y(0)] in [m_0 (1-p) + a p, m_0 (1-p) + b p]};</li>
 *   <li>MTR increasing, {@code Y(1) >= Y(0)} (Manski 1997): {@code E[Y(1)] >= E[Y] >= E[Y(0)]}; decreasing
 *       reverses both;</li>
 *   <li>MTS increasing, {@code E[Y(t)|D=1] >= E[Y(t)|D=0]} (Manski &amp; Pepper 2000, Prop. 1):
 *       {@code E[Y(1)] <= m_1} and {@code E[Y(0)] >= m_0}; decreasing reverses both.</li>
 * </ul>
 * Each end is the tightest of the candidates that apply (for MTR+MTS, Manski &amp; Pepper 2000,
 * Cor. 2); the ATE bounds are {@code [LB_1 - UB_0, UB_1 - LB_0]}.
 */
final class MeanBounds {

    /**
     * One end of a bound: its value and, when asked for, its influence function
     * {@code psi_i} (so that {@code Var = sum w_i psi_i^2 / W^2}).
     */
    record End(double value, double[] influence) {

        End minus(End other) {
            if (influence == null || other.influence == null) {
                return new End(value - other.value, null);
            }
            double[] d = new double[influence.length];
            for (int i = 0; i < d.length; i++) {
                d[i] = influence[i] - other.influence[i];
            }
            return new End(value - other.value, d);
        }

        double stdError(double[] w) {
            double total = 0;
            double ss = 0;
            for (int i = 0; i < w.length; i++) {
                total += w[i];
                ss += w[i] * influence[i] * influence[i];
            }
            return Math.sqrt(ss) / total;
        }
    }

    final End lower1;
    final End upper1;
    final End lower0;
    final End upper0;
    final double pTreated;
    final double meanTreated;
    final double meanControl;

    private MeanBounds(End lower1, End upper1, End lower0, End upper0, double pTreated, double meanTreated,
            double meanControl) {
        this.lower1 = lower1;
        this.upper1 = upper1;
        this.lower0 = lower0;
        this.upper0 = upper0;
        this.pTreated = pTreated;
        this.meanTreated = meanTreated;
        this.meanControl = meanControl;
    }

    End ateLower() {
        return lower1.minus(upper0);
    }

    End ateUpper() {
        return upper1.minus(lower0);
    }

    /**
     * @param d treatment, 0/1
     * @param y outcome in the range
     * @param w frequency weights
     * @param range the outcome range [a, b]
     * @param mtr MTR direction, or null
     * @param mts MTS direction, or null (needs both arms non-empty)
     * @param influence whether to compute influence functions
     */
    static MeanBounds of(double[] d, double[] y, double[] w, OutcomeRange range, Direction mtr, Direction mts,
            boolean influence) {
        int n = d.length;
        double a = range.lower();
        double b = range.upper();
        double total = 0;
        double treated = 0;
        double sumTreated = 0;
        double sumControl = 0;
        for (int i = 0; i < n; i++) {
            total += w[i];
            treated += w[i] * d[i];
            sumTreated += w[i] * d[i] * y[i];
            sumControl += w[i] * (1 - d[i]) * y[i];
        }
        double p = treated / total;
        double control = total - treated;
        double m1 = treated > 0 ? sumTreated / treated : Double.NaN;
        double m0 = control > 0 ? sumControl / control : Double.NaN;

        End lb1 = mean(total, sumTreated + a * control, influence ? g(d, y, 1, a) : null);
        End ub1 = mean(total, sumTreated + b * control, influence ? g(d, y, 1, b) : null);
        End lb0 = mean(total, sumControl + a * treated, influence ? g(d, y, 0, a) : null);
        End ub0 = mean(total, sumControl + b * treated, influence ? g(d, y, 0, b) : null);
        if (mtr != null) {
            End overall = mean(total, sumTreated + sumControl, influence ? y.clone() : null);
            if (mtr == Direction.INCREASING) {
                lb1 = tighterLower(lb1, overall);
                ub0 = tighterUpper(ub0, overall);
            } else {
                ub1 = tighterUpper(ub1, overall);
                lb0 = tighterLower(lb0, overall);
            }
        }
        if (mts != null) {
            End armMean1 = conditionalMean(d, y, 1, m1, p, influence);
            End armMean0 = conditionalMean(d, y, 0, m0, 1 - p, influence);
            if (mts == Direction.INCREASING) {
                ub1 = tighterUpper(ub1, armMean1);
                lb0 = tighterLower(lb0, armMean0);
            } else {
                lb1 = tighterLower(lb1, armMean1);
                ub0 = tighterUpper(ub0, armMean0);
            }
        }
        return new MeanBounds(lb1, ub1, lb0, ub0, p, m1, m0);
    }

    /** The mean of {@code g} given as its weighted sum; the influence array holds {@code g_i} and is centred here. */
    private static End mean(double total, double weightedSum, double[] g) {
        double value = weightedSum / total;
        if (g != null) {
            for (int i = 0; i < g.length; i++) {
                g[i] -= value;
            }
        }
        return new End(value, g);
    }

    /** {@code g_i = y_i 1[d_i = arm] + c 1[d_i != arm]}. */
    private static double[] g(double[] d, double[] y, int arm, double c) {
        double[] out = new double[d.length];
        for (int i = 0; i < out.length; i++) {
            boolean inArm = arm == 1 ? d[i] == 1 : d[i] == 0;
            out[i] = inArm ? y[i] : c;
        }
        return out;
    }

    /** {@code E[Y | D = arm]} with influence {@code 1[D=arm](Y - m) / P(D=arm)}. */
    private static End conditionalMean(double[] d, double[] y, int arm, double m, double share, boolean influence) {
        if (!influence) {
            return new End(m, null);
        }
        double[] psi = new double[d.length];
        for (int i = 0; i < psi.length; i++) {
            boolean inArm = arm == 1 ? d[i] == 1 : d[i] == 0;
            psi[i] = inArm ? (y[i] - m) / share : 0;
        }
        return new End(m, psi);
    }

    private static End tighterLower(End current, End candidate) {
        return candidate.value > current.value ? candidate : current;
    }

    private static End tighterUpper(End current, End candidate) {
        return candidate.value < current.value ? candidate : current;
    }
}
