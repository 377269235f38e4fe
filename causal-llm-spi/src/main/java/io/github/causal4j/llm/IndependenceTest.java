package io.github.causal4j.llm;

import java.util.List;
import java.util.Objects;

/**
 * A Fisher-z test of a vanishing partial correlation, {@code x ⊥ y | given} under a linear-Gaussian
 * model: {@code z = atanh(r) sqrt(n - |given| - 3)}, two-sided p-value {@code 2(1 - Φ(|z|))}
 * (Fisher 1924; the conditional-independence test of the PC algorithm, Kalisch &amp; Bühlmann 2007).
 *
 * @param x one variable
 * @param y the other variable
 * @param given the conditioning set
 * @param partialCorrelation the sample partial correlation r of x and y given the set
 * @param statistic the Fisher z statistic
 * @param pValue the two-sided p-value
 * @param n the rows used
 */
public record IndependenceTest(String x, String y, List<String> given, double partialCorrelation, double statistic,
        double pValue, int n) {

    /** Validates and copies. */
    public IndependenceTest {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        given = List.copyOf(given);
        if (!(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException("p-value must be in [0, 1], got " + pValue);
        }
    }

    /**
     * @param alpha the level
     * @return whether the test rejects independence at that level
     */
    public boolean rejects(double alpha) {
        return pValue < alpha;
    }

    /** @return e.g. {@code x _||_ y | z: r = 0.412, p = 1.2e-08 (n = 500)} */
    @Override
    public String toString() {
        return x + " _||_ " + y + (given.isEmpty() ? "" : " | " + String.join(", ", given))
                + String.format(java.util.Locale.ROOT, ": r = %.3f, p = %.3g (n = %d)", partialCorrelation, pValue, n);
    }
}
