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
package io.github.causal4j.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpeedTableTest {

    private static final String A = "io.github.causal4j.bench.ABenchmark";
    private static final String B = "io.github.causal4j.bench.BBenchmark";

    private static Measurement m(String type, String method, Map<String, String> params, double score, double error, String unit) {
        return new Measurement(type, method, "avgt", params, score, error, unit);
    }

    private static Optional<SpeedGoal> noGoals(Measurement m) {
        return Optional.empty();
    }

    @Test
    void eachBenchmarkIsPairedWithTheFloorOfItsOwnParameters() {
        List<Measurement> run = List.of(
                m(A, "dSeparation", Map.of("nodes", "1000"), 30, 1, "us/op"),
                m(A, "dSeparation", Map.of("nodes", "100000"), 1240, 50, "us/op"),
                m(A, "floorBfs", Map.of("nodes", "1000"), 20, 1, "us/op"),
                m(A, "floorBfs", Map.of("nodes", "100000"), 2480, 60, "us/op"));
        SpeedTable t = SpeedTable.of(run, SpeedTableTest::noGoals);
        // groups in run order (nodes=1000 first), the floor first in each
        assertEquals(List.of("floorBfs", "dSeparation", "floorBfs", "dSeparation"),
                t.rows().stream().map(r -> r.measurement().method()).toList());
        SpeedTable.Row small = t.rows().get(1);
        assertEquals("1000", small.floors().get(0).params().get("nodes"));
        assertEquals(1.5, small.ratio().getAsDouble(), 1e-15); // 30 / 20
        assertEquals(0.5, t.rows().get(3).ratio().getAsDouble(), 1e-15); // 1240 / 2480
        assertTrue(t.rows().get(0).floors().isEmpty());
        assertFalse(t.rows().get(0).ratio().isPresent());
    }

    @Test
    void theRatioComparesTimesPerOperationWhateverTheUnits() {
        // 2 ms/op against 500 us/op is 4x; throughput 250 ops/s is 4 ms/op, 8x a 0.5 ms floor
        SpeedTable t = SpeedTable.of(List.of(
                m(A, "floorPass", Map.of(), 500, 5, "us/op"),
                m(A, "fit", Map.of(), 2, 0.1, "ms/op"),
                m(A, "fitThroughput", Map.of(), 250, 3, "ops/s")), SpeedTableTest::noGoals);
        assertEquals(4.0, t.rows().get(1).ratio().getAsDouble(), 1e-12);
        assertEquals(8.0, t.rows().get(2).ratio().getAsDouble(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> m(A, "x", Map.of(), 1, 0, "bytes").secondsPerOperation());
        assertThrows(IllegalArgumentException.class, () -> m(A, "x", Map.of(), 1, 0, "fortnights/op").secondsPerOperation());
    }

    @Test
    void benchmarksWithoutAFloorOrWithSeveralShowNoRatio() {
        SpeedTable t = SpeedTable.of(List.of(
                m(A, "alone", Map.of(), 70, 2, "us/op"),
                m(B, "floorOne", Map.of("n", "1"), 1, 0.1, "ms/op"),
                m(B, "floorTwo", Map.of("n", "1"), 2, 0.1, "ms/op"),
                m(B, "work", Map.of("n", "1"), 10, 1, "ms/op"),
                // another class's floor never pairs
                m(A, "other", Map.of("n", "1"), 10, 1, "ms/op")), SpeedTableTest::noGoals);
        String md = t.toMarkdown();
        assertTrue(md.contains("| `ABenchmark.alone` | — | 70.0 ± 2.0 | us/op | — | — | — |\n"), md);
        assertTrue(md.contains("| `BBenchmark.work` | n=1 | 10.0 ± 1.0 | ms/op | ambiguous: `floorOne`, `floorTwo` | — | — |\n"), md);
        assertTrue(md.contains("| `ABenchmark.other` | n=1 | 10.0 ± 1.0 | ms/op | — | — | — |\n"), md);
        assertTrue(md.contains("| `BBenchmark.floorOne` | n=1 | 1.00 ± 0.10 | ms/op | (floor) | — | — |\n"), md);
    }

    @Test
    void goalsAreCheckedWhereTheyApply() {
        SpeedGoal twenty = new SpeedGoal(20, 0, Map.of("nodes", "100000"));
        SpeedGoal oneSecond = new SpeedGoal(0, 1, Map.of());
        SpeedTable t = SpeedTable.of(List.of(
                m(A, "floorBfs", Map.of("nodes", "1000"), 1, 0.1, "us/op"),
                m(A, "query", Map.of("nodes", "1000"), 100, 1, "us/op"),
                m(A, "floorBfs", Map.of("nodes", "100000"), 100, 1, "us/op"),
                m(A, "query", Map.of("nodes", "100000"), 2500, 10, "us/op"),
                m(B, "id", Map.of(), 70, 1, "us/op"),
                m(B, "slow", Map.of(), 1.5, 0.1, "s/op"),
                m(B, "orphan", Map.of(), 1, 0.1, "s/op")),
                x -> switch (x.method()) {
                    case "query" -> Optional.of(twenty);
                    case "id", "slow" -> Optional.of(oneSecond);
                    case "orphan" -> Optional.of(new SpeedGoal(3, 0, Map.of()));
                    default -> Optional.empty();
                });
        String md = t.toMarkdown();
        // 100x at 1000 nodes: the goal is stated for 10^5 nodes only
        assertTrue(md.contains("| `ABenchmark.query` | nodes=1000 | 100 ± 1 | us/op | `floorBfs` 1.00 us/op | 100× | — |"), md);
        assertTrue(md.contains("| `ABenchmark.query` | nodes=100000 | 2500 ± 10 | us/op | `floorBfs` 100 us/op | 25.0× | ≤ 20× ✗ missed |"), md);
        assertTrue(md.contains("| `BBenchmark.id` | — | 70.0 ± 1.0 | us/op | — | — | ≤ 1 s ✓ |"), md);
        assertTrue(md.contains("| `BBenchmark.slow` | — | 1.50 ± 0.10 | s/op | — | — | ≤ 1 s ✗ missed |"), md);
        assertTrue(md.contains("| `BBenchmark.orphan` | — | 1.00 ± 0.10 | s/op | — | — | ≤ 3× (no floor) |"), md);
    }

    @Test
    void numbersAreRoundedToThreeSignificantDigits() {
        assertEquals("1.24 ± 0.05", SpeedTable.scoreWithError(m(A, "x", Map.of(), 1.2371, 0.0512, "ms/op")));
        assertEquals("590 ± 12", SpeedTable.scoreWithError(m(A, "x", Map.of(), 590.4, 12.3, "ms/op")));
        assertEquals("12300 ± 457", SpeedTable.scoreWithError(m(A, "x", Map.of(), 12345.6, 456.7, "ms/op")));
        // single-shot runs with one iteration have no error estimate
        assertEquals("0.0700", SpeedTable.scoreWithError(m(A, "x", Map.of(), 0.07, Double.NaN, "ms/op")));
        assertEquals("0.56×", SpeedTable.ratio(0.5561));
        assertEquals("1.03×", SpeedTable.ratio(1.0321));
        assertEquals("123×", SpeedTable.ratio(123.4));
        assertThrows(IllegalArgumentException.class, () -> SpeedTable.significant(Double.NaN));
    }

    @Test
    void theTableHasOneHeaderAndOneLinePerResult() {
        SpeedTable t = SpeedTable.of(List.of(m(A, "floorX", Map.of(), 1, 0, "ns/op"), m(A, "y", Map.of(), 2, 0, "ns/op")),
                SpeedTableTest::noGoals);
        String[] lines = t.toMarkdown().split("\n");
        assertEquals(4, lines.length);
        assertEquals("| benchmark | params | score ± error | unit | floor | ratio | goal |", lines[0]);
        assertEquals(8, lines[1].chars().filter(c -> c == '|').count());
    }
}
