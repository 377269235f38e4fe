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
import io.github.causal4j.estimate.DesignMatrix;
import io.github.causal4j.estimate.LinearRegression;
import io.github.causal4j.estimate.RegressionFit;
import io.github.causal4j.sensitivity.OlsSensitivity;
import io.github.causal4j.sensitivity.SensitivityReport;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole omitted-variable-bias sensitivity report (the outcome regression, the treatment regression
 * derived from its covariance, every one of the p - 1 covariates as a benchmark with kd = 1, 2, 3,
 * statistics, bounds and provenance) against the floor of the one OLS fit of Y ~ D + X it starts from,
 * on the same n x p data. Goal (issue 6): within 3x. The data digest of the provenance is computed on
 * the first report only (Dataset caches it), so it shows in the first warm-up iteration, not after.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class SensitivityBenchmark {

    @Param({"1000000"})
    int rows;

    /** Design columns besides the intercept: the treatment and p - 1 covariates. */
    @Param({"50"})
    int p;

    private Dataset data;
    private List<String> covariates;
    private List<String> outcomeTerms;

    @Setup(Level.Trial)
    public void makeData() {
        SplittableRandom random = new SplittableRandom(6);
        Dataset.Builder b = Dataset.builder();
        covariates = new ArrayList<>();
        double[][] x = new double[p - 1][rows];
        for (int j = 0; j < p - 1; j++) {
            for (int i = 0; i < rows; i++) {
                x[j][i] = gaussian(random);
            }
            covariates.add("x" + j);
            b.numeric("x" + j, x[j]);
        }
        double[] d = new double[rows];
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            double s = 0;
            for (int j = 0; j < p - 1; j++) {
                s += x[j][i] * (j % 5 == 0 ? 0.2 : 0.01);
            }
            d[i] = s + gaussian(random);
            y[i] = 0.5 * d[i] + s + gaussian(random);
        }
        data = b.numeric("d", d).numeric("y", y).build();
        outcomeTerms = new ArrayList<>();
        outcomeTerms.add("d");
        outcomeTerms.addAll(covariates);
    }

    private static double gaussian(SplittableRandom r) {
        // Box-Muller; deterministic for the seed
        double u = r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }

    /** The floor: one OLS fit of Y ~ D + X (design built from the Dataset, as the report does). */
    @Benchmark
    public RegressionFit floorOlsFit() {
        return LinearRegression.ols().fit(DesignMatrix.of(data, outcomeTerms), "y");
    }

    /** The whole sensitivity report with every covariate benchmarked at kd = 1, 2, 3. */
    @Benchmark
    @Goal(ratio = 3, source = "issue 6")
    public SensitivityReport sensitivityReport() {
        return OlsSensitivity.of(data, "d", "y", covariates).withBenchmarks(covariates.toArray(String[]::new))
                .withMultipliers(1, 2, 3).run();
    }
}
