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

import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.identify.CausalQuery;
import io.github.causal4j.identify.IdAlgorithm;
import io.github.causal4j.identify.IdResult;
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
 * The Shpitser–Pearl ID algorithm on random ADMGs (average directed degree 3 or 8, plus
 * {@code nodes · degree / 6} random bidirected edges; fixed seed), for {@code P(y | do(x))} with
 * {@code y} the last node in topological order and {@code x} three of its ancestors. Goal (issue 3): under
 * one second at 200 nodes. Floor: a plain BFS over the same graph.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class IdAlgorithmBenchmark {

    @Param({"50", "200"})
    int nodes;

    /** Average directed degree; the bidirected edges number {@code nodes * degree / 6}. */
    @Param({"3", "8"})
    double degree;

    private CausalGraph graph;
    private CausalQuery query;
    private int[][] adjacency;

    @Setup
    public void setUp() {
        CausalGraph dag = RandomDags.sparse(nodes, degree, 42);
        SplittableRandom random = new SplittableRandom(11);
        CausalGraph.Builder b = dag.toBuilder();
        for (int k = 0; k < nodes * degree / 6; k++) {
            int a = random.nextInt(nodes);
            int c = random.nextInt(nodes);
            if (a != c) {
                b.bidirected("v" + a, "v" + c);
            }
        }
        graph = b.build();
        List<String> order = graph.topologicalOrder();
        String y = order.get(order.size() - 1);
        List<String> ancestors = new java.util.ArrayList<>(graph.ancestors(y));
        ancestors.remove(y);
        java.util.Collections.shuffle(ancestors, new java.util.Random(5));
        query = CausalQuery.of(List.of(y), ancestors.subList(0, Math.min(3, ancestors.size())));
        adjacency = RandomDags.undirectedAdjacency(graph);
    }

    /** The floor: breadth-first search over the same graph. */
    @Benchmark
    public int floorBreadthFirstSearch() {
        return RandomDags.breadthFirstSearch(adjacency, 0);
    }

    /** ID for P(y | do(x)), formula or hedge. */
    @Benchmark
    @Goal(seconds = 1, where = "nodes=200", source = "issue 3")
    public IdResult idAlgorithm() {
        return IdAlgorithm.identify(graph, query);
    }
}
