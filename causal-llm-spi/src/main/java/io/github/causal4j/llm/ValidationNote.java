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
 * Something the pipeline dropped, changed or could not check, for the record: every name it
 * rejected, every cycle it broke, every sample that failed.
 *
 * @param kind what happened
 * @param subject what it concerns: a name, an edge, a sample
 * @param message one sentence saying what and why
 */
public record ValidationNote(Kind kind, String subject, String message) {

    /** What happened. */
    public enum Kind {
        /** A name that is not among the variables was dropped (it is recorded, never used). */
        INVENTED_NAME,
        /** A claim that cannot hold was dropped: a self-loop, a sample stating both directions, the treatment as its own confounder. */
        INVALID_CLAIM,
        /** An edge was left out because it would have closed a directed cycle. */
        CYCLE,
        /** The expert's knowledge overruled a model suggestion. */
        OVERRULED,
        /** A sample produced no usable answer. */
        FAILED_SAMPLE,
        /** A data check could not be run (missing or non-numeric column, too few rows, collinear data). */
        DATA,
        /** A suggested instrument or negative control fails its graphical criterion. */
        ROLE_CHECK
    }

    /** Validates that no part is null. */
    public ValidationNote {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
    }

    /** @return the message */
    @Override
    public String toString() {
        return message;
    }
}
