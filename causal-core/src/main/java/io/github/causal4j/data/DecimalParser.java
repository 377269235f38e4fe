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

/**
 * Strict, fast parsing of decimal numbers in CSV fields.
 *
 * <p>Accepts {@code [+-]? digits [. digits] [(e|E) [+-]? digits]} (at least one mantissa digit,
 * optional surrounding blanks) and nothing else: unlike {@link Double#parseDouble} it rejects
 * {@code "1d"}, {@code "0x1p3"} and {@code "Infinity"}, which would otherwise be silent coercions.
 * Numbers with at most 15 significant digits and a decimal exponent within ±22 take Clinger's
 * (1990) exact fast path: both the integer mantissa and the power of ten are exact doubles, so one
 * IEEE multiplication or division is correctly rounded. Mantissas of up to 18 digits (such as the
 * 17 digits that shortest round-trip printing produces) take the {@link EiselLemire} path.
 * Everything else, and the rare cases that path cannot decide, go to {@link Double#parseDouble}.
 * All paths are correctly rounded, so results are identical to the JDK's.
 */
final class DecimalParser {

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
    };
    /** Clinger's fast path: mantissas below 10^15 are exact doubles. */
    private static final int CLINGER_DIGITS = 15;
    /** Mantissas of up to 18 digits fit a long and go to the Eisel-Lemire path. */
    private static final int MAX_FAST_DIGITS = 18;

    private DecimalParser() {
    }

    /**
     * @param s a field
     * @return the value, or {@code NaN} when the field is not a decimal number (a finite number
     *     never parses to {@code NaN}; too large a number parses to an infinity)
     */
    static double parse(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isBlank(s.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(s.charAt(end - 1))) {
            end--;
        }
        int i = start;
        boolean negative = false;
        if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        long mantissa = 0;
        int significant = 0;
        int digits = 0;
        int exponent = 0;
        boolean overflow = false;
        while (i < end && isDigit(s.charAt(i))) {
            int d = s.charAt(i) - '0';
            if (significant > 0 || d != 0) {
                if (significant < MAX_FAST_DIGITS) {
                    mantissa = mantissa * 10 + d;
                } else {
                    overflow = true;
                }
                significant++;
            }
            digits++;
            i++;
        }
        if (i < end && s.charAt(i) == '.') {
            i++;
            while (i < end && isDigit(s.charAt(i))) {
                int d = s.charAt(i) - '0';
                if (significant > 0 || d != 0) {
                    if (significant < MAX_FAST_DIGITS) {
                        mantissa = mantissa * 10 + d;
                    } else {
                        overflow = true;
                    }
                    significant++;
                }
                exponent--;
                digits++;
                i++;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        if (i < end && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                negativeExponent = s.charAt(i) == '-';
                i++;
            }
            int expDigits = 0;
            int explicit = 0;
            while (i < end && isDigit(s.charAt(i))) {
                if (explicit < 100_000) {
                    explicit = explicit * 10 + (s.charAt(i) - '0');
                }
                expDigits++;
                i++;
            }
            if (expDigits == 0) {
                return Double.NaN;
            }
            exponent += negativeExponent ? -explicit : explicit;
        }
        if (i != end) {
            return Double.NaN;
        }
        if (!overflow) {
            double value;
            if (mantissa == 0) {
                value = 0.0;
            } else if (significant <= CLINGER_DIGITS && exponent >= 0 && exponent <= 22) {
                value = mantissa * POWERS_OF_TEN[exponent];
            } else if (significant <= CLINGER_DIGITS && exponent < 0 && exponent >= -22) {
                value = mantissa / POWERS_OF_TEN[-exponent];
            } else {
                value = EiselLemire.toDouble(mantissa, exponent);
                if (Double.isNaN(value)) {
                    return Double.parseDouble(trimmed(s, start, end));
                }
            }
            return negative ? -value : value;
        }
        return Double.parseDouble(trimmed(s, start, end));
    }

    private static String trimmed(String s, int start, int end) {
        return start == 0 && end == s.length() ? s : s.substring(start, end);
    }

    /** @return whether the field spells a non-finite value ("NaN", "Inf", "-Infinity", ...) */
    static boolean isNonFiniteWord(String s) {
        String t = s.strip();
        if (t.startsWith("+") || t.startsWith("-")) {
            t = t.substring(1);
        }
        return t.equalsIgnoreCase("nan") || t.equalsIgnoreCase("inf") || t.equalsIgnoreCase("infinity");
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
