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
package io.github.causal4j.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.data.Dataset;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    private static void close(double expected, double actual, double relTol, String what) {
        assertEquals(expected, actual, Math.abs(expected) * relTol, what);
    }

    /** R 4.2.2 glm(treat ~ ..., binomial, epsilon = 1e-15): docs/reference-scripts/estimation_logit.R. */
    @Test
    void lalondePropensityScoreAsRGlm() {
        LogisticFit fit = LogisticRegression.logit().fit(TestData.lalonde(), "treat", TestData.LALONDE_COVARIATES);
        double[] coef = {-4.7286493387041100e+00, 1.5777071017550652e-02, 1.6130687737426161e-01, 3.0653677409713502e+00,
            9.8363362097006346e-01, -8.3211327535008728e-01, 7.0729688138378444e-01, -7.1776686438450703e-05,
            5.3446447071342819e-05};
        // vcov(glm) (stale IRLS weights, see the script) and the inverse information at the MLE, which we report
        double[] seGlm = {1.0170692313006433e+00, 1.3577050478194653e-02, 6.5126441258736179e-02, 2.8652619128084705e-01,
            4.2566397581383625e-01, 2.9032915232578732e-01, 3.3766826837630715e-01, 2.8748039362752109e-05,
            4.6348840958412442e-05};
        double[] se = {1.0170692329498379e+00, 1.3577050502767675e-02, 6.5126441343240749e-02, 2.8652619240709160e-01,
            4.2566397675827078e-01, 2.9032915285693678e-01, 3.3766826881800271e-01, 2.8748039452463645e-05,
            4.6348841049013803e-05};
        for (int j = 0; j < coef.length; j++) {
            close(coef[j], fit.coefficients().get(j).estimate(), 1e-11, "coefficient " + j);
            close(se[j], fit.coefficients().get(j).stdError(), 1e-11, "SE " + j);
            close(seGlm[j], fit.coefficients().get(j).stdError(), 1e-8, "SE vs vcov(glm) " + j);
        }
        // summary.glm's z and p use vcov(glm), whose stale weights move them by ~2e-9 relative
        close(1.1620396523449132, fit.coefficient("age").statistic(), 1e-8, "z");
        close(0.24521935858115743, fit.coefficient("age").pValue(), 1e-8, "p");
        close(487.84393131049808, fit.deviance(), 1e-13, "deviance");
        close(751.49208004547211, fit.nullDeviance(), 1e-13, "null deviance");
        close(505.84393131049808, fit.aic(), 1e-13, "AIC");
        int[] rows = {0, 1, 2, 199, 613};
        double[] ps = {0.638769932959289299, 0.224634241624861092, 0.678243880061639604, 0.656969675028343247,
            0.089711923963277082};
        for (int r = 0; r < rows.length; r++) {
            close(ps[r], fit.probability(rows[r]), 1e-12, "p at row " + (rows[r] + 1));
        }
        close(0.0090801929457773167, fit.probability(480), 1e-12, "min p (row 481)");
        close(0.14684715478941268, fit.complementProbability(177), 1e-12, "1 - max p (row 178)");
        assertEquals(605, fit.dof());
        assertTrue(fit.iterations() <= 8, "iterations " + fit.iterations());
    }

    /** The information of the previous iterate (as glm) moves the SEs by about the last Newton step only. */
    @Test
    void informationOfThePreviousIterate() {
        LogisticFit exact = LogisticRegression.logit().fit(TestData.lalonde(), "treat", TestData.LALONDE_COVARIATES);
        LogisticFit stale = LogisticRegression.logit().withInformationAtSolution(false).fit(TestData.lalonde(), "treat",
                TestData.LALONDE_COVARIATES);
        for (int j = 0; j < exact.coefficients().size(); j++) {
            assertEquals(exact.coefficients().get(j).estimate(), stale.coefficients().get(j).estimate(), 0.0);
            close(exact.coefficients().get(j).stdError(), stale.coefficients().get(j).stdError(), 1e-6, "SE " + j);
        }
        assertEquals(exact.probability(5), stale.probability(5), 0.0);
    }

    /** Supplying X'X and X'y (skipping the first pass) gives the same fit. */
    @Test
    void suppliedCrossProductsGiveTheSameFit() {
        Dataset d = TestData.lalonde();
        DesignMatrix x = DesignMatrix.of(d, TestData.LALONDE_COVARIATES);
        double[] y = d.numeric("treat").toArray();
        int p = x.columnCount();
        double[] gram = new double[p * p];
        double[] xty = new double[p];
        for (int i = 0; i < d.rowCount(); i++) {
            double[] row = new double[p];
            x.fill(i, i + 1, row, p);
            for (int a = 0; a < p; a++) {
                xty[a] += row[a] * y[i];
                for (int b = 0; b < p; b++) {
                    gram[a * p + b] += row[a] * row[b];
                }
            }
        }
        LogisticFit plain = LogisticRegression.logit().fit(x, y, "treat");
        LogisticFit supplied = LogisticRegression.logit().fit(x, y, "treat", gram, xty);
        for (int j = 0; j < p; j++) {
            close(plain.coefficients().get(j).estimate(), supplied.coefficients().get(j).estimate(), 1e-12, "coef " + j);
            close(plain.coefficients().get(j).stdError(), supplied.coefficients().get(j).stdError(), 1e-12, "SE " + j);
        }
        close(plain.nullDeviance(), supplied.nullDeviance(), 1e-13, "null deviance");
    }

    @Test
    void completeSeparationIsAnErrorNamingTheCovariate() {
        double[] x = new double[40];
        double[] z = new double[40];
        double[] y = new double[40];
        Random r = new Random(1);
        for (int i = 0; i < 40; i++) {
            x[i] = i;
            z[i] = r.nextGaussian();
            y[i] = i >= 20 ? 1 : 0;
        }
        Dataset d = Dataset.builder().numeric("y", y).numeric("x", x).numeric("z", z).build();
        SeparationException e = assertThrows(SeparationException.class,
                () -> LogisticRegression.logit().fit(d, "y", List.of("z", "x")));
        assertEquals(List.of("x"), e.covariates());
        assertTrue(e.getMessage().contains("'y'") && e.getMessage().contains("[x]"), e.getMessage());
        assertEquals(40, e.perfectlyPredicted());
    }

    @Test
    void quasiCompleteSeparationIsAnError() {
        // y = 1 for x > 3, y = 0 for x < 3, both values at x = 3: quasi-complete separation
        double[] x = {0, 1, 2, 3, 3, 3, 3, 4, 5, 6, 1, 5};
        double[] y = {0, 0, 0, 0, 1, 1, 0, 1, 1, 1, 0, 1};
        Dataset d = Dataset.builder().numeric("y", y).numeric("x", x).build();
        SeparationException e = assertThrows(SeparationException.class,
                () -> LogisticRegression.logit().fit(d, "y", List.of("x")));
        assertEquals(List.of("x"), e.covariates());
    }

    @Test
    void overlapConvergesEvenWithAStrongPredictor() {
        double[] x = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        double[] y = {0, 0, 0, 1, 0, 1, 1, 1, 1, 1};
        LogisticFit fit = LogisticRegression.logit().fit(Dataset.builder().numeric("y", y).numeric("x", x).build(), "y",
                List.of("x"));
        assertTrue(fit.warnings().isEmpty());
        // estimation_logit.R: coef(glm(y ~ x, binomial)) on these ten points
        close(-4.5291636977585386, fit.coefficient("(Intercept)").estimate(), 1e-10, "intercept");
    }

    @Test
    void badOutcomes() {
        Dataset d = TestData.lalonde();
        IllegalArgumentException notBinary = assertThrows(IllegalArgumentException.class,
                () -> LogisticRegression.logit().fit(d, "educ", List.of("age")));
        assertTrue(notBinary.getMessage().contains("'educ'") && notBinary.getMessage().contains("row 1"));
        double[] ones = new double[d.rowCount()];
        java.util.Arrays.fill(ones, 1);
        assertThrows(IllegalArgumentException.class, () -> LogisticRegression.logit().fit(d.withNumeric("one", ones), "one",
                List.of("age")));
        CollinearityException c = assertThrows(CollinearityException.class,
                () -> LogisticRegression.logit().fit(d, "treat", List.of("black", "hispan", "white", "age")));
        assertEquals(List.of("white"), c.columns());
        LogisticFit dropped = LogisticRegression.logit().withRankDeficiency(RankDeficiency.DROP).fit(d, "treat",
                List.of("black", "hispan", "white", "age"));
        assertEquals(List.of("white"), dropped.droppedColumns());
    }

    /** At the maximum-likelihood estimate the score X'(y - p) vanishes (its definition). */
    @Property(tries = 30)
    void scoreVanishesAtTheSolution(@ForAll @IntRange(min = 30, max = 300) int n, @ForAll long seed) {
        Random r = new Random(seed);
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x1[i] = r.nextGaussian();
            x2[i] = r.nextDouble() < 0.5 ? 1 : 0;
            double eta = -0.3 + 0.8 * x1[i] - 0.5 * x2[i];
            y[i] = r.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
        }
        Dataset d = Dataset.builder().numeric("y", y).numeric("x1", x1).numeric("x2", x2).build();
        LogisticFit fit;
        try {
            fit = LogisticRegression.logit().fit(d, "y", List.of("x1", "x2"));
        } catch (SeparationException | IllegalArgumentException e) {
            return;   // tiny samples can be separated or have a constant outcome
        }
        double[] score = new double[3];
        double scale = 0;
        for (int i = 0; i < n; i++) {
            double res = y[i] - fit.probability(i);
            score[0] += res;
            score[1] += res * x1[i];
            score[2] += res * x2[i];
            scale += Math.abs(x1[i]) + 1;
        }
        for (double s : score) {
            assertEquals(0.0, s, 1e-12 * scale);
        }
    }
}
