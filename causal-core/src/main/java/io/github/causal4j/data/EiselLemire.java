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
package io.github.causal4j.data;

import java.math.BigInteger;

/**
 * Correctly rounded conversion of {@code w * 10^q} to a double for decimal mantissas of up to 18
 * digits, after Eisel and Lemire (Lemire 2021, "Number parsing at a gigabyte per second",
 * Software: Practice and Experience 51(8)).
 *
 * <p>{@code 5^q} is approximated by a 128-bit integer {@code T} with {@code 5^q = T * 2^-s} up to
 * less than one unit of {@code T}; the 192-bit product {@code P = w' * T} (with {@code w'} the
 * mantissa shifted so its top bit is set) then differs from the exact scaled value by less than
 * {@code 2^64}, i.e. less than one unit of P's middle word. The top 53 bits of P are the double's
 * significand and the next bit decides rounding; when the bits below the significand lie within
 * a few middle-word units of the halfway point (where the approximation could flip the rounding or
 * an exact tie needs round-half-even), or the result is subnormal or overflows, this class gives
 * up and returns {@code NaN} so the caller can use the JDK's exact parser. Everything it does
 * return is therefore correctly rounded, a claim the tests check against
 * {@link Double#parseDouble} on millions of strings.
 */
final class EiselLemire {

    static final int MIN_EXPONENT = -342;
    static final int MAX_EXPONENT = 308;
    /** Below-significand bits closer to halfway than this many middle-word units are ambiguous. */
    private static final long MARGIN = 4;

    private static final long[] HIGH = new long[MAX_EXPONENT - MIN_EXPONENT + 1];
    private static final long[] LOW = new long[MAX_EXPONENT - MIN_EXPONENT + 1];
    private static final int[] SHIFT = new int[MAX_EXPONENT - MIN_EXPONENT + 1];

    static {
        BigInteger five = BigInteger.valueOf(5);
        BigInteger mask = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        for (int q = MIN_EXPONENT; q <= MAX_EXPONENT; q++) {
            BigInteger t;
            int s;
            if (q >= 0) {
                BigInteger p = five.pow(q);
                s = 128 - p.bitLength();
                t = s >= 0 ? p.shiftLeft(s) : p.shiftRight(-s);
            } else {
                BigInteger p = five.pow(-q);
                s = 127 + p.bitLength();
                t = BigInteger.ONE.shiftLeft(s).divide(p);
            }
            int i = q - MIN_EXPONENT;
            HIGH[i] = t.shiftRight(64).longValue();
            LOW[i] = t.and(mask).longValue();
            SHIFT[i] = s;
        }
    }

    private EiselLemire() {
    }

    /**
     * @param w decimal mantissa, {@code 0 < w < 10^18}
     * @param q decimal exponent
     * @return {@code w * 10^q} correctly rounded, or {@code NaN} when this method cannot decide
     */
    static double toDouble(long w, int q) {
        if (q < MIN_EXPONENT || q > MAX_EXPONENT || w <= 0) {
            return Double.NaN;
        }
        int i = q - MIN_EXPONENT;
        int leadingZeros = Long.numberOfLeadingZeros(w);
        long wn = w << leadingZeros;
        // P = wn * (HIGH * 2^64 + LOW) as three 64-bit words p2:p1:p0.
        long highHi = unsignedMultiplyHigh(wn, HIGH[i]);
        long highLo = wn * HIGH[i];
        long lowHi = unsignedMultiplyHigh(wn, LOW[i]);
        long p1 = highLo + lowHi;
        long p2 = highHi + (Long.compareUnsigned(p1, highLo) < 0 ? 1 : 0);
        // p2 >= 2^62 because wn >= 2^63 and T >= 2^127.
        int top = p2 < 0 ? 63 : 62;
        int dropped = top - 53;
        long withRoundBit = p2 >>> dropped;
        long below = p2 & ((1L << dropped) - 1);
        long roundBit = withRoundBit & 1;
        long significand = withRoundBit >>> 1;
        if (roundBit == 1 && below == 0 && Long.compareUnsigned(p1, MARGIN) < 0) {
            return Double.NaN;
        }
        if (roundBit == 0 && below == (1L << dropped) - 1 && Long.compareUnsigned(p1, -MARGIN) > 0) {
            return Double.NaN;
        }
        // The product's top bit sits at position 128 + top; the value is P * 2^(q - s - lz).
        int binaryExponent = 128 + top - 52 + q - SHIFT[i] - leadingZeros;
        if (roundBit == 1) {
            significand++;
            if (significand == 1L << 53) {
                significand >>>= 1;
                binaryExponent++;
            }
        }
        int biased = binaryExponent + 52 + 1023;
        if (biased <= 0 || biased >= 2047) {
            return Double.NaN;
        }
        return Double.longBitsToDouble(((long) biased << 52) | (significand & ((1L << 52) - 1)));
    }

    /** The high 64 bits of the unsigned 128-bit product (Math.unsignedMultiplyHigh arrives in Java 18). */
    private static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }
}
