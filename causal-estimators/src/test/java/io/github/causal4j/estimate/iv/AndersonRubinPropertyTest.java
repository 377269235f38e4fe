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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.LinearRegression;
import io.github.causal4j.estimate.RegressionFit;
import io.github.causal4j.estimate.internal.Distributions;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * The Anderson-Rubin set against its definition: for random data with instruments from strong to
 * irrelevant, membership of random values equals "the F test of the instruments in the OLS
 * regression of y - b d on instruments and covariates does not reject", computed with two
 * independent OLS fits (RSS difference), and the limits sit where the p-value equals alpha.
 */
class AndersonRubinPropertyTest {

    @Property(tries = 60)
    void setIsTheInversionOfTheTest(@ForAll @IntRange(min = 1, max = 3) int instruments,
            @ForAll @DoubleRange(min = 0.0, max = 1.0) double strength, @ForAll long seed,
            @ForAll @DoubleRange(min = 0.5, max = 0.99) double level) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 40 + rng.nextInt(60);
        double[] x = new double[n];
        double[][] z = new double[instruments][n];
        double[] d = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double u = rng.nextGaussian();
            x[i] = rng.nextGaussian();
            double s = 0;
            for (int j = 0; j < instruments; j++) {
                z[j][i] = rng.nextGaussian();
                s += z[j][i];
            }
            d[i] = strength * strength * s + 0.5 * x[i] + u + rng.nextGaussian();
            y[i] = 1.0 * d[i] - x[i] + u + rng.nextGaussian();
        }
        Dataset.Builder b = Dataset.builder().numeric("y", y).numeric("d", d).numeric("x", x);
        List<String> zs = new ArrayList<>();
        for (int j = 0; j < instruments; j++) {
            b.numeric("z" + j, z[j]);
            zs.add("z" + j);
        }
        Dataset data = b.build();
        IvFit fit = InstrumentalVariables.twoStageLeastSquares().withWeakInstrumentThreshold(0)
                .fit(data, IvModel.of("y", "d", zs, List.of("x")));
        AndersonRubinSet set = fit.andersonRubinSet(level);
        double alpha = 1 - level;
        for (int t = 0; t < 15; t++) {
            double beta0 = (rng.nextDouble() - 0.5) * 20;
            double p = bruteForceP(data, y, d, zs, beta0);
            assertEquals(p, fit.andersonRubin(beta0).pValue(), 1e-8);
            if (Math.abs(p - alpha) > 1e-7) {
                assertEquals(p >= alpha, set.contains(beta0), () -> "beta0 " + beta0 + " p " + p + " set " + set);
            }
        }
        List<Double> limits = List.of();
        if (set instanceof AndersonRubinSet.Interval i) {
            limits = List.of(i.lower(), i.upper());
        } else if (set instanceof AndersonRubinSet.TwoRays r) {
            limits = List.of(r.upperOfLeft(), r.lowerOfRight());
        } else if (set instanceof AndersonRubinSet.Ray r) {
            limits = List.of(r.bound());
        }
        for (double limit : limits) {
            assertEquals(alpha, bruteForceP(data, y, d, zs, limit), 1e-6, () -> "limit " + limit + " of " + set);
        }
        if (set instanceof AndersonRubinSet.Empty) {
            assertTrue(instruments > 1, "a just-identified AR set is never empty");
        }
    }

    private static double bruteForceP(Dataset data, double[] y, double[] d, List<String> zs, double beta0) {
        double[] e0 = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            e0[i] = y[i] - beta0 * d[i];
        }
        List<String> all = new ArrayList<>(List.of("x"));
        all.addAll(zs);
        RegressionFit small = LinearRegression.ols().fit(io.github.causal4j.estimate.DesignMatrix.of(data, List.of("x")), e0,
                "e0");
        RegressionFit big = LinearRegression.ols().fit(io.github.causal4j.estimate.DesignMatrix.of(data, all), e0, "e0");
        double f = ((small.residualSumOfSquares() - big.residualSumOfSquares()) / zs.size())
                / (big.residualSumOfSquares() / big.dof());
        return Distributions.fUpperTail(f, zs.size(), big.dof());
    }
}
