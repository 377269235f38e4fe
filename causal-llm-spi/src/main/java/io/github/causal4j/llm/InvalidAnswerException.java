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
 * One sample produced no usable answer although the endpoint worked: the model refused, its answer
 * was cut off, or it never met the schema within the allowed repairs. {@link SuggestionPipeline}
 * counts such a sample as failed (the schema-failure rate of an evaluation) and votes over the
 * others; every other {@link SuggestionException} stops the run.
 */
public class InvalidAnswerException extends SuggestionException {

    private static final long serialVersionUID = 1L;

    /** Why a sample failed. */
    public enum Reason {
        /** The answer did not meet the answer schema (malformed JSON, missing fields, wrong types) after all repairs. */
        SCHEMA,
        /** The model declined to answer. */
        REFUSAL,
        /** The answer was cut off by the token limit ({@code finish_reason: length}) after all repairs. */
        TRUNCATED
    }

    /** Why the sample failed. */
    private final Reason reason;
    /** The requests spent on the sample (not serialised). */
    private final transient CallRecord call;

    /**
     * @param reason why the sample failed
     * @param message what was wrong with the last answer
     * @param call the requests spent on it (tokens and time count even for a failed sample)
     */
    public InvalidAnswerException(Reason reason, String message, CallRecord call) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.call = Objects.requireNonNull(call, "call");
    }

    /** @return why the sample failed */
    public Reason reason() {
        return reason;
    }

    /** @return the requests spent on the failed sample */
    public CallRecord call() {
        return call;
    }
}
