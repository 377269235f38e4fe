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

import java.util.Objects;

/**
 * The verdict of the conditional-instrument criterion on one {@code (z, W)}.
 *
 * @param instrument the instrument and conditioning set tested
 * @param valid whether the criterion holds
 * @param reason why it does or does not
 */
public record InstrumentCheck(Instrument instrument, boolean valid, String reason) {

    /** Validates the fields. */
    public InstrumentCheck {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return instrument + (valid ? " is" : " is not") + " a conditional instrument: " + reason;
    }
}
