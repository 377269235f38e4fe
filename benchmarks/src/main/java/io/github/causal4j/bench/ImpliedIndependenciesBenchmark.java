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
import io.github.causal4j.independence.ImpliedIndependencies;
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
 * The implied independences of a random sparse DAG (average degree 3): one statement per
 * non-adjacent pair, about {@code V² / 2} of them, streamed and counted. Its cost is quadratic by
 * output size; the floor is a plain BFS over the same graph (linear).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ImpliedIndependenciesBenchmark {

    @Param({"1000", "10000"})
    int nodes;

    private CausalGraph graph;
    private int[][] adjacency;

    @Setup
    public void setUp() {
        graph = RandomDags.sparse(nodes, 3.0, 42);
        adjacency = RandomDags.undirectedAdjacency(graph);
    }

    /** The floor: breadth-first search over the same graph. */
    @Benchmark
    public int floorBreadthFirstSearch() {
        return RandomDags.breadthFirstSearch(adjacency, 0);
    }

    /** Every implied independence, streamed (not held in memory) and counted. */
    @Benchmark
    public long impliedIndependencies() {
        return ImpliedIndependencies.stream(graph).count();
    }
}
