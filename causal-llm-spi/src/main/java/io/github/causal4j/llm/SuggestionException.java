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

import io.github.causal4j.CausalException;

/**
 * A suggester failed: the endpoint is unreachable or refused the request, the answer never met
 * the schema, no provider matches a spec. The message names the provider, the endpoint host and
 * the HTTP status where there is one, and never an API key.
 */
public class SuggestionException extends CausalException {

    private static final long serialVersionUID = 1L;

    /** @param message what failed, naming provider and endpoint */
    public SuggestionException(String message) {
        super(message);
    }

    /**
     * @param message what failed, naming provider and endpoint
     * @param cause the underlying failure
     */
    public SuggestionException(String message, Throwable cause) {
        super(message, cause);
    }
}
