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
package io.github.causal4j.cli;

import io.github.causal4j.graph.CausalGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the {@code --graph} argument: dagitty text given inline ({@code "dag { x -> y }"}) or the
 * path of a {@code .dagitty} or {@code .dot} file. Parsed graphs are cached by their text, so a
 * batch of queries on one graph parses it once.
 */
final class GraphSource {

    private static final int CACHE_SIZE = 64;
    private static final Map<String, CausalGraph> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CausalGraph> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private GraphSource() {
    }

    static synchronized CausalGraph load(String argument) {
        if (argument == null || argument.isBlank()) {
            throw new UserInputException("--graph is required: dagitty text such as \"dag { x -> y }\" or a file path");
        }
        CausalGraph cached = CACHE.get(argument);
        if (cached != null) {
            return cached;
        }
        CausalGraph graph;
        if (looksInline(argument)) {
            graph = CausalGraph.parse(argument);
        } else {
            Path path = Path.of(argument);
            if (!Files.isRegularFile(path)) {
                throw new UserInputException("graph file not found: " + argument
                        + " (give dagitty text such as \"dag { x -> y }\" or an existing .dagitty/.dot file)");
            }
            graph = CausalGraph.read(path);
        }
        CACHE.put(argument, graph);
        return graph;
    }

    private static boolean looksInline(String argument) {
        return argument.contains("{") || argument.contains("->") || argument.contains("<-") || argument.contains("\n");
    }
}
