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

/** A provider whose construction fails, to test that {@link GraphSuggesters} skips it. */
public final class ExplodingProvider implements GraphSuggesterProvider {

    /** Always throws. */
    public ExplodingProvider() {
        throw new IllegalStateException("this provider's dependencies are missing");
    }

    @Override
    public String scheme() {
        return "exploding";
    }

    @Override
    public String usage() {
        return "";
    }

    @Override
    public GraphSuggester create(ProviderSpec spec) {
        throw new UnsupportedOperationException();
    }
}
