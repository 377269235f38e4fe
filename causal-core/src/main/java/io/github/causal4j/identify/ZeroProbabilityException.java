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

import io.github.causal4j.CausalException;

/**
 * A plug-in formula divides by the probability of an event that has probability 0 in the data (a
 * positivity violation), so its value is undefined there. The message names the term and the event.
 */
public final class ZeroProbabilityException extends CausalException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message names the term and the conditioning event
     */
    public ZeroProbabilityException(String message) {
        super(message);
    }
}
