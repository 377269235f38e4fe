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
package io.github.causal4j.data;

import io.github.causal4j.CausalException;

/**
 * Data that cannot be used as given: a malformed or empty CSV file, a missing or non-finite value,
 * a ragged row, a duplicate header. The message names the column and the 1-based line of the
 * file (or the row of the dataset) at fault.
 */
public class DataFormatException extends CausalException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and where */
    public DataFormatException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong and where
     * @param cause the underlying failure
     */
    public DataFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
