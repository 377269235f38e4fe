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
import io.github.causal4j.estimate.LinearRegression;
import io.github.causal4j.estimate.Parallelism;
import io.github.causal4j.estimate.RegressionFit;
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
 * Cluster-robust OLS on n = 10^6 rows, p = 10 design columns, G clusters: HC2/HC3 (per-cluster
 * leverage statistics {@code Z_g'Z_g} and {@code Z_g'e_g} in the second pass, O(n p^2), then one
 * p x p eigen decomposition per cluster, O(G p^3)) against the floor of the clustered HC1 fit
 * (cluster sums of scores, O(n p)), both on one thread. No goal: the ratio is the price of the
 * leverage adjustment.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class ClusteredOlsBenchmark {

    @Param({"1000000"})
    int n;

    @Param({"10"})
    int p;

    @Param({"1000", "100000"})
    int clusters;

    private Dataset data;
    private java.util.List<String> regressors;

    @Setup(Level.Trial)
    public void setUp() {
        RegressionData generated = new RegressionData(n, p, 42);
        double[] keys = new double[n];
        for (int i = 0; i < n; i++) {
            keys[i] = i % clusters;
        }
        data = generated.data.withNumeric("g", keys);
        regressors = generated.regressors();
    }

    private RegressionFit fit(CovarianceType type) {
        return LinearRegression.ols().withCovariance(type).clusteredBy("g").withParallelism(Parallelism.sequential())
                .fit(data, "y", regressors);
    }

    /** The floor: clustered HC1 (vcovCL's default), one thread. */
    @Benchmark
    public RegressionFit floorClusteredHc1() {
        return fit(CovarianceType.HC1);
    }

    /** Clustered HC2, one thread. */
    @Benchmark
    public RegressionFit clusteredHc2() {
        return fit(CovarianceType.HC2);
    }

    /** Clustered HC3, one thread. */
    @Benchmark
    public RegressionFit clusteredHc3() {
        return fit(CovarianceType.HC3);
    }
}
