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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalParserTest {

    /** The fast path must give exactly what the JDK's correctly rounded parser gives. */
    @Property(tries = 3000)
    void agreesWithJdkOnShortestRepresentations(@ForAll double value) {
        if (!Double.isFinite(value)) {
            return;
        }
        String text = Double.toString(value);
        assertEquals(Double.doubleToLongBits(Double.parseDouble(text)),
                Double.doubleToLongBits(DecimalParser.parse(text)), text);
    }

    @Property(tries = 3000)
    void agreesWithJdkOnDecimalStrings(@ForAll @IntRange(min = -999_999_999, max = 999_999_999) int mantissa,
            @ForAll @IntRange(min = -30, max = 30) int exponent, @ForAll boolean plain) {
        String text = plain ? new java.math.BigDecimal(java.math.BigInteger.valueOf(mantissa), -exponent).toPlainString()
                : mantissa + "e" + exponent;
        assertEquals(Double.doubleToLongBits(Double.parseDouble(text)),
                Double.doubleToLongBits(DecimalParser.parse(text)), text);
    }

    @Property(tries = 1000)
    void agreesWithJdkOnFixedDecimals(@ForAll @DoubleRange(min = -1e6, max = 1e6) double value,
            @ForAll @IntRange(min = 0, max = 17) int digits) {
        String text = String.format(java.util.Locale.ROOT, "%." + digits + "f", value);
        assertEquals(Double.doubleToLongBits(Double.parseDouble(text)),
                Double.doubleToLongBits(DecimalParser.parse(text)), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "1", "+1", "1.", ".5", "-.5", "1e5", "1E-5", "1.5e+3", " 42 ", "\t7",
        "0.7068307207217581", "123456789012345678901234567890", "4.9e-324", "1.7976931348623157e308",
        "00012.5000"})
    void acceptsDecimalNumbers(String text) {
        assertEquals(Double.parseDouble(text.strip()), DecimalParser.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "1d", "1f", "0x1p3", "1e", "1e+", "--1", "1.2.3", "1,5", ".", "-", "e5",
        "NaN", "Infinity", "1 2", "١٢"})
    void rejectsEverythingElse(String text) {
        assertTrue(Double.isNaN(DecimalParser.parse(text)), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "nan", "Inf", "-inf", "+Infinity", " infinity "})
    void recognisesNonFiniteWords(String text) {
        assertTrue(DecimalParser.isNonFiniteWord(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"information", "in", "1", "nana"})
    void otherWordsAreNotNonFinite(String text) {
        assertFalse(DecimalParser.isNonFiniteWord(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e400", "-1e400"})
    void overflowParsesToInfinity(String text) {
        assertTrue(Double.isInfinite(DecimalParser.parse(text)));
    }
}
