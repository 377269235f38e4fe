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

import java.util.Arrays;

/**
 * Means of the lowest and the highest share {@code tau} of a weighted sample, for Lee's (2009)
 * bounds, with the <b>fractional-weighting convention</b>: the sample is treated as the discrete
 * distribution that puts mass {@code w_i / W} on {@code y_i}, and the trimmed mean is that
 * distribution's mean below (above) its {@code tau} ({@code 1 - tau}) quantile with the boundary
 * atom split, i.e. {@code (1/tau) int_0^tau Q(u) du} for the empirical quantile function {@code Q}.
 * The boundary observation therefore enters with the fraction of its weight that completes the
 * mass {@code tau W}. This is Lee's population formula applied to the empirical distribution; it
 * agrees with every quantile convention when {@code tau W} is a whole number of observations.
 *
 * <p>Alongside each mean: the trimmed distribution's variance and the boundary value
 * ({@code y_tau} below, {@code y_(1-tau)} above), which enter Lee's (2009, Prop. 3) variance.
 * Sorting costs {@code O(n)} (a radix sort) for large samples.
 */
final class TrimmedMean {

    /**
     * One trimmed mean.
     *
     * @param mean the trimmed mean
     * @param variance the variance of the trimmed distribution (weights as above, denominator the kept mass)
     * @param boundary the quantile at which it is trimmed
     */
    record Part(double mean, double variance, double boundary) {
    }

    final Part lower;
    final Part upper;

    private TrimmedMean(Part lower, Part upper) {
        this.lower = lower;
        this.upper = upper;
    }

    /**
     * @param y values ({@code y[0..n)} are used)
     * @param w positive weights ({@code w[0..n)} are used)
     * @param n the number of values
     * @param tau the share kept, in (0, 1]
     */
    static TrimmedMean of(double[] y, double[] w, int n, double tau) {
        double[] ys = Arrays.copyOf(y, n);
        double[] ws = Arrays.copyOf(w, n);
        sortByValue(ys, ws);
        double total = 0;
        for (int k = 0; k < n; k++) {
            total += ws[k];
        }
        double keep = tau * total;
        Part low = keepFrom(ys, ws, keep, false);
        Part high = keepFrom(ys, ws, keep, true);
        return new TrimmedMean(low, high);
    }

    /** Below this many values a comparison sort; from it on the radix sort. */
    private static final int RADIX_THRESHOLD = 2048;

    /**
     * Sorts the values (none NaN) in {@link Double#compare} order and the weights with them, stably (tied
     * values keep their weights in row order, so the boundary split is the same whatever the sort). Large
     * samples use a least-significant-digit radix sort of the values' order-preserving bit patterns,
     * {@code O(n)}; small ones a merge sort of the two primitive arrays, or the primitive sort when the
     * weights are all equal (then the pairing cannot matter). A boxed index sort was most of the cost of
     * Lee bounds.
     */
    static void sortByValue(double[] ys, double[] ws) {
        boolean equalWeights = true;
        for (int k = 1; k < ws.length && equalWeights; k++) {
            equalWeights = ws[k] == ws[0];
        }
        if (ys.length >= RADIX_THRESHOLD) {
            radixSort(ys, equalWeights ? null : ws);
        } else if (equalWeights) {
            Arrays.sort(ys);
        } else {
            mergeSort(ys, ws);
        }
    }

