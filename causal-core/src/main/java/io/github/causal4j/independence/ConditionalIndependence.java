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

import java.util.List;
import java.util.Objects;

/**
 * A conditional independence statement {@code x ⊥ y | given} between two variables.
 *
 * @param x one variable
 * @param y the other variable
 * @param given the conditioning variables (may be empty), none equal to {@code x} or {@code y}
 */
public record ConditionalIndependence(String x, String y, List<String> given) {

    /** Validates and copies. */
    public ConditionalIndependence {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        given = List.copyOf(given);
        if (x.equals(y)) {
            throw new IllegalArgumentException("a statement needs two different variables, got '" + x + "' twice");
        }
        if (given.contains(x) || given.contains(y)) {
            throw new IllegalArgumentException("the conditioning set " + given + " of " + x + " _||_ " + y
                    + " contains one of the two variables");
        }
    }

    /** @return dagitty's notation, e.g. {@code x _||_ y | a, b} */
    public String toText() {
        return x + " _||_ " + y + (given.isEmpty() ? "" : " | " + String.join(", ", given));
    }

    /** @return LaTeX, e.g. {@code x \perp\!\!\!\perp y \mid a, b} */
    public String toLatex() {
        return x + " \\perp\\!\\!\\!\\perp " + y + (given.isEmpty() ? "" : " \\mid " + String.join(", ", given));
    }

    /** @return {@link #toText()} */
    @Override
    public String toString() {
        return toText();
    }
}
