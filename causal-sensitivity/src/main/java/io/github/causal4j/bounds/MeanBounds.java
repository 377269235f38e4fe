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
     * The influence function {@code psi_i} of a mean of a per-row function of {@code (d_i, y_i)}, evaluated
     * row by row: materialising one array per candidate end (seven of them, then their differences) cost
     * far more than the bounds. The arithmetic is that of the arrays it replaces, so the standard errors
     * are the same to the last bit.
     */
    static final class Influence {
        private static final int ARM_OR_CONSTANT = 0;
        private static final int OUTCOME = 1;
        private static final int ARM_MEAN = 2;

        private final int kind;
        private final int arm;
        private final double constant;
        private final double center;
        private final double share;

        private Influence(int kind, int arm, double constant, double center, double share) {
            this.kind = kind;
            this.arm = arm;
            this.constant = constant;
            this.center = center;
            this.share = share;
        }

        /** {@code g_i - value} with {@code g_i = y_i 1[d_i = arm] + c 1[d_i != arm]}. */
        static Influence armOrConstant(int arm, double c, double value) {
            return new Influence(ARM_OR_CONSTANT, arm, c, value, 1);
        }

        /** {@code y_i - value}. */
        static Influence outcome(double value) {
            return new Influence(OUTCOME, 0, 0, value, 1);
        }

        /** {@code 1[d_i = arm](y_i - m) / P(D = arm)}. */
        static Influence armMean(int arm, double m, double share) {
            return new Influence(ARM_MEAN, arm, 0, m, share);
        }

        /**
         * Selects by multiplying with the 0/1 arm indicator instead of branching (random 0/1 treatments made
         * the branch mispredict half the time). With {@code d} exactly 0 or 1 and finite {@code y}, {@code 1 y
         * + 0 c} is exactly {@code y} and {@code 0 y + 1 c} exactly {@code c}, so the values are those of the
         * branch, up to the sign of a zero, which the squares in the variance do not see.
         */
        double at(double d, double y) {
            double in = arm == 1 ? d : 1 - d;
            return switch (kind) {
                case ARM_OR_CONSTANT -> (in * y + (1 - in) * constant) - center;
                case OUTCOME -> y - center;
                default -> in * ((y - center) / share);
            };
        }
    }

    /**
     * One end of a bound: its value and, when asked for, its influence function, {@code first - second}
     * for a difference of two means (so that {@code Var = sum w_i psi_i^2 / W^2}).
     *
     * @param value the end
     * @param first the influence function (null when not computed)
     * @param second the influence function subtracted from {@code first} (null for a single mean)
     */
    record End(double value, Influence first, Influence second) {

        End(double value, Influence influence) {
            this(value, influence, null);
        }

        End minus(End other) {
            if (first == null || other.first == null) {
                return new End(value - other.value, null, null);
            }
            if (second != null || other.second != null) {
                throw new IllegalStateException("only the difference of two means has an influence function here");
            }
            return new End(value - other.value, first, other.first);
        }

        double psi(double d, double y) {
            return second == null ? first.at(d, y) : first.at(d, y) - second.at(d, y);
        }
    }

    /**
     * The delta-method standard errors of two ends in one pass, {@code sqrt(sum w_i psi_i^2) / W} each.
     *
     * @return {se of a, se of b}
     */
    static double[] stdErrors(End a, End b, double[] d, double[] y, double[] w) {
        double total = 0;
        double ssA = 0;
        double ssB = 0;
        for (int i = 0; i < w.length; i++) {
            total += w[i];
            double psiA = a.psi(d[i], y[i]);
            double psiB = b.psi(d[i], y[i]);
            ssA += w[i] * psiA * psiA;
            ssB += w[i] * psiB * psiB;
        }
        return new double[] {Math.sqrt(ssA) / total, Math.sqrt(ssB) / total};
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

        End lb1 = armOrConstant(total, sumTreated + a * control, 1, a, influence);
        End ub1 = armOrConstant(total, sumTreated + b * control, 1, b, influence);
        End lb0 = armOrConstant(total, sumControl + a * treated, 0, a, influence);
        End ub0 = armOrConstant(total, sumControl + b * treated, 0, b, influence);
        if (mtr != null) {
            double overallMean = (sumTreated + sumControl) / total;
            End overall = new End(overallMean, influence ? Influence.outcome(overallMean) : null);
            if (mtr == Direction.INCREASING) {
                lb1 = tighterLower(lb1, overall);
                ub0 = tighterUpper(ub0, overall);
            } else {
                ub1 = tighterUpper(ub1, overall);
                lb0 = tighterLower(lb0, overall);
            }
        }
        if (mts != null) {
            End armMean1 = new End(m1, influence ? Influence.armMean(1, m1, p) : null);
            End armMean0 = new End(m0, influence ? Influence.armMean(0, m0, 1 - p) : null);
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

    /** The mean of {@code g_i = y_i 1[d_i = arm] + c 1[d_i != arm]}, given as its weighted sum. */
    private static End armOrConstant(double total, double weightedSum, int arm, double c, boolean influence) {
        double value = weightedSum / total;
        return new End(value, influence ? Influence.armOrConstant(arm, c, value) : null);
    }

    private static End tighterLower(End current, End candidate) {
        return candidate.value > current.value ? candidate : current;
    }

    private static End tighterUpper(End current, End candidate) {
        return candidate.value < current.value ? candidate : current;
    }
}
