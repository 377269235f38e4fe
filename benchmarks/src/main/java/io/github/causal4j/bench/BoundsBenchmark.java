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

import io.github.causal4j.bounds.BalkePearlBounds;
import io.github.causal4j.bounds.Bounds;
import io.github.causal4j.bounds.BoundsVariables;
import io.github.causal4j.bounds.Direction;
import io.github.causal4j.bounds.InferenceOptions;
import io.github.causal4j.bounds.LeeBounds;
import io.github.causal4j.bounds.ManskiBounds;
import io.github.causal4j.bounds.OutcomeRange;
import io.github.causal4j.data.Dataset;
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
 * Bounds on n rows, as ratios to a floor measured in the same run: one pass summing the outcome
 * and treatment columns (what any bound must at least read). MTR+MTS with analytic standard errors,
 * Lee with analytic standard errors (a sort of the observed treated outcomes), and Balke–Pearl
 * (two 16-type linear programs after the counting pass), all without the bootstrap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class BoundsBenchmark {

    @Param({"100000", "1000000"})
    int n;

    Dataset data;
    double[] y;
    double[] d;
    static final BoundsVariables MANSKI = BoundsVariables.of("d", "y");
    static final BoundsVariables LEE = BoundsVariables.of("d", "y").withSelection("s");
    static final BoundsVariables IV = BoundsVariables.of("d", "b").withInstrument("z");

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom rng = new SplittableRandom(20240601);
        d = new double[n];
        y = new double[n];
        double[] s = new double[n];
        double[] z = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = rng.nextInt(2);
            d[i] = rng.nextDouble() < 0.3 + 0.4 * z[i] ? 1 : 0;
            y[i] = Math.min(10, Math.max(0, 5 + d[i] + rng.nextGaussian()));
            s[i] = rng.nextDouble() < 0.6 + 0.2 * d[i] ? 1 : 0;
            b[i] = y[i] > 5.5 ? 1 : 0;
        }
        data = Dataset.builder().binary("d", d).numeric("y", y).binary("s", s).binary("z", z).binary("b", b).build();
    }

    @Benchmark
    public double floorOnePass() {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += y[i] * d[i] + y[i];
        }
        return sum;
    }

    @Benchmark
    public Bounds mtrMtsAnalytic() {
        return ManskiBounds.noAssumptions(OutcomeRange.of(0, 10)).withMtr(Direction.INCREASING)
                .withMts(Direction.INCREASING).compute(data, MANSKI);
    }

    @Benchmark
    public Bounds leeAnalytic() {
        return LeeBounds.create().compute(data, LEE);
    }

    @Benchmark
    public Bounds balkePearlLinearPrograms() {
        return BalkePearlBounds.create().withInference(InferenceOptions.none()).compute(data, IV);
    }
}
