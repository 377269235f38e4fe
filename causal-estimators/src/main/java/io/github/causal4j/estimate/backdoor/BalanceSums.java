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

import io.github.causal4j.estimate.AverageEffect;
import io.github.causal4j.estimate.CovariateBalance;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The mergeable sums behind {@link Balance}: per arm and covariate design column, the raw count,
 * sum and sum of squares, and the weighted sum of weights, sum and sum of squares.
 */
final class BalanceSums implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int p;
    private final double[][] raw;
    private final double[][] wtd;

    /**
     * @param columns the number of covariate design columns
     */
    BalanceSums(int columns) {
        this.p = columns;
        this.raw = new double[2][3 * columns];
        this.wtd = new double[2][3 * columns];
    }

    /**
     * Adds one unit.
     *
     * @param arm 1 treated, 0 control
     * @param w its weight after adjustment
     * @param values the array holding its row
     * @param columns positions of the covariate design columns in the row
     * @param base the start of the row
     */
    void add(int arm, double w, double[] values, int[] columns, int base) {
        double[] r = raw[arm];
        double[] s = wtd[arm];
        for (int j = 0; j < p; j++) {
            double v = values[base + columns[j]];
            r[3 * j] += 1;
            r[3 * j + 1] += v;
            r[3 * j + 2] += v * v;
            s[3 * j] += w;
            s[3 * j + 1] += w * v;
            s[3 * j + 2] += w * v * v;
        }
    }

    void merge(BalanceSums o) {
        for (int arm = 0; arm < 2; arm++) {
            for (int k = 0; k < raw[arm].length; k++) {
                raw[arm][k] += o.raw[arm][k];
                wtd[arm][k] += o.wtd[arm][k];
            }
        }
    }

    /**
     * @param names the covariate design columns
     * @param estimand the effect, which fixes the standardising variance
     * @return one balance row per column
     */
    List<CovariateBalance> rows(List<String> names, AverageEffect estimand) {
        List<CovariateBalance> out = new ArrayList<>(p);
        for (int j = 0; j < p; j++) {
            double m1 = raw[1][3 * j + 1] / raw[1][3 * j];
            double m0 = raw[0][3 * j + 1] / raw[0][3 * j];
            double v1 = sampleVariance(raw[1], j, m1);
            double v0 = sampleVariance(raw[0], j, m0);
            double denominator = switch (estimand) {
                case ATT -> Math.sqrt(v1);
                case ATC -> Math.sqrt(v0);
                default -> Math.sqrt((v1 + v0) / 2);
            };
            double wm1 = wtd[1][3 * j + 1] / wtd[1][3 * j];
            double wm0 = wtd[0][3 * j + 1] / wtd[0][3 * j];
            double wv1 = Math.max(0.0, wtd[1][3 * j + 2] / wtd[1][3 * j] - wm1 * wm1);
            double wv0 = Math.max(0.0, wtd[0][3 * j + 2] / wtd[0][3 * j] - wm0 * wm0);
            out.add(new CovariateBalance(names.get(j), ratio(m1 - m0, denominator), ratio(wm1 - wm0, denominator),
                    ratio(v1, v0), ratio(wv1, wv0)));
        }
        return out;
    }

    private static double sampleVariance(double[] s, int j, double mean) {
        double count = s[3 * j];
        return count > 1 ? Math.max(0.0, (s[3 * j + 2] - count * mean * mean) / (count - 1)) : 0.0;
    }

    /** A ratio that is 0 for 0/0 and large-but-finite for x/0, never NaN or infinite. */
    private static double ratio(double a, double b) {
        if (b > 0) {
            return a / b;
        }
        return a == 0 ? 0.0 : Math.copySign(Double.MAX_VALUE, a);
    }
}
