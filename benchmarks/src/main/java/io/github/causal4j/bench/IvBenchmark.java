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
import io.github.causal4j.estimate.CovarianceType;
import io.github.causal4j.estimate.Parallelism;
import io.github.causal4j.estimate.iv.InstrumentalVariables;
import io.github.causal4j.estimate.iv.IvFit;
import io.github.causal4j.estimate.iv.IvModel;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
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
 * 2SLS with 5 instruments, 20 exogenous covariates and one endogenous regressor on n = 10^6 rows,
 * against the floor of forming the cross-product matrix of all its columns,
 * {@code [1 X Z d y]'[1 X Z d y]} (28 x 28), with EJML's {@code multTransA} on the same data held
 * as one dense matrix. Goal (issue 5): 2SLS (coefficients, classical covariance, first-stage F,
 * Sargan, Wu–Hausman: everything comes from one streaming QR pass) within 3x of the floor, both on
 * one thread. HC1 (one more pass) and the all-core fit are reported too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class IvBenchmark {

    @Param({"1000000"})
    int n;

    private Dataset data;
    private IvModel model;
    private DMatrixRMaj dense;
    private DMatrixRMaj cross;

    @Setup(Level.Trial)
    public void setUp() {
        int covariates = 20;
        int instruments = 5;
        int q = 1 + covariates + instruments + 2;
        SplittableRandom rng = new SplittableRandom(42);
        double[][] x = new double[covariates][n];
        double[][] z = new double[instruments][n];
        double[] d = new double[n];
        double[] y = new double[n];
        dense = new DMatrixRMaj(n, q);
        for (int i = 0; i < n; i++) {
            double u = rng.nextGaussian();
            double sx = 0;
            double sz = 0;
            int base = i * q;
            dense.data[base] = 1.0;
            for (int j = 0; j < covariates; j++) {
                x[j][i] = rng.nextGaussian();
                sx += x[j][i];
                dense.data[base + 1 + j] = x[j][i];
            }
            for (int j = 0; j < instruments; j++) {
                z[j][i] = rng.nextGaussian();
                sz += z[j][i];
                dense.data[base + 1 + covariates + j] = z[j][i];
            }
            d[i] = 0.3 * sz + 0.1 * sx + u + rng.nextGaussian();
            y[i] = d[i] + 0.05 * sx + u + rng.nextGaussian();
            dense.data[base + q - 2] = d[i];
            dense.data[base + q - 1] = y[i];
        }
        Dataset.Builder b = Dataset.builder().numeric("y", y).numeric("d", d);
        List<String> xs = new ArrayList<>();
        List<String> zs = new ArrayList<>();
        for (int j = 0; j < covariates; j++) {
            b.numeric("x" + j, x[j]);
            xs.add("x" + j);
        }
        for (int j = 0; j < instruments; j++) {
            b.numeric("z" + j, z[j]);
            zs.add("z" + j);
        }
        data = b.build();
        model = new IvModel("y", List.of("d"), zs, xs);
        cross = new DMatrixRMaj(q, q);
    }

    /** The floor: the cross-product matrix of all 28 columns. */
    @Benchmark
    public DMatrixRMaj floorCrossProducts() {
        CommonOps_DDRM.multTransA(dense, dense, cross);
        return cross;
    }

    /** 2SLS with classical standard errors and all diagnostics, one thread. */
    @Benchmark
    @Goal(ratio = 3, source = "issue 5")
    public IvFit tslsClassical() {
        return InstrumentalVariables.twoStageLeastSquares().withParallelism(Parallelism.sequential()).fit(data, model);
    }

    /** 2SLS with HC1 standard errors (and robust first-stage F, Hansen J, robust Wu–Hausman), one thread. */
    @Benchmark
    public IvFit tslsHc1() {
        return InstrumentalVariables.twoStageLeastSquares().withCovariance(CovarianceType.HC1)
                .withParallelism(Parallelism.sequential()).fit(data, model);
    }

    /** 2SLS classical on every core (bit-identical result). */
    @Benchmark
    public IvFit tslsClassicalParallel() {
        return InstrumentalVariables.twoStageLeastSquares().withParallelism(Parallelism.commonPool()).fit(data, model);
    }
}
