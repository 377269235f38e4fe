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
package io.github.causal4j.estimate.iv;

import io.github.causal4j.estimate.internal.Distributions;
import io.github.causal4j.estimate.internal.OptionChecks;

/**
 * The Anderson–Rubin test of {@code beta = beta0} and its inversion. With
 * {@code e0 = y - D beta0}, the statistic is the F test of the excluded instruments in the
 * regression of e0 on the instruments and covariates,
 * {@code AR = [||(P_Z - P_X) e0||^2 / L] / [||M_Z e0||^2 / (n - K)]} ~ F(L, n - K) under
 * homoskedastic normal errors whatever the instruments' strength (L excluded instrument columns, K
 * instrument columns in all). Both norms are read from the factor A; for one endogenous regressor
 * they are quadratics in beta0, so the set {@code AR(beta0) <= F_{1-alpha}(L, n-K)} is
 * {@code {b : p2 b^2 + p1 b + p0 <= 0}} with closed-form roots.
 */
final class AndersonRubin {

    private AndersonRubin() {
    }

    static IvTest test(IvFactor f, double[] beta0) {
        if (beta0.length != f.m) {
            throw new IllegalArgumentException("the Anderson-Rubin test needs " + f.m + " value(s), one per endogenous "
                    + "regressor " + f.model.endogenous() + ", got " + beta0.length);
        }
        double[] c = f.unit(f.outcomeIndex());
        for (int j = 0; j < f.m; j++) {
            c[f.endogenousIndex(j)] = -beta0[j];
        }
        double[] v = f.times(c);
        int l = f.kz - f.kx;
        double df2 = f.n - f.kz;
        double num = IvFactor.squaredNorm(v, f.kx, f.kz) / l;
        double den = IvFactor.squaredNorm(v, f.kz, f.q) / df2;
        double stat = num / den;
        return new IvTest("Anderson-Rubin", stat, l, df2, Distributions.fUpperTail(stat, l, df2));
    }

    static AndersonRubinSet set(IvFactor f, double level) {
        if (f.m != 1) {
            throw new IllegalArgumentException("the Anderson-Rubin confidence set is computed for one endogenous regressor; "
                    + "the model has " + f.model.endogenous() + " (test a joint value with andersonRubin(double...))");
        }
        OptionChecks.confidenceLevel(level);
        int l = f.kz - f.kx;
        double df2 = f.n - f.kz;
        double crit = Distributions.fQuantile(level, l, df2) * l / df2;
        int d = f.endogenousIndex(0);
        int y = f.outcomeIndex();
        // Q(b) = ||a - b*bb||^2 - crit*||g - b*h||^2 with a, bb from rows kx..kz-1 and g, h from rows kz..q-1.
        double[] instruments = crossProducts(f, f.kx, f.kz, y, d);
        double[] residual = crossProducts(f, f.kz, f.q, y, d);
        return solve(instruments[2] - crit * residual[2], -2 * (instruments[1] - crit * residual[1]),
                instruments[0] - crit * residual[0]);
    }

    /** @return {@code {u'u, u'v, v'v}} for the columns u = y, v = d of the factor's rows {@code from..to-1} */
    private static double[] crossProducts(IvFactor f, int from, int to, int y, int d) {
        double uu = 0;
        double uv = 0;
        double vv = 0;
        for (int r = from; r < to; r++) {
            double u = f.at(r, y);
            double v = f.at(r, d);
            uu += u * u;
            uv += u * v;
            vv += v * v;
        }
        return new double[] {uu, uv, vv};
    }

    /** The set {@code {b : p2 b^2 + p1 b + p0 <= 0}}. */
    static AndersonRubinSet solve(double p2, double p1, double p0) {
        double scale = Math.max(Math.abs(p2), Math.max(Math.abs(p1), Math.abs(p0)));
        if (scale == 0.0) {
            return new AndersonRubinSet.WholeLine();
        }
        if (Math.abs(p2) <= 1e-14 * scale) {
            if (p1 == 0.0) {
                return p0 <= 0 ? new AndersonRubinSet.WholeLine() : new AndersonRubinSet.Empty();
            }
            return new AndersonRubinSet.Ray(-p0 / p1, p1 < 0);
        }
        double disc = p1 * p1 - 4 * p2 * p0;
        if (disc < 0) {
            return p2 > 0 ? new AndersonRubinSet.Empty() : new AndersonRubinSet.WholeLine();
        }
        double qq = -0.5 * (p1 + Math.copySign(Math.sqrt(disc), p1));
        double r1 = qq / p2;
        double r2 = qq != 0.0 ? p0 / qq : r1;
        double lo = Math.min(r1, r2);
        double hi = Math.max(r1, r2);
        if (p2 > 0) {
            return new AndersonRubinSet.Interval(lo, hi);
        }
        return lo < hi ? new AndersonRubinSet.TwoRays(lo, hi) : new AndersonRubinSet.WholeLine();
    }
}
