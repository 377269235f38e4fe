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
import io.github.causal4j.graph.GraphIndex;
import io.github.causal4j.identify.AdjustmentCriterion;
import io.github.causal4j.identify.AdjustmentQuery;
import io.github.causal4j.identify.AdjustmentSets;
import java.util.BitSet;
import java.util.Set;
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
 * Covariate adjustment on random sparse DAGs (each node draws parents among earlier nodes,
 * average degree 3, fixed seed) against the floor of a plain BFS over the same graph in the same
 * run. Goal (issue 3): the validity test, the canonical set, the O-set and the first minimal set
 * each within 20x the BFS on 10^4 nodes. The treatment is the middle node and the outcome its
 * highest-numbered descendant, so causal paths and back-door paths are long.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AdjustmentBenchmark {

    @Param({"10000"})
    int nodes;

    /** "uniform": parents drawn among all earlier nodes (small ancestral sets); "local": among the 50 previous nodes (long chains, ancestral sets of most earlier nodes). */
    @Param({"uniform", "local"})
    String layout;

    private GraphIndex index;
    private AdjustmentQuery query;
    private Set<String> canonicalSet;
    private int start;

    @Setup
    public void setUp() {
        CausalGraph graph = sparseDag(nodes, 3.0, 42, layout.equals("local") ? 50 : Integer.MAX_VALUE);
        index = graph.index();
        int x = nodes / 2;
        BitSet de = index.descendants(single(x));
        int y = de.previousSetBit(nodes - 1);
        if (y == x) {
            throw new IllegalStateException("the treatment has no descendant; change the seed");
        }
        query = AdjustmentQuery.of(graph, index.name(x), index.name(y));
        canonicalSet = AdjustmentSets.canonical(query).orElseThrow();
        start = x;
    }

    private static BitSet single(int v) {
        BitSet s = new BitSet();
        s.set(v);
        return s;
    }

    /**
     * Random DAG: node i takes about degree/2 parents, each uniformly among the {@code window} nodes before it.
     */
    static CausalGraph sparseDag(int n, double averageDegree, long seed, int window) {
        SplittableRandom random = new SplittableRandom(seed);
        CausalGraph.Builder b = CausalGraph.builder();
        for (int i = 0; i < n; i++) {
            b.node("v" + i);
        }
        double p = averageDegree / 2.0;
        for (int i = 1; i < n; i++) {
            int parents = (int) p + (random.nextDouble() < p - (int) p ? 1 : 0);
            for (int k = 0; k < parents; k++) {
                int lo = Math.max(0, i - window);
                b.edge("v" + (lo + random.nextInt(i - lo)), "v" + i);
            }
        }
        return b.build();
    }

    /** The floor: breadth-first search over parents and children of the same graph. */
    @Benchmark
    public int floorBreadthFirstSearch() {
        int n = index.size();
        boolean[] seen = new boolean[n];
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        queue[tail++] = start;
        seen[start] = true;
        while (head < tail) {
            int v = queue[head++];
            for (int k = 0; k < index.parentCount(v); k++) {
                int w = index.parent(v, k);
                if (!seen[w]) {
                    seen[w] = true;
                    queue[tail++] = w;
                }
            }
            for (int k = 0; k < index.childCount(v); k++) {
                int w = index.child(v, k);
                if (!seen[w]) {
                    seen[w] = true;
                    queue[tail++] = w;
                }
            }
        }
        return tail;
    }

    /** Validity of the canonical set (generalized adjustment criterion, with its witness search). */
    @Benchmark
    @Goal(ratio = 20, where = "nodes=10000", source = "issue 3")
    public boolean validityTest() {
        return AdjustmentCriterion.check(query, canonicalSet).valid();
    }

    /** The canonical set An(X ∪ Y) ∩ R and its validity. */
    @Benchmark
    @Goal(ratio = 20, where = "nodes=10000", source = "issue 3")
    public int canonicalSet() {
        return AdjustmentSets.canonical(query).orElseThrow().size();
    }

    /** The O-set pa(cn) \ forb with its validity check. */
    @Benchmark
    @Goal(ratio = 20, where = "nodes=10000", source = "issue 3")
    public int optimalSet() {
        return AdjustmentSets.optimal(query).set().orElseThrow().size();
    }

    /** One minimal set by FindMinSep. */
    @Benchmark
    public int minimalSet() {
        return AdjustmentSets.minimal(query).orElseThrow().size();
    }

    /** The first set of the polynomial-delay enumeration of all minimal sets. */
    @Benchmark
    @Goal(ratio = 20, where = "nodes=10000", source = "issue 3")
    public int firstOfMinimalSetEnumeration() {
        return AdjustmentSets.minimalSetStream(query).findFirst().orElseThrow().size();
    }

}
