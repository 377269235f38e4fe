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

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.AverageEffect;
import io.github.causal4j.estimate.CovarianceType;
import io.github.causal4j.estimate.EffectEstimator;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.Estimators;
import io.github.causal4j.estimate.WeightNormalization;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Simulation with a known truth: confounded data where the logit propensity model and the linear
 * outcome model are both correctly specified and the effect is 2 for every unit (so ATE = ATT =
 * ATC = 2). For each estimator, over R replications of n = 1000 rows: the bias must be within
 * three Monte-Carlo standard errors of 0, and the 95% interval must cover 2 in a share within
 * [0.93, 0.97] (the Monte-Carlo SE of a coverage of 0.95 with R = 1000 is 0.007).
 *
 * <p>Two estimators are held to what their theory promises instead, and the gap is reported:
 * propensity-score matching's Abadie–Imbens (2006) SE treats the estimated score as known, which
 * Abadie &amp; Imbens (2016, Econometrica 84:781) show to be conservative for the ATE (here the ATT
 * too): coverage must be at least 0.93; stratification with a fixed number of strata leaves
 * residual confounding within strata (Cochran 1968: five strata remove about 90% of the bias) and
 * its Neyman SE also treats the score as known: coverage at least 0.93 and bias below a third of
 * the standard error.
 */
@Tag("slow")
class CoverageSimulationTest {

    private static final double TRUTH = 2.0;
    private static final int REPLICATIONS = 1000;
    private static final int N = 1000;
    private static final List<String> X = List.of("x1", "x2", "x3");

    static Dataset draw(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        double[] x3 = new double[n];
        double[] d = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x1[i] = r.nextGaussian();
            x2[i] = r.nextGaussian();
            x3[i] = r.nextDouble() < 0.4 ? 1 : 0;
            double eta = -0.3 + 0.6 * x1[i] - 0.4 * x2[i] + 0.5 * x3[i];
            d[i] = r.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
            y[i] = 1 + TRUTH * d[i] + x1[i] + 0.5 * x2[i] - x3[i] + (1 + 0.5 * x3[i]) * r.nextGaussian();
        }
        return Dataset.builder().numeric("x1", x1).numeric("x2", x2).numeric("x3", x3).numeric("d", d).numeric("y", y)
                .build();
    }

    @Test
    void biasNearZeroAndNominalCoverage() {
        Map<String, EffectEstimator> estimators = new LinkedHashMap<>();
        estimators.put("ols hc1", Estimators.ols().withCovariance(CovarianceType.HC1));
        estimators.put("gcomp ATE", Estimators.gComputation());
        estimators.put("gcomp ATT", Estimators.gComputation().withEstimand(AverageEffect.ATT));
        estimators.put("gcomp interacted", Estimators.gComputation().withOutcomeModel(GComputation.OutcomeModel.INTERACTED));
        estimators.put("ipw hajek ATE", Estimators.ipw());
        estimators.put("ipw HT ATE", Estimators.ipw().withNormalization(WeightNormalization.HORVITZ_THOMPSON));
        estimators.put("ipw hajek ATT", Estimators.ipw().withEstimand(AverageEffect.ATT));
        estimators.put("ipw hajek ATC", Estimators.ipw().withEstimand(AverageEffect.ATC));
        estimators.put("aipw ATE", Estimators.aipw());
        estimators.put("aipw ATT", Estimators.aipw().withEstimand(AverageEffect.ATT));
        estimators.put("aipw cross-fit 5", Estimators.aipw().withCrossFitting(5, 1));
        estimators.put("matching ATT", Estimators.matching());
        estimators.put("matching ATE", Estimators.matching().withEstimand(AverageEffect.ATE));
        estimators.put("stratification ATE", Estimators.stratification());
        java.util.Set<String> conservative = java.util.Set.of("matching ATT", "matching ATE", "stratification ATE");
        List<String> failures = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-20s %9s %9s %9s %9s%n", "estimator", "bias",
                "MC SE", "mean SE", "coverage"));
        for (Map.Entry<String, EffectEstimator> entry : estimators.entrySet()) {
            EffectEstimator estimator = entry.getValue();
            double[][] runs = IntStream.range(0, REPLICATIONS).parallel().mapToObj(rep -> {
                Estimate e = estimator.estimate(draw(1000L + rep, N), "d", "y", X);
                return new double[] {e.value(), e.stdError(), e.ciLower() <= TRUTH && TRUTH <= e.ciUpper() ? 1 : 0};
            }).toArray(double[][]::new);
            double mean = 0;
            double meanSe = 0;
            double covered = 0;
            for (double[] run : runs) {
                mean += run[0] / REPLICATIONS;
                meanSe += run[1] / REPLICATIONS;
                covered += run[2] / REPLICATIONS;
            }
            double ss = 0;
            for (double[] run : runs) {
                ss += (run[0] - mean) * (run[0] - mean);
            }
            double sd = Math.sqrt(ss / (REPLICATIONS - 1));
            double bias = mean - TRUTH;
            table.append(String.format(Locale.ROOT, "%-20s %9.4f %9.4f %9.4f %9.3f%n", entry.getKey(), bias,
                    sd / Math.sqrt(REPLICATIONS), meanSe, covered));
            String name = entry.getKey();
            boolean unbiased = name.startsWith("stratification") ? Math.abs(bias) < meanSe / 3
                    : Math.abs(bias) <= 3 * sd / Math.sqrt(REPLICATIONS);
            if (!unbiased) {
                failures.add(name + " bias " + bias);
            }
            if (covered < 0.93 || (covered > 0.97 && !conservative.contains(name))) {
                failures.add(name + " coverage " + covered);
            }
        }
        System.out.println("Coverage simulation, n = " + N + ", R = " + REPLICATIONS + ", truth " + TRUTH + ":\n" + table);
        assertTrue(failures.isEmpty(), failures + "\n" + table);
    }
}
