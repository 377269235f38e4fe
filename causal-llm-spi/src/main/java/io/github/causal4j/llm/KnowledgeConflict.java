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
 * A model statement the expert's knowledge overruled in {@link BackgroundKnowledge#merge}.
 *
 * @param overruled the model's statement, in knowledge-file words, e.g. {@code "require lung -> smoke"}
 * @param by the expert's statement that wins, e.g. {@code "forbid lung -> smoke"}
 */
public record KnowledgeConflict(String overruled, String by) {

    /** Validates that both parts are present. */
    public KnowledgeConflict {
        Objects.requireNonNull(overruled, "overruled");
        Objects.requireNonNull(by, "by");
    }

    /** @return e.g. {@code require lung -> smoke, overruled by forbid lung -> smoke} */
    @Override
    public String toString() {
        return overruled + ", overruled by " + by;
    }
}
