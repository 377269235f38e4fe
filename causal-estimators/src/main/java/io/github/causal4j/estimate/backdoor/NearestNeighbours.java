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
package io.github.causal4j.estimate.backdoor;

import java.util.Arrays;

/**
 * Nearest neighbours on one variable, with ties, as R's {@code Matching} package defines them:
 * for a unit at {@code x}, candidates are ranked by the squared standardised distance
 * {@code ((x - x_j)/s)^2}; the k-th smallest is {@code D}; every candidate with distance at most
 * {@code D + tolerance} is a match. An optional caliper then removes candidates farther than it
 * on the raw scale. Candidates are kept sorted, so a query costs {@code O(log n + matches)}.
 */
final class NearestNeighbours {

    private final double[] sortedValues;
    private final int[] sortedRows;
    private final double scale;
    private final double tolerance;
    private final double caliper;

    /**
     * @param values the matching variable of every row
     * @param candidates the rows that can be matched to
     * @param scale the standardising SD
     * @param tolerance tie tolerance on the squared standardised distance
     * @param caliper maximum raw distance (infinite for none)
     */
    NearestNeighbours(double[] values, int[] candidates, double scale, double tolerance, double caliper) {
        Integer[] order = new Integer[candidates.length];
        for (int j = 0; j < order.length; j++) {
            order[j] = candidates[j];
        }
        Arrays.sort(order, (a, b) -> a.equals(b) ? 0 : Double.compare(values[a], values[b]) != 0
                ? Double.compare(values[a], values[b]) : Integer.compare(a, b));
        sortedRows = new int[order.length];
        sortedValues = new double[order.length];
        for (int j = 0; j < order.length; j++) {
            sortedRows[j] = order[j];
            sortedValues[j] = values[order[j]];
        }
        this.scale = scale;
        this.tolerance = tolerance;
        this.caliper = caliper;
    }

    private double distance(double x, int j) {
        double z = (x - sortedValues[j]) / scale;
        return z * z;
    }

    /**
     * @param x the query value
     * @param k the number of neighbours before ties
     * @return the matched rows (empty if the caliper removes all), in order of the sorted values
     */
    int[] matches(double x, int k) {
        int m = sortedValues.length;
        int right = lowerBound(x);
        int left = right - 1;
        // the k nearest, merging outward from the insertion point
        double kth = 0.0;
        int lo = left;
        int hi = right;
        for (int taken = 0; taken < k; taken++) {
            boolean takeLeft;
            if (lo < 0) {
                takeLeft = false;
            } else if (hi >= m) {
                takeLeft = true;
            } else {
                takeLeft = distance(x, lo) <= distance(x, hi);
            }
            if (takeLeft) {
                kth = distance(x, lo--);
            } else {
                kth = distance(x, hi++);
            }
        }
        double limit = kth + tolerance;
        int from = left;
        while (from >= 0 && distance(x, from) <= limit) {
            from--;
        }
        int to = right;
        while (to < m && distance(x, to) <= limit) {
            to++;
        }
        int count = 0;
        int[] out = new int[to - from - 1];
        for (int j = from + 1; j < to; j++) {
            if (Math.abs(x - sortedValues[j]) <= caliper) {
                out[count++] = sortedRows[j];
            }
        }
        return count == out.length ? out : Arrays.copyOf(out, count);
    }

    /** First index whose value is >= x. */
    private int lowerBound(double x) {
        int lo = 0;
        int hi = sortedValues.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedValues[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
