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

import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.Estimators;
import io.github.causal4j.estimate.Parallelism;
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
 * AIPW (logit propensity score by Newton, OLS outcome model per arm, influence-function SE,
 * overlap diagnostics, provenance digest) on n = 10^6 rows with p = 20 design columns (intercept
 * and 19 covariates), against the floor of forming {@code X'X} of that design with EJML
 * ({@code multTransA}). Goal (issue 4): within 6x of the floor, one thread each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class AipwBenchmark {

    @Param({"1000000"})
    int n;

    @Param({"20"})
    int p;

    private RegressionData data;
    private DMatrixRMaj gram;

    @Setup(Level.Trial)
    public void setUp() {
        data = new RegressionData(n, p + 1, 7);
        gram = new DMatrixRMaj(p, p);
    }

    /** The floor: X'X of the covariate design (intercept + 19 covariates) with EJML. */
    @Benchmark
    public DMatrixRMaj floorGramEjml() {
        CommonOps_DDRM.multTransA(data.covariateDesign, data.covariateDesign, gram);
        return gram;
    }

    /** AIPW for the ATE, one thread. */
    @Benchmark
    public Estimate aipw() {
        return Estimators.aipw().withParallelism(Parallelism.sequential()).estimate(data.data, "d", "y", data.covariates);
    }

    /** The same on every core. */
    @Benchmark
    public Estimate aipwParallel() {
        return Estimators.aipw().withParallelism(Parallelism.commonPool()).estimate(data.data, "d", "y", data.covariates);
    }
}
