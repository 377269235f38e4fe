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
package io.github.causal4j.sensitivity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting shared by the reports: R-style rounding, degrees of freedom without ".0". */
final class Numbers {

    private Numbers() {
    }

    /** @return dof as an integer string when whole, else as a decimal */
    static String dof(double dof) {
        return dof == Math.rint(dof) && Math.abs(dof) < 1e15 ? Long.toString((long) dof) : Double.toString(dof);
    }

    /**
     * R's {@code round(x, digits)} printed without trailing zeros (as R's {@code paste} does):
     * 0.0973158 with 4 digits gives "0.0973", 0.1 gives "0.1".
     */
    static String round(double x, int digits) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? "NaN" : (x > 0 ? "Inf" : "-Inf");
        }
        BigDecimal d = new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** @return 100 x rounded, e.g. 0.0219 with 3 digits gives "2.2" (R: 100 * round(x, 3)) */
    static String percentOfRounded(double x, int digits) {
        BigDecimal d = new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).movePointRight(2).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** @return x with a fixed number of decimals, for aligned tables */
    static String fixed(double x, int decimals) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? "NaN" : (x > 0 ? "Inf" : "-Inf");
        }
        return new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }
}
