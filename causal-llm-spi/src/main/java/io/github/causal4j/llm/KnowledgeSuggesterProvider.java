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

import java.nio.file.Path;

/** Provider of {@link KnowledgeSuggester} for specs {@code knowledge:PATH} (a {@link KnowledgeFile}). */
public final class KnowledgeSuggesterProvider implements GraphSuggesterProvider {

    /** Creates the provider (for {@link java.util.ServiceLoader}). */
    public KnowledgeSuggesterProvider() {
    }

    @Override
    public String scheme() {
        return KnowledgeSuggester.PROVIDER;
    }

    @Override
    public String usage() {
        return "knowledge:FILE  (answers from a causal4j knowledge file, no model)";
    }

    @Override
    public GraphSuggester create(ProviderSpec spec) {
        if (spec.target().isEmpty()) {
            throw new IllegalArgumentException("provider spec knowledge: needs a file, e.g. knowledge:expert.txt");
        }
        return KnowledgeSuggester.of(Path.of(spec.target()));
    }
}
