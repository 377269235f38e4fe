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
package io.github.causal4j.result;

import java.util.Objects;

/**
 * A result rendered for people: plain text for a terminal and Markdown for documents. Every
 * causal4j result has a one-line {@code toString()} and a {@code report()} returning one of these.
 *
 * @param text plain text, lines separated by {@code \n}
 * @param markdown the same content as Markdown (tables where the text has columns)
 */
public record Report(String text, String markdown) {

    /** Validates that both forms are present. */
    public Report {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(markdown, "markdown");
    }

    /** @return the plain-text form */
    @Override
    public String toString() {
        return text;
    }
}
