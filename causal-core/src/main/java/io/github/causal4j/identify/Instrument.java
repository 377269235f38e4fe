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
package io.github.causal4j.identify;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A conditional instrument {@code z} for the effect of a treatment on an outcome, valid given the
 * conditioning set {@code W} (in linear models, {@code β = σ(z, y | W) / σ(z, x | W)}, or 2SLS with
 * {@code W} as covariates).
 *
 * @param instrument the instrument {@code z}
 * @param conditioning {@code W}, in node order (empty for an unconditional instrument)
 */
public record Instrument(String instrument, Set<String> conditioning) {

    /** Copies the set. */
    public Instrument {
        Objects.requireNonNull(instrument, "instrument");
        conditioning = Collections.unmodifiableSet(new LinkedHashSet<>(conditioning));
    }

    /** @return dagitty's notation, e.g. {@code z | w} or {@code z} */
    @Override
    public String toString() {
        return conditioning.isEmpty() ? instrument : instrument + " | " + String.join(", ", conditioning);
    }
}
