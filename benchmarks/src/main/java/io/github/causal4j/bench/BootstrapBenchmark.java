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

import io.github.causal4j.estimate.Bootstrap;
import io.github.causal4j.estimate.BootstrapResult;
import io.github.causal4j.estimate.Estimators;
import io.github.causal4j.estimate.Parallelism;
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
 * Scaling of the bootstrap with threads: 200 replicates of Hájek IPW on 20,000 rows and 10
 * covariates, with 1 and 2 threads (the replicates are identical in every case). The speed-up
 * is the ratio of the threads=1 time to the others; it is bounded by the cores the machine has.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class BootstrapBenchmark {

    @Param({"1", "2"})
    int threads;

    private RegressionData data;

    @Setup(Level.Trial)
    public void setUp() {
        data = new RegressionData(20_000, 12, 3);
    }

    /** 200 bootstrap replicates of IPW (no jackknife: BCa groups kept at 2 to time the replicates). */
    @Benchmark
    public BootstrapResult bootstrapIpw() {
        return Bootstrap.replicates(200).withSeed(1).withJackknifeGroups(2).withParallelism(Parallelism.threads(threads))
                .run(Estimators.ipw(), data.data, "d", "y", data.covariates);
    }
}
