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

/**
 * A factory of {@link GraphSuggester}s for one spec scheme, found with {@link java.util.ServiceLoader}.
 * Register an implementation both in {@code META-INF/services/io.github.causal4j.llm.GraphSuggesterProvider}
 * (class path) and with {@code provides io.github.causal4j.llm.GraphSuggesterProvider with ...} in
 * {@code module-info.java} (module path). Implementations need a public no-argument constructor and
 * must be cheap to construct: {@link GraphSuggesters} instantiates every provider to find a scheme.
 */
public interface GraphSuggesterProvider {

    /** @return the spec scheme handled, e.g. {@code "openai-compat"}: the text before the first {@code ':'} of a spec */
    String scheme();

    /** @return one line on the spec syntax, e.g. {@code "openai-compat:BASE_URL?model=NAME[&api-key-env=VAR]"} */
    String usage();

    /**
     * @param spec a parsed spec whose scheme is {@link #scheme()}
     * @return a ready suggester
     * @throws IllegalArgumentException naming the parameter if the spec is malformed
     */
    GraphSuggester create(ProviderSpec spec);
}
