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

import java.util.Locale;

/** Number formatting shared by the reports of the estimators (6 significant digits, as R prints). */
public final class Formatting {

    private Formatting() {
    }

    /**
     * @param x a number
     * @return six significant digits, trailing zeros dropped; scientific notation outside [1e-4, 1e7)
     */
    public static String number(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.toString(x);
        }
        if (x == 0.0) {
            return "0";
        }
        double a = Math.abs(x);
        if (a >= 1e-4 && a < 1e7) {
            String s = String.format(Locale.ROOT, "%.6g", x);
            if (s.contains(".") && !s.contains("e")) {
                s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
            return s;
        }
        return String.format(Locale.ROOT, "%.5e", x);
    }

    /**
     * @param p a p-value
     * @return as {@link #number(double)}, or {@code "< 2.2e-16"} below R's printing floor
     */
    public static String pValue(double p) {
        if (Double.isNaN(p)) {
            return "NaN";
        }
        if (p < 2.2e-16) {
            return "< 2.2e-16";
        }
        return number(p);
    }
}
