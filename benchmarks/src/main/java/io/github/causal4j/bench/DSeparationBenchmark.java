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
 * d-separation on random sparse DAGs (average degree 3) against the floor of a plain BFS over
 * the same graph. Goal (issue 2): linear time, the 10^5-node query within 20x the BFS.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DSeparationBenchmark {

    @Param({"1000", "10000", "100000"})
    int nodes;

    private CausalGraph graph;
    private int[][] adjacency;
    private List<String> x;
    private List<String> y;
    private List<String> z;
    private int start;

    @Setup
    public void setUp() {
        graph = RandomDags.sparse(nodes, 3.0, 42);
        adjacency = RandomDags.undirectedAdjacency(graph);
        SplittableRandom random = new SplittableRandom(7);
        x = List.of("v" + random.nextInt(nodes));
        String yNode;
        do {
            yNode = "v" + random.nextInt(nodes);
        } while (x.contains(yNode));
        y = List.of(yNode);
        z = new ArrayList<>();
        while (z.size() < 10) {
            String candidate = "v" + random.nextInt(nodes);
            if (!x.contains(candidate) && !y.contains(candidate) && !z.contains(candidate)) {
                z.add(candidate);
            }
        }
        start = graph.index().id(x.get(0));
    }

    /** The floor: breadth-first search over the same graph's undirected adjacency. */
    @Benchmark
    public int floorBreadthFirstSearch() {
        return RandomDags.breadthFirstSearch(adjacency, start);
    }

    /** One d-separation query through the public, name-based API. */
    @Benchmark
    @Goal(ratio = 20, where = "nodes=100000", source = "issue 2")
    public boolean dSeparation() {
        return graph.isDSeparated(x, y, z);
    }

    /** The set of nodes d-connected to X given Z. */
    @Benchmark
    public int dConnectedSet() {
        return graph.dConnected(x, z).size();
    }
}
