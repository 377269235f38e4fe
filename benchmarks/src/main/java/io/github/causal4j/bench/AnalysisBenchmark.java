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
import io.github.causal4j.estimate.CausalAnalysis;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.Estimators;
import io.github.causal4j.estimate.analysis.AnalysisResult;
import io.github.causal4j.estimate.analysis.RunOptions;
import io.github.causal4j.graph.CausalGraph;
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
 * The whole analysis of {@code CausalAnalysis.run()} on a back-door design (binary treatment, p
 * confounders, n rows; seed 42) against the floor of the one OLS fit it starts from: identification,
 * OLS, IPW, AIPW, matching, the implied-independence tests, the sensitivity analysis with every
 * covariate as a benchmark and the bounds stage — without and with the three refutation tests
 * (100 simulations each). The ratio is what the composition costs; no goal is set.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class AnalysisBenchmark {

    @Param({"20000"})
    int n;

    @Param({"5"})
    int p;

    private Dataset data;
    private CausalGraph graph;
    private List<String> covariates;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        Dataset.Builder b = Dataset.builder();
        double[][] x = new double[p][n];
        double[] d = new double[n];
        double[] y = new double[n];
        covariates = new ArrayList<>();
        StringBuilder g = new StringBuilder("dag { d -> y; ");
        for (int j = 0; j < p; j++) {
            covariates.add("x" + j);
            g.append("x").append(j).append(" -> d; x").append(j).append(" -> y; ");
        }
        for (int i = 0; i < n; i++) {
            double score = 0;
            for (int j = 0; j < p; j++) {
                x[j][i] = random.nextGaussian();
                score += 0.3 * x[j][i];
            }
            d[i] = random.nextDouble() < 1 / (1 + Math.exp(-score)) ? 1 : 0;
            y[i] = 2 * d[i] + score + random.nextGaussian();
        }
        for (int j = 0; j < p; j++) {
            b.numeric("x" + j, x[j]);
        }
        data = b.binary("d", d).numeric("y", y).build();
        graph = CausalGraph.parse(g.append("}").toString());
    }

    /** The floor: the OLS fit the analysis starts from. */
    @Benchmark
    public Estimate floorOls() {
        return Estimators.ols().estimate(data, "d", "y", covariates);
    }

    /** The whole analysis without refutations. */
    @Benchmark
    public AnalysisResult runWithoutRefutations() {
        return CausalAnalysis.of(data, graph).treatment("d").outcome("y").run(RunOptions.defaults().withoutRefutations());
    }

    /** The whole analysis with 3 x 100 refutation simulations. */
    @Benchmark
    public AnalysisResult runWithRefutations() {
        return CausalAnalysis.of(data, graph).treatment("d").outcome("y").run(RunOptions.defaults());
    }
}
