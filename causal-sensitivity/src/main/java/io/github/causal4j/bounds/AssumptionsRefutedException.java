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

import io.github.causal4j.CausalException;

/**
 * The data contradict the assumptions of a bounds method, so the identified set is empty and no
 * bounds are reported: a table that violates Pearl's instrumental inequality, an observed
 * distribution that no model of the stated graph can produce, or sample means that cross under
 * MTR+MTS or MIV. The message names the violated inequality and the numbers involved.
 */
public class AssumptionsRefutedException extends CausalException {

    private static final long serialVersionUID = 1L;

    /** @param message the violated condition and the numbers involved */
    public AssumptionsRefutedException(String message) {
        super(message);
    }
}
