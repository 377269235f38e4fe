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
package io.github.causal4j.bench;

import io.github.causal4j.data.Dataset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * Synthetic regression data for the estimator benchmarks: a binary treatment d that depends on
 * the covariates through a logit, p - 2 Gaussian covariates x1.., and an outcome y; plus, for the
 * floors, the same designs as EJML row-major matrices: (intercept, d, covariates), p columns, and
 * (intercept, covariates), p - 1 columns.
 */
final class RegressionData {

    final Dataset data;
    final List<String> covariates;
    final DMatrixRMaj design;
    final DMatrixRMaj covariateDesign;

    /**
     * @param n rows
     * @param p design columns including the intercept and the treatment
     * @param seed random seed
     */
    RegressionData(int n, int p, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int k = p - 2;
        double[][] x = new double[k][n];
        double[] d = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double eta = -0.2;
            double mu = 0.0;
            for (int j = 0; j < k; j++) {
                double v = random.nextGaussian();
                x[j][i] = v;
                eta += 0.3 * v / Math.sqrt(k);
                mu += v * (j % 3 == 0 ? 0.5 : -0.2);
            }
            d[i] = random.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
            y[i] = 1 + 2 * d[i] + mu + random.nextGaussian() * (1 + 0.5 * Math.abs(x[0][i]));
        }
        Dataset.Builder b = Dataset.builder().numeric("y", y).numeric("d", d);
        covariates = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            b.numeric("x" + (j + 1), x[j]);
            covariates.add("x" + (j + 1));
        }
        data = b.build();
        design = new DMatrixRMaj(n, p);
        covariateDesign = new DMatrixRMaj(n, p - 1);
        for (int i = 0; i < n; i++) {
            int base = i * p;
            design.data[base] = 1.0;
            design.data[base + 1] = d[i];
            int cbase = i * (p - 1);
            covariateDesign.data[cbase] = 1.0;
            for (int j = 0; j < k; j++) {
                design.data[base + 2 + j] = x[j][i];
                covariateDesign.data[cbase + 1 + j] = x[j][i];
            }
        }
    }

    /** @return the treatment followed by the covariates */
    List<String> regressors() {
        List<String> out = new ArrayList<>();
        out.add("d");
        out.addAll(covariates);
        return out;
    }
}
