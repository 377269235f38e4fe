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
import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.graph.Edge;
import io.github.causal4j.llm.Answer;
import io.github.causal4j.llm.CallRecord;
import io.github.causal4j.llm.EdgeClaim;
import io.github.causal4j.llm.GraphSuggester;
import io.github.causal4j.llm.GraphSuggestion;
import io.github.causal4j.llm.Question;
import io.github.causal4j.llm.SuggestionPipeline;
import io.github.causal4j.llm.SuggestionRequest;
import io.github.causal4j.llm.TokenUsage;
import io.github.causal4j.llm.Variable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The provider-independent cost of a suggestion, with answers that cost nothing to produce: five
 * samples over V variables, each proposing the edges of a random sparse DAG (average degree 3)
 * with a fifth of them dropped, a tenth reversed and V/20 random extras. {@code vote} screens,
 * votes and assembles the acyclic graph (greedy insertion, one BFS per candidate edge); its floor
 * {@code floorBuildGraph} builds a {@link CausalGraph} from the same accepted edges. {@code dataChecks}
 * adds the Fisher-z tests ({@code independence.FisherZTest}) of the 171 implied independences of a
 * 20-variable chain on {@code rows} rows; its floor {@code floorCorrelationMatrix} is one pass computing
 * the 20 columns' correlation matrix (what a batched test would need).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SuggestionBenchmark {

    /** Five samples of noisy edges over a random sparse DAG. */
    @State(Scope.Benchmark)
    public static class Votes {
        @Param({"100", "1000"})
        int variables;

        GraphSuggester suggester;
        SuggestionRequest request;
        List<Edge> accepted;

        @Setup
        public void setUp() {
            CausalGraph truth = RandomDags.sparse(variables, 3.0, 42);
            List<Variable> vars = new ArrayList<>();
            for (String n : truth.nodes()) {
                vars.add(Variable.of(n));
            }
            SplittableRandom rnd = new SplittableRandom(7);
            List<Answer> answers = new ArrayList<>();
            for (int k = 0; k < 5; k++) {
                List<EdgeClaim> claims = new ArrayList<>();
                for (Edge e : truth.edges()) {
                    double u = rnd.nextDouble();
                    if (u < 0.2) {
                        continue;
                    }
                    claims.add(u < 0.3 ? new EdgeClaim(e.to(), e.from(), "r") : new EdgeClaim(e.from(), e.to(), "r"));
                }
                for (int j = 0; j < variables / 20; j++) {
                    claims.add(new EdgeClaim("v" + rnd.nextInt(variables), "v" + rnd.nextInt(variables), "r"));
                }
                answers.add(answer(claims));
            }
            suggester = new Fixed(answers);
            request = SuggestionRequest.edges(vars).withSamples(5);
            accepted = SuggestionPipeline.of(suggester).run(request).graph().edges();
        }
    }

    /** A chain of 20 variables and the data of a linear SEM on it. */
    @State(Scope.Benchmark)
    public static class Data {
        @Param({"10000", "100000"})
        int rows;

        GraphSuggester suggester;
        SuggestionRequest request;
        Dataset data;
        double[][] columns;

        @Setup
        public void setUp() {
            SplittableRandom rnd = new SplittableRandom(11);
            int k = 20;
            List<Variable> vars = new ArrayList<>();
            List<EdgeClaim> chain = new ArrayList<>();
            Dataset.Builder b = Dataset.builder();
            columns = new double[k][rows];
            for (int i = 0; i < k; i++) {
                vars.add(Variable.of("c" + i));
                if (i > 0) {
                    chain.add(new EdgeClaim("c" + (i - 1), "c" + i, "r"));
                }
                for (int r = 0; r < rows; r++) {
                    columns[i][r] = (i > 0 ? 0.6 * columns[i - 1][r] : 0) + gaussian(rnd);
                }
                b.numeric("c" + i, columns[i]);
            }
            data = b.build();
            suggester = new Fixed(List.of(answer(chain)));
            request = SuggestionRequest.edges(vars).withSamples(1);
        }
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    private static Answer answer(List<EdgeClaim> claims) {
        return new Answer(claims, List.of(), List.of(), List.of(), new CallRecord("fixed", "m", "", "t", "1", "h", "json_schema",
                1, 0, TokenUsage.ZERO, Duration.ZERO));
    }

    @Benchmark
    public GraphSuggestion vote(Votes s) {
        return SuggestionPipeline.of(s.suggester).run(s.request);
    }

    @Benchmark
    public CausalGraph floorBuildGraph(Votes s) {
        CausalGraph.Builder b = CausalGraph.builder();
        for (Variable v : s.request.variables()) {
            b.node(v.name());
        }
        for (Edge e : s.accepted) {
            b.edge(e);
        }
        return b.build();
    }

    @Benchmark
    public GraphSuggestion dataChecks(Data s) {
        return SuggestionPipeline.of(s.suggester).withData(s.data).run(s.request);
    }

    /** The floor: one two-pass correlation matrix of the 20 columns, O(n k^2). */
    @Benchmark
    public double[][] floorCorrelationMatrix(Data s) {
        double[][] cols = s.columns;
        int k = cols.length;
        int n = cols[0].length;
        double[][] centred = new double[k][n];
        double[] norm = new double[k];
        for (int i = 0; i < k; i++) {
            double mean = 0;
            for (double v : cols[i]) {
                mean += v;
            }
            mean /= n;
            double ss = 0;
            for (int r = 0; r < n; r++) {
                centred[i][r] = cols[i][r] - mean;
                ss += centred[i][r] * centred[i][r];
            }
            norm[i] = Math.sqrt(ss);
        }
        double[][] corr = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = 0;
                for (int r = 0; r < n; r++) {
                    sum += centred[i][r] * centred[j][r];
                }
                corr[i][j] = sum / (norm[i] * norm[j]);
                corr[j][i] = corr[i][j];
            }
        }
        return corr;
    }

    /** Answers sample k with the k-th fixed answer. */
    private record Fixed(List<Answer> answers) implements GraphSuggester {
        @Override
        public String name() {
            return "fixed";
        }

        @Override
        public Answer answer(Question q) {
            return answers.get(q.sample());
        }
    }
}
