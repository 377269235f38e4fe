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
import java.util.Objects;

/**
 * Thrown when a formula is asked for (for plug-in evaluation) but the query is not identifiable;
 * {@link IdAlgorithm#identify} itself returns {@link IdResult.NotIdentified} instead of throwing.
 */
public final class NotIdentifiableException extends CausalException {

    private static final long serialVersionUID = 1L;

    private final transient IdResult.NotIdentified result;

    /**
     * @param result the non-identification result with its hedge
     */
    public NotIdentifiableException(IdResult.NotIdentified result) {
        super(Objects.requireNonNull(result, "result").query().toText() + " is not identifiable from the graph ("
                + result.hedge() + ")");
        this.result = result;
    }

    /** @return the result with the hedge */
    public IdResult.NotIdentified result() {
        return result;
    }
}
