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
package io.github.causal4j.independence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.data.CsvOptions;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.data.MissingValues;
import io.github.causal4j.graph.CausalGraph;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The batched Fisher-z tests equal the one-at-a-time tests ({@link FisherZTest#test}) statement by
 * statement: the same statistic, p-value and degrees of freedom to the last digit (checked with a
 * tolerance of 0, stricter than the 1e-12 required), and the same exception, class and message, for
 * every statement the one-at-a-time test refuses.
 */
class PartialCorrelationsTest {

    /** What one test gives: a result, or the exception's class and message. */
    private static Object outcome(java.util.function.Supplier<IndependenceTestResult> test) {
        try {
            return test.get();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static void assertSameOutcome(Object expected, Object actual, String what) {
        if (expected instanceof IndependenceTestResult e && actual instanceof IndependenceTestResult a) {
            assertEquals(e.statistic(), a.statistic(), 0.0, what);
            assertEquals(e.pValue(), a.pValue(), 0.0, what);
            assertEquals(e.degreesOfFreedom(), a.degreesOfFreedom(), 0.0, what);
            assertEquals(e.sampleSize(), a.sampleSize(), 0.0, what);
            assertEquals(e, a, what);
        } else {
            assertEquals(expected, actual, what);
        }
    }

    /**
     * Random data with awkward columns (a constant one, an exact linear combination, a categorical one, one
     * with a missing value, one that does not exist) and random statements over them.
     */
    @Property(tries = 200)
    void batchEqualsOneAtATime(@ForAll @IntRange(min = 3, max = 80) int n, @ForAll long seed) {
        Random rnd = new Random(seed);
        StringBuilder csv = new StringBuilder("a,b,c,d,e,constant,combo,cat,gap\n");
        for (int r = 0; r < n; r++) {
            double a = rnd.nextGaussian();
            double b = 0.5 * a + rnd.nextGaussian();
            double c = rnd.nextInt(3) - b;
            double d = 1e6 + rnd.nextGaussian() * 1e-3;
            double e = rnd.nextGaussian();
            csv.append(a).append(',').append(b).append(',').append(c).append(',').append(d).append(',').append(e)
                    .append(",7,").append(a + b).append(',').append(rnd.nextBoolean() ? "u" : "v").append(',')
                    .append(r == n / 2 ? "NA" : Double.toString(rnd.nextGaussian())).append('\n');
        }
        Dataset data = Dataset.readCsv(new StringReader(csv.toString()), CsvOptions.defaults().withMissing(MissingValues.KEEP));
        List<String> names = List.of("a", "b", "c", "d", "e", "constant", "combo", "cat", "gap", "nope");
        List<ConditionalIndependence> statements = new ArrayList<>();
        for (int s = 0; s < 25; s++) {
            List<String> shuffled = new ArrayList<>(names.subList(0, rnd.nextInt(10) == 0 ? 10 : 5));
            Collections.shuffle(shuffled, rnd);
            int given = rnd.nextInt(Math.min(4, shuffled.size() - 1));
            statements.add(new ConditionalIndependence(shuffled.get(0), shuffled.get(1), shuffled.subList(2, 2 + given)));
        }
        PartialCorrelations batch = PartialCorrelations.of(data, statements);
        for (ConditionalIndependence st : statements) {
            assertSameOutcome(outcome(() -> FisherZTest.create().test(data, st)), outcome(() -> batch.test(st)),
                    st.toText());
        }
        // a statement registered after the pass gets its pairs then, with the same arithmetic
        ConditionalIndependence late = new ConditionalIndependence("e", "a", List.of("d", "b"));
        assertSameOutcome(outcome(() -> FisherZTest.create().test(data, late)), outcome(() -> batch.test(late)), "late");
    }

    @Test
    void localTestsUseTheBatchWithTheSameResults() {
        Dataset d = Dataset.readCsv(Path.of(System.getProperty("causal4j.datasets"), "proximal_linear.csv"));
        CausalGraph g = CausalGraph.parse("dag { U -> X1; U -> Z; X1 -> Z; X2 -> Z; U -> W; X1 -> W; X2 -> W; U -> A; "
                + "Z -> A; X1 -> A; X2 -> A; A -> Y; U -> Y; X1 -> Y; X2 -> Y; W -> Y }");
        List<ConditionalIndependence> statements = ImpliedIndependencies.of(g);
        assertTrue(statements.size() >= 3, statements.toString());
        LocalTestReport report = LocalTests.run(statements, d, FisherZTest.create(), MultipleTesting.Correction.HOLM, 0.05);
        for (int i = 0; i < statements.size(); i++) {
            assertSameOutcome(FisherZTest.create().test(d, statements.get(i)), report.lines().get(i).result(),
                    statements.get(i).toText());
        }
        List<IndependenceTestResult> all = FisherZTest.create().testAll(d, statements);
        assertEquals(statements.size(), all.size());
    }
}
