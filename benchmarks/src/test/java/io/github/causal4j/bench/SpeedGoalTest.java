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

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class SpeedGoalTest {

    @Test
    void aGoalBoundsEitherTheRatioOrTheTime() {
        assertThrows(IllegalArgumentException.class, () -> new SpeedGoal(0, 0, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new SpeedGoal(2, 1, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new SpeedGoal(-2, 0, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new SpeedGoal(Double.POSITIVE_INFINITY, 0, Map.of()));
        assertEquals("≤ 2.5×", new SpeedGoal(2.5, 0, Map.of()).describe());
        assertEquals("≤ 1 s", new SpeedGoal(0, 1, Map.of()).describe());
        assertEquals("≤ 20 ms", new SpeedGoal(0, 0.02, Map.of()).describe());
        assertEquals("≤ 50 µs", new SpeedGoal(0, 5e-5, Map.of()).describe());
    }

    @Test
    void theBoundIsInclusiveAndNeedsARatioForARatioGoal() {
        SpeedGoal ratio = new SpeedGoal(3, 0, Map.of());
        assertEquals(Optional.of(true), ratio.met(OptionalDouble.of(3.0), 99));
        assertEquals(Optional.of(false), ratio.met(OptionalDouble.of(3.0001), 0));
        assertEquals(Optional.empty(), ratio.met(OptionalDouble.empty(), 0));
        SpeedGoal time = new SpeedGoal(0, 1, Map.of());
        assertEquals(Optional.of(true), time.met(OptionalDouble.empty(), 1.0));
        assertEquals(Optional.of(false), time.met(OptionalDouble.of(0.1), 1.01));
    }

    @Test
    void whereRestrictsTheParameters() {
        SpeedGoal g = new SpeedGoal(20, 0, Map.of("nodes", "100000"));
        assertTrue(g.appliesTo(Map.of("nodes", "100000", "degree", "3")));
        assertFalse(g.appliesTo(Map.of("nodes", "1000")));
        assertFalse(g.appliesTo(Map.of()));
        assertTrue(new SpeedGoal(20, 0, Map.of()).appliesTo(Map.of("anything", "x")));
    }

    @Goal(ratio = 20, where = {"nodes=100000", " layout = local "})
    void annotated() {
    }

    @Goal(ratio = 20, where = "nodes")
    void malformed() {
    }

    @Test
    void theAnnotationReadsAsAValue() throws Exception {
        SpeedGoal g = SpeedGoal.of(SpeedGoalTest.class.getDeclaredMethod("annotated").getAnnotation(Goal.class));
        assertEquals(new SpeedGoal(20, 0, Map.of("nodes", "100000", "layout", "local")), g);
        Goal bad = SpeedGoalTest.class.getDeclaredMethod("malformed").getAnnotation(Goal.class);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SpeedGoal.of(bad));
        assertTrue(e.getMessage().contains("'nodes'"), e.getMessage());
    }
}
