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
package io.github.causal4j.bounds;

import io.github.causal4j.graph.CausalGraph;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The response-function (canonical) parametrisation of the right side of a {@link GraphPartition}
 * (Balke &amp; Pearl 1997; Sachs et al. 2022): each right-side variable {@code V} with {@code k_V}
 * levels and parents taking {@code m_V} joint values is a deterministic function of its parents,
 * one of {@code k_V^m_V} response functions, and a response type is one function per variable,
 * {@code T = prod_V k_V^m_V} types in all. A type and the values of the left side determine every
 * right-side value, in any world (natural or under intervention).
 *
 * <p>Variables are held in slots: the left side first, then the right side in topological order.
 * Values are coded {@code 0..k-1}; a function index stores its table in base {@code k_V}, the
 * parent configurations in mixed radix (the first parent varies slowest).
 */
final class ResponseFunctionModel {

    /** The largest number of response types the dense simplex tableau is allowed to hold. */
    static final int MAX_TYPES = 1 << 16;

    final List<String> left;
    final List<String> right;
    final int[] levels;
    private final int leftCount;
    private final int[][] parentSlots;
    private final int[] functionCount;
    private final int[] typeRadix;
    private final int typeCount;
    private final int leftConfigs;
    private final int rightConfigs;

    private ResponseFunctionModel(List<String> left, List<String> right, int[] levels, int[][] parentSlots,
            int[] functionCount, int[] typeRadix, int typeCount) {
        this.left = left;
        this.right = right;
        this.levels = levels;
        this.leftCount = left.size();
        this.parentSlots = parentSlots;
        this.functionCount = functionCount;
        this.typeRadix = typeRadix;
        this.typeCount = typeCount;
        int lc = 1;
        for (int s = 0; s < leftCount; s++) {
            lc *= levels[s];
        }
        int rc = 1;
        for (int s = leftCount; s < levels.length; s++) {
            rc = Math.multiplyExact(rc, levels[s]);
        }
        this.leftConfigs = lc;
        this.rightConfigs = rc;
    }

    /**
     * @param graph the graph (latent nodes already projected out by the partition)
     * @param partition its split into left and right
     * @param levelsByName the number of levels of every left and right variable
     */
    static ResponseFunctionModel of(CausalGraph graph, GraphPartition partition, Map<String, Integer> levelsByName) {
        CausalGraph g = graph.latents().isEmpty() ? graph : graph.latentProjection();
        List<String> slots = new java.util.ArrayList<>(partition.left());
        slots.addAll(partition.right());
        int[] levels = new int[slots.size()];
        for (int s = 0; s < levels.length; s++) {
            levels[s] = levelsByName.get(slots.get(s));
        }
        int leftCount = partition.left().size();
        int r = partition.right().size();
        int[][] parentSlots = new int[r][];
        int[] functionCount = new int[r];
        int[] typeRadix = new int[r];
        long types = 1;
        for (int j = 0; j < r; j++) {
            String v = partition.right().get(j);
            List<String> parents = List.copyOf(g.parents(v));
            parentSlots[j] = parents.stream().mapToInt(slots::indexOf).toArray();
            long configs = 1;
            for (int p : parentSlots[j]) {
                configs *= levels[p];
            }
            long functions = 1;
            for (long c = 0; c < configs && functions <= MAX_TYPES; c++) {
                functions *= levels[leftCount + j];
            }
            typeRadix[j] = (int) Math.min(types, Integer.MAX_VALUE);
            types *= functions;
            if (functions > MAX_TYPES || types > MAX_TYPES) {
                throw new IllegalArgumentException("the graph's right side " + partition.right() + " has more than "
                        + MAX_TYPES + " response types (variable '" + v + "' alone has " + levels[leftCount + j]
                        + "^" + configs + " response functions); the linear program would be too large");
            }
            functionCount[j] = (int) functions;
        }
        return new ResponseFunctionModel(partition.left(), partition.right(), levels, parentSlots, functionCount,
                typeRadix, (int) types);
    }

    int typeCount() {
        return typeCount;
    }

    int leftConfigCount() {
        return leftConfigs;
    }

    int rightConfigCount() {
        return rightConfigs;
    }

    int slotCount() {
        return levels.length;
    }

    int slotOf(String variable) {
        int i = left.indexOf(variable);
        if (i >= 0) {
            return i;
        }
        int j = right.indexOf(variable);
        return j < 0 ? -1 : leftCount + j;
    }

    /** Decodes a left configuration index into slot values (mixed radix, first variable slowest). */
    void decodeLeft(int config, int[] values) {
        for (int s = leftCount - 1; s >= 0; s--) {
            values[s] = config % levels[s];
            config /= levels[s];
        }
    }

    /** The right configuration index of the right-side slot values. */
    int encodeRight(int[] values) {
        int idx = 0;
        for (int s = leftCount; s < levels.length; s++) {
            idx = idx * levels[s] + values[s];
        }
        return idx;
    }

    /**
     * Fills in the right side's values for one response type.
     *
     * @param type the response type
     * @param values slot values; the left slots must be set on entry
     * @param fixed per slot, the value set by intervention, or -1
     */
    void evaluate(int type, int[] values, int[] fixed) {
        for (int s = 0; s < leftCount; s++) {
            if (fixed[s] >= 0) {
                values[s] = fixed[s];
            }
        }
        for (int j = 0; j < right.size(); j++) {
            int slot = leftCount + j;
            if (fixed[slot] >= 0) {
                values[slot] = fixed[slot];
                continue;
            }
            int function = (type / typeRadix[j]) % functionCount[j];
            int config = 0;
            for (int p : parentSlots[j]) {
                config = config * levels[p] + values[p];
            }
            int k = levels[slot];
            for (int c = 0; c < config; c++) {
                function /= k;
            }
            values[slot] = function % k;
        }
    }

    /** An intervention as per-slot fixed values (-1 where not intervened). */
    int[] fixedValues(Map<String, Integer> intervention) {
        int[] fixed = new int[levels.length];
        Arrays.fill(fixed, -1);
        for (Map.Entry<String, Integer> e : intervention.entrySet()) {
            int slot = slotOf(e.getKey());
            if (e.getValue() >= levels[slot]) {
                throw new IllegalArgumentException("intervention " + e.getKey() + "=" + e.getValue() + " is outside its "
                        + levels[slot] + " levels 0.." + (levels[slot] - 1));
            }
            fixed[slot] = e.getValue();
        }
        return fixed;
    }
}
