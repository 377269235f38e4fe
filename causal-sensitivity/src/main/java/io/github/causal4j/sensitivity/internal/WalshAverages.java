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
package io.github.causal4j.sensitivity.internal;

import java.util.Arrays;

/**
 * Order statistics of the n(n+1)/2 Walsh averages (d_i + d_j)/2, i &le; j, without storing them:
 * counting the averages &le; x takes one two-pointer pass over the sorted d (O(n)), and the k-th
 * smallest is the least double x whose count reaches k, found by bisection over the ordered doubles
 * (at most 64 passes). Total O(n log n + 64 n) time and O(n) memory, so 10^6 pairs are fine.
 */
public final class WalshAverages {

    private final double[] sorted;

    /**
     * @param values the values (copied and sorted)
     */
    public WalshAverages(double[] values) {
        this.sorted = values.clone();
        Arrays.sort(sorted);
    }

    /** @return the number of Walsh averages, n(n+1)/2 */
    public long count() {
        long n = sorted.length;
        return n * (n + 1) / 2;
    }

    /**
     * @param x a value
     * @return how many Walsh averages are &le; x
     */
    public long countAtMost(double x) {
        long total = 0;
        int j = sorted.length - 1;
        for (int i = 0; i < sorted.length; i++) {
            while (j >= i && (sorted[i] + sorted[j]) / 2.0 > x) {
                j--;
            }
            if (j < i) {
                break;
            }
            total += j - i + 1;
        }
        return total;
    }

    /**
     * @param k rank, 1 &le; k &le; {@link #count()}
     * @return the k-th smallest Walsh average
     */
    public double kth(long k) {
        if (k < 1 || k > count()) {
            throw new IllegalArgumentException("rank " + k + " outside 1.." + count());
        }
        long lo = key(sorted[0]);
        long hi = key(sorted[sorted.length - 1]);
        while (lo < hi) {
            long mid = (lo & hi) + ((lo ^ hi) >> 1); // floor((lo + hi) / 2) without overflow
            if (countAtMost(value(mid)) >= k) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return value(lo);
    }

    /** A monotone map from doubles to longs (so that bisection walks the doubles in order). */
    private static long key(double x) {
        long b = Double.doubleToLongBits(x);
        return b < 0 ? b ^ 0x7fffffffffffffffL : b;
    }

    private static double value(long key) {
        return Double.longBitsToDouble(key < 0 ? key ^ 0x7fffffffffffffffL : key);
    }
}
