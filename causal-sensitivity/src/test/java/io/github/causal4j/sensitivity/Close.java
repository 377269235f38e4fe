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

import static org.junit.jupiter.api.Assertions.fail;

/** Relative-tolerance assertions (absolute near zero). */
final class Close {

    private Close() {
    }

    static void rel(double expected, double actual, double tol, String what) {
        double scale = Math.max(Math.abs(expected), 1e-300);
        if (!(Math.abs(actual - expected) <= tol * scale)) {
            fail(what + ": expected " + expected + " but got " + actual + " (relative error "
                    + Math.abs(actual - expected) / scale + " > " + tol + ")");
        }
    }

    /**
     * A published number matches to every printed digit: |actual - printed| <= half a unit in the
     * printed last place.
     */
    static void printed(String printed, double actual, String what) {
        java.math.BigDecimal p = new java.math.BigDecimal(printed);
        double halfUlp = 0.5 * Math.pow(10, -p.scale());
        if (!(Math.abs(actual - p.doubleValue()) <= halfUlp * (1 + 1e-12))) {
            fail(what + ": " + actual + " does not round to the published " + printed);
        }
    }

    static void rel(double[] expected, double[] actual, double tol, String what) {
        if (expected.length != actual.length) {
            fail(what + ": lengths " + expected.length + " vs " + actual.length);
        }
        for (int i = 0; i < expected.length; i++) {
            rel(expected[i], actual[i], tol, what + "[" + i + "]");
        }
    }
}
