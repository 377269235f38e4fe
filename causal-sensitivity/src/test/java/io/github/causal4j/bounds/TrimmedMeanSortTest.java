package io.github.causal4j.bounds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The primitive sort behind Lee's trimmed means puts values and weights in exactly the order of a stable
 * boxed index sort by {@link Double#compare} (the definition it replaces), ties and signed zeros included.
 */
class TrimmedMeanSortTest {

    @Property(tries = 200)
    void sameOrderAsAStableBoxedSort(@ForAll @IntRange(min = 0, max = 300) int n, @ForAll long seed,
            @ForAll boolean equalWeights) {
        Random rnd = new Random(seed);
        double[] y = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            // few distinct values, so that ties are common; signed zeros too
            y[i] = switch (rnd.nextInt(4)) {
                case 0 -> rnd.nextInt(5);
                case 1 -> rnd.nextBoolean() ? 0.0 : -0.0;
                default -> rnd.nextGaussian();
            };
            w[i] = equalWeights ? 2.5 : 1 + rnd.nextInt(4);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(y[a], y[b]));
        double[] expectedY = new double[n];
        double[] expectedW = new double[n];
        for (int k = 0; k < n; k++) {
            expectedY[k] = y[order[k]];
            expectedW[k] = w[order[k]];
        }
        double[] ys = y.clone();
        double[] ws = w.clone();
        TrimmedMean.sortByValue(ys, ws);
        // bit patterns, so that -0.0 and 0.0 count as different
        assertArrayEquals(Arrays.stream(expectedY).mapToLong(Double::doubleToRawLongBits).toArray(),
                Arrays.stream(ys).mapToLong(Double::doubleToRawLongBits).toArray());
        assertArrayEquals(expectedW, ws);
    }
}
