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
package io.github.causal4j.llm;

import java.util.Objects;

/**
 * One cause–effect pair with a known direction, e.g. a pair of the Tübingen benchmark (Mooij et
 * al. 2016, JMLR 17(32)).
 *
 * @param id the pair's id, e.g. {@code pair0001}
 * @param x the first variable
 * @param y the second variable
 * @param xCausesY whether x causes y (else y causes x)
 * @param weight the benchmark's weight, at least 0
 * @param scalar whether both sides are one-dimensional
 */
public record CauseEffectPair(String id, Variable x, Variable y, boolean xCausesY, double weight, boolean scalar) {

    /** Validates the pair. */
    public CauseEffectPair {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (x.name().equals(y.name())) {
            throw new IllegalArgumentException("pair " + id + " names both variables '" + x.name() + "'");
        }
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("pair " + id + " has weight " + weight + "; weights are finite and non-negative");
        }
    }

    /** @return the causing variable */
    public Variable cause() {
        return xCausesY ? x : y;
    }

    /** @return the affected variable */
    public Variable effect() {
        return xCausesY ? y : x;
    }
}
