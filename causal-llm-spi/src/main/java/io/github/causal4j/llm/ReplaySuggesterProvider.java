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

/** Provider of replaying {@link RecordingSuggester}s for specs {@code replay:PATH} (a recording file). */
public final class ReplaySuggesterProvider implements GraphSuggesterProvider {

    /** Creates the provider (for {@link java.util.ServiceLoader}). */
    public ReplaySuggesterProvider() {
    }

    @Override
    public String scheme() {
        return "replay";
    }

    @Override
    public String usage() {
        return "replay:FILE  (answers from a recording made with --record, no model)";
    }

    @Override
    public GraphSuggester create(ProviderSpec spec) {
        if (spec.target().isEmpty()) {
            throw new IllegalArgumentException("provider spec replay: needs a recording file, e.g. replay:run.rec");
        }
        return RecordingSuggester.replaying(Path.of(spec.target()));
    }
}
