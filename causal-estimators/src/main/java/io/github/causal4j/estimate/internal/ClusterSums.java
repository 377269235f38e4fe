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
package io.github.causal4j.estimate.internal;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Per-cluster sums of score vectors, keyed by the cluster's value (a number, or the code of a
 * categorical level; for the intersection of two clusterings, a pair of values). Mergeable: the
 * sums of the same cluster add up wherever its rows were. The finished meat
 * {@code sum_g s_g s_g'} runs over clusters in key order, so the result does not depend on the
 * order rows arrive in.
 */
public final class ClusterSums implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A cluster key: one value, or a pair for the intersection of two clusterings. */
    private record Key(double first, double second) implements Serializable, Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = Double.compare(first, o.first);
            return c != 0 ? c : Double.compare(second, o.second);
        }
    }

    private final int k;
    private final Map<Key, Integer> slot = new HashMap<>();
    private Key[] keys = new Key[16];
    private double[] sums;

    /**
     * @param length the length k of each cluster's vector of sums
     */
    public ClusterSums(int length) {
        this.k = length;
        this.sums = new double[16 * length];
    }

    private int slotOf(Key key) {
        Integer s = slot.get(key);
        if (s != null) {
            return s;
        }
        int used = slot.size();
        if (used == keys.length) {
            keys = Arrays.copyOf(keys, used * 2);
            sums = Arrays.copyOf(sums, used * 2 * k);
        }
        keys[used] = key;
        slot.put(key, used);
        return used;
    }

    /**
     * Adds {@code scale * row[base .. base + k)} to the sums of a cluster.
     *
     * @param first the cluster's value
     * @param second the second value of an intersection key (0 otherwise)
     * @param scale the factor
     * @param row the vector's array
     * @param base its first index
     */
    public void add(double first, double second, double scale, double[] row, int base) {
        // +0.0 makes -0.0 and 0.0 one cluster, as the equality of the values they stand for
        int off = slotOf(new Key(first + 0.0, second + 0.0)) * k;
        for (int a = 0; a < k; a++) {
            sums[off + a] += scale * row[base + a];
        }
    }

    /**
     * @param other sums over other rows
     * @return this, now holding both
     */
    public ClusterSums merge(ClusterSums other) {
        for (int s = 0; s < other.slot.size(); s++) {
            int off = slotOf(other.keys[s]) * k;
            int from = s * k;
            for (int a = 0; a < k; a++) {
                sums[off + a] += other.sums[from + a];
            }
        }
        return this;
    }

    /** @return the number of clusters G */
    public int count() {
        return slot.size();
    }

    /** What {@link #forEachInKeyOrder} shows of each cluster. */
    @FunctionalInterface
    public interface ClusterVisitor {
        /**
         * @param first the cluster's value
         * @param second the second value of an intersection key (0 otherwise)
         * @param sums the array holding the cluster's sums (read only)
         * @param offset the index of its first sum
         */
        void visit(double first, double second, double[] sums, int offset);
    }

    /**
     * Shows every cluster's sums, in key order (so anything folded over them does not depend on the
     * order rows arrived in).
     *
     * @param visitor what to do with each
     */
    public void forEachInKeyOrder(ClusterVisitor visitor) {
        for (int s : keyOrder()) {
            visitor.visit(keys[s].first(), keys[s].second(), sums, s * k);
        }
    }

    private Integer[] keyOrder() {
        int g = slot.size();
        Integer[] order = new Integer[g];
        for (int s = 0; s < g; s++) {
            order[s] = s;
        }
        Arrays.sort(order, (a, b) -> keys[a].compareTo(keys[b]));
        return order;
    }

    /** @return {@code sum_g s_g s_g'} over the clusters in key order, k x k row-major symmetric */
    public double[] meat() {
        int g = slot.size();
        double[] sorted = new double[g * k];
        int row = 0;
        for (int s : keyOrder()) {
            System.arraycopy(sums, s * k, sorted, row++ * k, k);
        }
        GramAccumulator gram = new GramAccumulator(k);
        double[] ones = new double[g];
        Arrays.fill(ones, 1.0);
        gram.add(sorted, g, k, ones);
        return gram.symmetric();
    }
}
