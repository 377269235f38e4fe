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
package io.github.causal4j.estimate.iv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every shape of the set {b : p2 b^2 + p1 b + p0 <= 0}, hand-derived. */
class AndersonRubinSetTest {

    @Test
    void shapes() {
        // (b - 1)(b - 3) <= 0: [1, 3]
        AndersonRubinSet.Interval i = assertInstanceOf(AndersonRubinSet.Interval.class, AndersonRubin.solve(1, -4, 3));
        assertEquals(1.0, i.lower(), 1e-15);
        assertEquals(3.0, i.upper(), 1e-15);
        assertTrue(i.isBounded());
        // -(b - 1)(b - 3) <= 0: (-inf, 1] U [3, inf)
        AndersonRubinSet.TwoRays r = assertInstanceOf(AndersonRubinSet.TwoRays.class, AndersonRubin.solve(-1, 4, -3));
        assertEquals(1.0, r.upperOfLeft(), 1e-15);
        assertEquals(3.0, r.lowerOfRight(), 1e-15);
        assertFalse(r.contains(2.0));
        assertEquals("(-inf, 1] U [3, inf)", r.toString());
        // -(b^2 + 1) <= 0 everywhere; b^2 + 1 <= 0 nowhere
        assertInstanceOf(AndersonRubinSet.WholeLine.class, AndersonRubin.solve(-1, 0, -1));
        AndersonRubinSet empty = AndersonRubin.solve(1, 0, 1);
        assertInstanceOf(AndersonRubinSet.Empty.class, empty);
        assertFalse(empty.contains(0.0));
        // 2b - 4 <= 0: (-inf, 2]; -2b + 4 <= 0: [2, inf)
        AndersonRubinSet.Ray down = assertInstanceOf(AndersonRubinSet.Ray.class, AndersonRubin.solve(0, 2, -4));
        assertEquals(2.0, down.bound());
        assertFalse(down.upward());
        assertTrue(assertInstanceOf(AndersonRubinSet.Ray.class, AndersonRubin.solve(0, -2, 4)).upward());
        // a large root and a tiny one: the stable formula keeps both (naive: 1e-8 loses all digits)
        AndersonRubinSet.Interval wide = assertInstanceOf(AndersonRubinSet.Interval.class,
                AndersonRubin.solve(1, -(1e8 + 1e-8), 1));
        assertEquals(1e-8, wide.lower(), 1e-22);
        assertEquals(1e8, wide.upper(), 1e-6);
        assertEquals("whole_line", new AndersonRubinSet.WholeLine().kind());
        assertThrows(IllegalArgumentException.class, () -> new AndersonRubinSet.Interval(2, 1));
    }
}