    /**
     * LSD radix sort in 11-bit digits (six passes, a pass skipped when every value has the same digit) of
     * the keys {@code bits ^ (bits < 0 ? -1 : Long.MIN_VALUE)}, whose unsigned order is {@link Double#compare}'s
     * for non-NaN values (-0.0 before 0.0); stable, so the weights (if any) follow in row order.
     */
    private static void radixSort(double[] ys, double[] ws) {
        int n = ys.length;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long bits = Double.doubleToRawLongBits(ys[i]);
            keys[i] = bits ^ ((bits >> 63) | Long.MIN_VALUE);
        }
        long[] keyBuffer = new long[n];
        double[] wSrc = ws;
        double[] wDst = ws == null ? null : new double[n];
        int[] count = new int[1 << 11];
        for (int shift = 0; shift < 64; shift += 11) {
            Arrays.fill(count, 0);
            for (long k : keys) {
                count[(int) ((k >>> shift) & 0x7FF)]++;
            }
            if (count[(int) ((keys[0] >>> shift) & 0x7FF)] == n) {
                continue;
            }
            int running = 0;
            for (int b = 0; b < count.length; b++) {
                int c = count[b];
                count[b] = running;
                running += c;
            }
            for (int i = 0; i < n; i++) {
                int slot = count[(int) ((keys[i] >>> shift) & 0x7FF)]++;
                keyBuffer[slot] = keys[i];
                if (wSrc != null) {
                    wDst[slot] = wSrc[i];
                }
            }
            long[] t = keys;
            keys = keyBuffer;
            keyBuffer = t;
            if (wSrc != null) {
                double[] u = wSrc;
                wSrc = wDst;
                wDst = u;
            }
        }
        for (int i = 0; i < n; i++) {
            long k = keys[i];
            ys[i] = Double.longBitsToDouble(k < 0 ? k ^ Long.MIN_VALUE : ~k);
        }
        if (wSrc != null && wSrc != ws) {
            System.arraycopy(wSrc, 0, ws, 0, n);
        }
    }

    /** Stable merge sort of the values with their weights, by {@link Double#compare}. */
    private static void mergeSort(double[] ys, double[] ws) {
        int n = ys.length;
        double[] yBuffer = new double[n];
        double[] wBuffer = new double[n];
        final int run = 32;
        for (int from = 0; from < n; from += run) {
            insertionSort(ys, ws, from, Math.min(n, from + run));
        }
        double[] ySrc = ys;
        double[] wSrc = ws;
        double[] yDst = yBuffer;
        double[] wDst = wBuffer;
        for (int width = run; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(n, lo + width);
                int hi = Math.min(n, lo + 2 * width);
                int i = lo;
                int j = mid;
                for (int k = lo; k < hi; k++) {
                    // take from the left run on ties: stable
                    if (i < mid && (j >= hi || Double.compare(ySrc[i], ySrc[j]) <= 0)) {
                        yDst[k] = ySrc[i];
                        wDst[k] = wSrc[i++];
                    } else {
                        yDst[k] = ySrc[j];
                        wDst[k] = wSrc[j++];
                    }
                }
            }
            double[] t = ySrc;
            ySrc = yDst;
            yDst = t;
            t = wSrc;
            wSrc = wDst;
            wDst = t;
        }
        if (ySrc != ys) {
            System.arraycopy(ySrc, 0, ys, 0, n);
            System.arraycopy(wSrc, 0, ws, 0, n);
        }
    }

    private static void insertionSort(double[] ys, double[] ws, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            double y = ys[i];
            double w = ws[i];
            int j = i - 1;
            while (j >= from && Double.compare(ys[j], y) > 0) {
                ys[j + 1] = ys[j];
                ws[j + 1] = ws[j];
                j--;
            }
            ys[j + 1] = y;
            ws[j + 1] = w;
        }
    }

    /** Accumulates mass {@code keep} from the bottom (or the top) of the sorted sample. */
    private static Part keepFrom(double[] ys, double[] ws, double keep, boolean fromTop) {
        int n = ys.length;
        double mass = 0;
        double sum = 0;
        double boundary = fromTop ? ys[n - 1] : ys[0];
        for (int k = 0; k < n && mass < keep; k++) {
            int i = fromTop ? n - 1 - k : k;
            double take = Math.min(ws[i], keep - mass);
            mass += take;
            sum += take * ys[i];
            boundary = ys[i];
        }
        double mean = sum / mass;
        // a second pass around the mean avoids the cancellation of E[y^2] - mean^2
        double ss = 0;
        double m2 = 0;
        for (int k = 0; k < n && m2 < keep; k++) {
            int i = fromTop ? n - 1 - k : k;
            double take = Math.min(ws[i], keep - m2);
            m2 += take;
            ss += take * (ys[i] - mean) * (ys[i] - mean);
        }
        return new Part(mean, ss / mass, boundary);
    }
}
