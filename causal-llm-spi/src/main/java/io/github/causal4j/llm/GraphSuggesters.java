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

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a {@link GraphSuggester} for a spec string among the {@link GraphSuggesterProvider}s that
 * {@link ServiceLoader} sees (class path and module path). A provider that fails to load is logged
 * and skipped; when no provider handles the scheme, the error names the artifact to add.
 *
 * <pre>{@code
 * try (GraphSuggester s = GraphSuggesters.open("openai-compat:http://localhost:11434/v1?model=qwen2.5:7b")) {
 *     GraphSuggestion g = s.suggest(SuggestionRequest.edges(variables));
 * }
 * }</pre>
 */
public final class GraphSuggesters {

    /** The system property read by {@link #openConfigured()}: a provider spec. */
    public static final String PROVIDER_PROPERTY = "causal.llm.provider";

    private static final Logger LOG = LoggerFactory.getLogger(GraphSuggesters.class);

    /** Schemes of providers shipped by causal4j in other artifacts, for the "add this artifact" message. */
    private static final Map<String, String> KNOWN_ARTIFACTS = Map.of(
            "openai-compat", "io.github.causal4j:causal-llm-openai");

    /** Stops the search if the service iterator keeps failing (its recovery is best effort only). */
    private static final int MAX_LOAD_ERRORS = 64;

    private GraphSuggesters() {
    }

    /**
     * @param spec a provider spec, e.g. {@code openai-compat:http://localhost:11434/v1?model=qwen2.5:7b}
     * @return a suggester from the first provider that handles the spec's scheme
     * @throws SuggestionException if no provider handles it, naming the artifact to add
     */
    public static GraphSuggester open(String spec) {
        return open(spec, Thread.currentThread().getContextClassLoader());
    }

    /**
     * @param spec a provider spec
     * @param loader the class loader to search (its modules and class path)
     * @return a suggester from the first provider that handles the spec's scheme
     * @throws SuggestionException if no provider handles it, naming the artifact to add
     */
    public static GraphSuggester open(String spec, ClassLoader loader) {
        ProviderSpec parsed = ProviderSpec.parse(spec);
        List<GraphSuggesterProvider> providers = providers(loader);
        for (GraphSuggesterProvider p : providers) {
            if (p.scheme().equalsIgnoreCase(parsed.scheme())) {
                return p.create(parsed);
            }
        }
        List<String> schemes = new ArrayList<>();
        for (GraphSuggesterProvider p : providers) {
            schemes.add(p.scheme());
        }
        String artifact = KNOWN_ARTIFACTS.get(parsed.scheme());
        throw new SuggestionException("no graph-suggester provider handles '" + parsed.scheme() + ":'"
                + (artifact != null ? "; add the artifact " + artifact + " to the class path or module path"
                        : "; add the artifact that provides it (a jar registering io.github.causal4j.llm.GraphSuggesterProvider)")
                + " (providers found: " + (schemes.isEmpty() ? "none" : String.join(", ", schemes)) + ")");
    }

    /**
     * @return a suggester for the spec in the system property {@value #PROVIDER_PROPERTY}
     * @throws SuggestionException if the property is not set or no provider handles it
     */
    public static GraphSuggester openConfigured() {
        String spec = System.getProperty(PROVIDER_PROPERTY);
        if (spec == null || spec.isBlank()) {
            throw new SuggestionException("no provider configured: set the system property " + PROVIDER_PROPERTY
                    + ", e.g. -D" + PROVIDER_PROPERTY + "=openai-compat:http://localhost:11434/v1?model=qwen2.5:7b");
        }
        return open(spec);
    }

    /**
     * Loads every provider the class loader sees. A provider that cannot be loaded or instantiated
     * (a missing class, a constructor that throws, a dependency absent at run time) is logged at
     * WARN and skipped, so that one broken jar does not hide the others.
     *
     * @param loader the class loader to search
     * @return the providers that loaded, in discovery order
     */
    public static List<GraphSuggesterProvider> providers(ClassLoader loader) {
        List<GraphSuggesterProvider> out = new ArrayList<>();
        Iterator<GraphSuggesterProvider> it = ServiceLoader.load(GraphSuggesterProvider.class, loader).iterator();
        int errors = 0;
        while (errors < MAX_LOAD_ERRORS) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                GraphSuggesterProvider p = Objects.requireNonNull(it.next());
                out.add(p);
            } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
                // ServiceLoader's iterator makes a best effort to continue after an error (its javadoc).
                LOG.warn("skipping a graph-suggester provider that failed to load: {}", e.toString());
                errors++;
            }
        }
        return out;
    }

    /** @return the providers visible from the context class loader */
    public static List<GraphSuggesterProvider> providers() {
        return providers(Thread.currentThread().getContextClassLoader());
    }
}
