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

import java.util.ArrayList;
import java.util.List;

/**
 * "Nice" round numbers for axis ticks and contour levels (steps of 1, 2, 2.5 or 5 times a power of
 * ten covering a range, in the spirit of R's {@code pretty}).
 */
public final class NiceScale {

    private NiceScale() {
    }

    /**
     * @param min smallest value to cover
     * @param max largest value to cover
     * @param approxCount about how many values are wanted
     * @return the nice step
     */
    public static double step(double min, double max, int approxCount) {
        double range = max - min;
        if (!(range > 0.0) || !Double.isFinite(range)) {
            return 1.0;
        }
        double raw = range / Math.max(1, approxCount);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double[] multiples = {1, 2, 2.5, 5, 10};
        for (double m : multiples) {
            if (m * magnitude >= raw) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /**
     * The multiples of a nice step inside [min, max].
     *
     * @param min lower end
     * @param max upper end
     * @param approxCount about how many values are wanted
     * @return the values, ascending
     */
    public static List<Double> values(double min, double max, int approxCount) {
        double step = step(min, max, approxCount);
        List<Double> out = new ArrayList<>();
        long first = (long) Math.ceil(min / step - 1e-9);
        long last = (long) Math.floor(max / step + 1e-9);
        for (long k = first; k <= last; k++) {
            double v = k * step;
            out.add(Math.abs(v) < step * 1e-9 ? 0.0 : v);
        }
        return out;
    }

    /**
     * @param v a value on a nice scale
     * @param step the scale's step
     * @return the value printed with as many decimals as the step needs
     */
    public static String format(double v, double step) {
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        if (Math.abs(step * Math.pow(10, decimals) - Math.rint(step * Math.pow(10, decimals))) > 1e-9) {
            decimals++;
        }
        return String.format(java.util.Locale.ROOT, "%." + decimals + "f", v);
    }
}
