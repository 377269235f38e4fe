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
package io.github.causal4j.bounds;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The columns a {@link BoundsMethod} reads: the treatment and the outcome, and where the method
 * needs them an instrument (Balke–Pearl, MIV), a selection indicator (Lee) and a weight column of
 * counts (for data given as a count table, one row per cell).
 *
 * <pre>{@code
 * BoundsVariables.of("x", "y").withInstrument("z").withWeight("count")
 * }</pre>
 *
 * @param treatment the treatment column
 * @param outcome the outcome column
 * @param instrument the instrument column, if any
 * @param selection the column that is 1 when the outcome is observed, if any
 * @param weight a column of non-negative frequency weights (counts), if any
 */
public record BoundsVariables(String treatment, String outcome, Optional<String> instrument,
        Optional<String> selection, Optional<String> weight) {

    /** Validates that the names are present and distinct. */
    public BoundsVariables {
        Objects.requireNonNull(treatment, "treatment");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(weight, "weight");
        List<String> all = new ArrayList<>(List.of(treatment, outcome));
        instrument.ifPresent(all::add);
        selection.ifPresent(all::add);
        weight.ifPresent(all::add);
        if (all.stream().distinct().count() != all.size()) {
            throw new IllegalArgumentException("treatment, outcome, instrument, selection and weight must be "
                    + "different columns, got " + all);
        }
    }

    /**
     * @param treatment the treatment column
     * @param outcome the outcome column
     * @return the variables with no instrument, selection or weight
     */
    public static BoundsVariables of(String treatment, String outcome) {
        return new BoundsVariables(treatment, outcome, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * @param column the instrument column
     * @return these variables with that instrument
     */
    public BoundsVariables withInstrument(String column) {
        return new BoundsVariables(treatment, outcome, Optional.of(column), selection, weight);
    }

    /**
     * @param column the selection indicator column (1 = outcome observed)
     * @return these variables with that selection indicator
     */
    public BoundsVariables withSelection(String column) {
        return new BoundsVariables(treatment, outcome, instrument, Optional.of(column), weight);
    }

    /**
     * @param column a column of non-negative counts
     * @return these variables with that weight column
     */
    public BoundsVariables withWeight(String column) {
        return new BoundsVariables(treatment, outcome, instrument, selection, Optional.of(column));
    }

    String requireInstrument(String method) {
        return instrument.orElseThrow(() -> new IllegalArgumentException(method + " bounds need an instrument: "
                + "use BoundsVariables.withInstrument(column)"));
    }

    String requireSelection(String method) {
        return selection.orElseThrow(() -> new IllegalArgumentException(method + " bounds need a selection "
                + "indicator: use BoundsVariables.withSelection(column)"));
    }
}
