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
package io.github.causal4j.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Kahn's (1962) topological sort over the directed edges, with ties broken by node id so the
 * order is deterministic; when the edges close a cycle, one cycle is found and reported.
 */
final class TopologicalSort {

    private TopologicalSort() {
    }

    /**
     * @return node ids, parents before children
     * @throws CyclicGraphException naming the nodes of one directed cycle
     */
    static int[] orderOrThrow(String[] names, int[][] parents, int[][] children) {
        int n = names.length;
        int[] inDegree = new int[n];
        int[] order = new int[n];
        int count = 0;
        // A FIFO seeded in id order gives a valid and deterministic order.
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int v = 0; v < n; v++) {
            inDegree[v] = parents[v].length;
            if (inDegree[v] == 0) {
                queue[tail++] = v;
            }
        }
        while (head < tail) {
            int v = queue[head++];
            order[count++] = v;
            for (int c : children[v]) {
                if (--inDegree[c] == 0) {
                    queue[tail++] = c;
                }
            }
        }
        if (count < n) {
            throw new CyclicGraphException(findCycle(names, parents, inDegree));
        }
        return order;
    }

    /**
     * Every node left with a positive in-degree has a parent that is also left, so walking from
     * any such node to such a parent must revisit a node; the revisited stretch is a cycle.
     */
    private static List<String> findCycle(String[] names, int[][] parents, int[] inDegree) {
        int start = -1;
        for (int v = 0; v < names.length; v++) {
            if (inDegree[v] > 0) {
                start = v;
                break;
            }
        }
        int[] step = new int[names.length];
        java.util.Arrays.fill(step, -1);
        List<Integer> walk = new ArrayList<>();
        int v = start;
        while (step[v] < 0) {
            step[v] = walk.size();
            walk.add(v);
            int next = -1;
            for (int p : parents[v]) {
                if (inDegree[p] > 0) {
                    next = p;
                    break;
                }
            }
            v = next;
        }
        // walk[step[v]..] follows parent links, so reversing it follows edge direction.
        List<String> cycle = new ArrayList<>();
        for (int i = step[v]; i < walk.size(); i++) {
            cycle.add(names[walk.get(i)]);
        }
        Collections.reverse(cycle);
        return cycle;
    }
}
