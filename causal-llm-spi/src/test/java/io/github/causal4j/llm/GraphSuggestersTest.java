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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphSuggestersTest {

    @TempDir
    Path dir;

    @Test
    void findsTheProvidersOfThisModule() {
        List<String> schemes = GraphSuggesters.providers().stream().map(GraphSuggesterProvider::scheme).toList();
        assertTrue(schemes.containsAll(List.of("knowledge", "replay")), schemes.toString());
    }

    @Test
    void opensAKnowledgeFileBySpec() throws Exception {
        Path file = dir.resolve("expert.txt");
        Files.writeString(file, "require a -> b\n");
        try (GraphSuggester s = GraphSuggesters.open("knowledge:" + file)) {
            assertEquals("knowledge expert.txt", s.name());
            assertTrue(s.suggest(SuggestionRequest.edges(Scripted.vars("a", "b"))).graph().hasDirectedEdge("a", "b"));
        }
    }

    @Test
    void aMissingProviderNamesTheArtifactToAdd() {
        SuggestionException e = assertThrows(SuggestionException.class,
                () -> GraphSuggesters.open("openai-compat:http://localhost:11434/v1?model=qwen2.5:7b"));
        assertTrue(e.getMessage().contains("add the artifact io.github.causal4j:causal-llm-openai"), e.getMessage());
        e = assertThrows(SuggestionException.class, () -> GraphSuggesters.open("gemini:whatever"));
        assertTrue(e.getMessage().startsWith("no graph-suggester provider handles 'gemini:'"), e.getMessage());
        assertTrue(e.getMessage().contains("providers found: knowledge, replay"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GraphSuggesters.open("no-scheme-here"));
    }

    @Test
    void brokenProvidersAreSkipped() throws Exception {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(GraphSuggesterProvider.class.getName()), String.join("\n",
                "com.example.DoesNotExist", ExplodingProvider.class.getName(), "java.lang.String",
                KnowledgeSuggesterProvider.class.getName()) + "\n");
        // A parent that sees no providers, so only the file above is read.
        ClassLoader isolated = new ClassLoader(GraphSuggestersTest.class.getClassLoader()) {
            @Override
            public java.util.Enumeration<URL> getResources(String name) throws java.io.IOException {
                if (name.startsWith("META-INF/services/")) {
                    return java.util.Collections.emptyEnumeration();
                }
                return super.getResources(name);
            }
        };
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, isolated)) {
            List<GraphSuggesterProvider> found = GraphSuggesters.providers(loader);
            assertEquals(List.of("knowledge"), found.stream().map(GraphSuggesterProvider::scheme).toList());
        }
    }

    @Test
    void theSystemPropertyChoosesTheProvider() throws Exception {
        Path file = dir.resolve("expert.txt");
        Files.writeString(file, "require a -> b\n");
        String before = System.getProperty(GraphSuggesters.PROVIDER_PROPERTY);
        try {
            System.clearProperty(GraphSuggesters.PROVIDER_PROPERTY);
            SuggestionException e = assertThrows(SuggestionException.class, GraphSuggesters::openConfigured);
            assertTrue(e.getMessage().contains("-Dcausal.llm.provider="), e.getMessage());
            System.setProperty(GraphSuggesters.PROVIDER_PROPERTY, "knowledge:" + file);
            assertEquals("knowledge expert.txt", GraphSuggesters.openConfigured().name());
        } finally {
            if (before == null) {
                System.clearProperty(GraphSuggesters.PROVIDER_PROPERTY);
            } else {
                System.setProperty(GraphSuggesters.PROVIDER_PROPERTY, before);
            }
        }
    }

    @Test
    void specsParse() {
        ProviderSpec s = ProviderSpec.parse(" OpenAI-Compat:http://localhost:11434/v1?model=qwen2.5:7b&timeout=30&x=a%20b ");
        assertEquals("openai-compat", s.scheme());
        assertEquals("http://localhost:11434/v1", s.target());
        assertEquals(Map.of("model", "qwen2.5:7b", "timeout", "30", "x", "a b"), s.parameters());
        assertEquals("llama3+q4", ProviderSpec.parse("o:u?model=llama3+q4").require("model"));
        assertEquals("knowledge", ProviderSpec.parse("knowledge:/tmp/a b.txt").scheme());
        assertEquals("/tmp/a b.txt", ProviderSpec.parse("knowledge:/tmp/a b.txt").target());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProviderSpec.parse("o:u?model"));
        assertTrue(e.getMessage().contains("is not key=value"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ProviderSpec.parse("o:u?a=1&a=2"));
        assertTrue(e.getMessage().contains("given twice"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ProviderSpec.parse("o:u").require("model"));
        assertTrue(e.getMessage().contains("needs the parameter model"), e.getMessage());
    }

    /** Both registrations must name the same providers: module-info for the module path, META-INF/services for the class path. */
    @Test
    void moduleDescriptorAndServiceFileAgree() throws Exception {
        String descriptor = Files.readString(Path.of("src/main/java/module-info.java"));
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("provides\\s+io\\.github\\.causal4j\\.llm\\.GraphSuggesterProvider\\s+with\\s+([^;]+);")
                .matcher(descriptor);
        assertTrue(m.find(), "module-info.java provides no GraphSuggesterProvider");
        List<String> provided = java.util.Arrays.stream(m.group(1).split(",")).map(String::strip).sorted().toList();
        List<String> registered = Files.readAllLines(Path.of("src/main/resources/META-INF/services/"
                + GraphSuggesterProvider.class.getName())).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
        assertEquals(registered, provided);
        assertTrue(descriptor.contains("uses io.github.causal4j.llm.GraphSuggesterProvider;"));
    }
}
