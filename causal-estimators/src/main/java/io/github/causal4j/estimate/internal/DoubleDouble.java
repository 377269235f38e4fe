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

/**
 * Double-double arithmetic: a value is an unevaluated sum {@code hi + lo} of two doubles with
 * {@code |lo| <= ulp(hi)/2}, about 106 bits of precision. Error-free transformations after Knuth
 * (TwoSum) and Dekker (TwoProduct, here with a fused multiply-add); the operations follow the
 * analysis of Joldes, Muller &amp; Popescu (2017), "Tight and rigorous error bounds for basic building
 * blocks of double-word arithmetic", ACM TOMS 44(2). Values are stored in pairs of a
 * {@code double[]}: entry {@code 2k} is hi, {@code 2k+1} is lo.
 */
public final class DoubleDouble {

    private DoubleDouble() {
    }

    /** {@code out = a + b} for double-doubles (hi, lo). */
    static void add(double ah, double al, double bh, double bl, double[] out, int at) {
        double s = ah + bh;
        double bb = s - ah;
        double e = (ah - (s - bb)) + (bh - bb);
        double t = al + bl;
        double tb = t - al;
        double f = (al - (t - tb)) + (bl - tb);
        e += t;
        double s2 = s + e;
        e = e - (s2 - s);
        e += f;
        double hi = s2 + e;
        out[at] = hi;
        out[at + 1] = e - (hi - s2);
    }

    /** {@code acc += a * b} for a double-double accumulator and doubles a, b. */
    static void addProduct(double[] acc, int at, double a, double b) {
        double p = a * b;
        double pe = Math.fma(a, b, -p);
        add(acc[at], acc[at + 1], p, pe, acc, at);
    }

    /** {@code acc += a * (bh + bl)} for a double-double accumulator, double a and double-double b. */
    static void addProduct(double[] acc, int at, double a, double bh, double bl) {
        double p = a * bh;
        double pe = Math.fma(a, bh, -p) + a * bl;
        add(acc[at], acc[at + 1], p, pe, acc, at);
    }

    /** {@code out = a * b} for double-doubles. */
    static void mul(double ah, double al, double bh, double bl, double[] out, int at) {
        double p = ah * bh;
        double e = Math.fma(ah, bh, -p);
        e += ah * bl + al * bh;
        double hi = p + e;
        out[at] = hi;
        out[at + 1] = e - (hi - p);
    }

    /** {@code out = a / b} for double-doubles (long division: three double quotients). */
    static void div(double ah, double al, double bh, double bl, double[] out, int at) {
        double[] r = new double[2];
        double[] t = new double[2];
        double q1 = ah / bh;
        mul(q1, 0.0, bh, bl, t, 0);
        add(ah, al, -t[0], -t[1], r, 0);
        double q2 = r[0] / bh;
        mul(q2, 0.0, bh, bl, t, 0);
        add(r[0], r[1], -t[0], -t[1], r, 0);
        double q3 = r[0] / bh;
        add(q1, 0.0, q2, 0.0, t, 0);
        add(t[0], t[1], q3, 0.0, out, at);
    }

    /** {@code out = sqrt(a)} for a positive double-double (one Newton step from the double root). */
    static void sqrt(double ah, double al, double[] out, int at) {
        double s = Math.sqrt(ah);
        double[] sq = new double[2];
        mul(s, 0.0, s, 0.0, sq, 0);
        add(ah, al, -sq[0], -sq[1], sq, 0);
        double correction = sq[0] / (2.0 * s);
        add(s, 0.0, correction, 0.0, out, at);
    }
}
