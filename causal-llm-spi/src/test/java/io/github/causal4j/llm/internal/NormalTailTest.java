package io.github.causal4j.llm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalTailTest {

    // scipy 1.17.1, special.erfc (docs/reference-scripts/llm_fisher_z.py); relative tolerance 1e-14.
    @ParameterizedTest
    @CsvSource({
        "-2.0, 1.9953222650189528",
        "-0.3, 1.3286267594591274",
        "0.0, 1.0",
        "1e-8, 0.9999999887162083",
        "0.1, 0.8875370839817152",
        "0.5, 0.4795001221869535",
        "1.0, 0.15729920705028516",
        "2.0, 0.004677734981047266",
        "2.9, 4.109787809945884e-05",
        "3.0, 2.2090496998585445e-05",
        "3.5, 7.430983723414129e-07",
        "5.0, 1.5374597944280347e-12",
        "10.0, 2.0884875837625446e-45",
        "26.0, 5.663192408856145e-296"})
    void erfcMatchesScipy(double x, double expected) {
        assertEquals(expected, NormalTail.erfc(x), 1e-14 * expected);
    }

    @Property
    void reflectionAndMonotonicity(@ForAll @DoubleRange(min = -8, max = 8) double x) {
        // erfc(-x) = 2 - erfc(x) (A&S 7.1.9 with erf odd); decreasing everywhere.
        assertEquals(2.0, NormalTail.erfc(x) + NormalTail.erfc(-x), 1e-14);
        assertTrue(NormalTail.erfc(x) >= NormalTail.erfc(x + 1e-3));
    }

    @Property
    void twoSidedPIsSymmetricAndInUnitInterval(@ForAll @DoubleRange(min = -40, max = 40) double z) {
        double p = NormalTail.twoSidedP(z);
        assertTrue(p >= 0 && p <= 1);
        assertEquals(p, NormalTail.twoSidedP(-z), 0.0);
    }

    @org.junit.jupiter.api.Test
    void knownQuantilesAndEdgeCases() {
        // hand-derived: Phi(1.959963984540054) = 0.975, so the two-sided p is 0.05.
        assertEquals(0.05, NormalTail.twoSidedP(1.959963984540054), 1e-13);
        assertEquals(1.0, NormalTail.twoSidedP(0), 0.0);
        assertEquals(0.0, NormalTail.twoSidedP(Double.POSITIVE_INFINITY), 0.0);
        assertThrows(IllegalArgumentException.class, () -> NormalTail.twoSidedP(Double.NaN));
    }
}
