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

/** Writes doubles so that they read back to the identical value, integers without a fraction. */
final class DecimalFormatting {

    private static final double LARGEST_PLAIN_INTEGER = 1e15;

    private DecimalFormatting() {
    }

    static String format(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < LARGEST_PLAIN_INTEGER) {
            // -0.0 is written "-0" so that it reads back to -0.0 bit for bit.
            long asLong = (long) v;
            return asLong == 0 && Double.doubleToRawLongBits(v) != 0 ? "-0" : Long.toString(asLong);
        }
        return Double.toString(v);
    }
}
