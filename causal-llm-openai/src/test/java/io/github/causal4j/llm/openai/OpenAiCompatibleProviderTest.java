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
package io.github.causal4j.llm.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.llm.GraphSuggester;
import io.github.causal4j.llm.GraphSuggesterProvider;
import io.github.causal4j.llm.GraphSuggesters;
import io.github.causal4j.llm.ProviderSpec;
import io.github.causal4j.llm.SuggestionRequest;
import io.github.causal4j.llm.Variable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class OpenAiCompatibleProviderTest {

    @Test
    void specsBecomeSettings() {
        OpenAiSettings s = OpenAiCompatibleProvider.settings(ProviderSpec.parse(
                "openai-compat:http://localhost:11434/v1?model=qwen2.5:7b&timeout=30&retries=5&repairs=1&backoff-ms=250"
                        + "&max-wait=10&output=json_object&max-tokens=512&api-key-env=none"));
        assertEquals("qwen2.5:7b", s.model());
        assertEquals("http://localhost:11434/v1/chat/completions", s.chatCompletionsUrl().toString());
        assertEquals("localhost:11434", s.endpointHost());
        assertEquals(Duration.ofSeconds(30), s.requestTimeout());
        assertEquals(5, s.maxRetries());
        assertEquals(1, s.maxRepairs());
        assertEquals(Duration.ofMillis(250), s.initialBackoff());
        assertEquals(Duration.ofSeconds(10), s.maxWait());
        assertEquals(StructuredOutput.JSON_OBJECT, s.output());
        assertEquals(OptionalInt.of(512), s.maxTokens());
        assertTrue(s.apiKeyVariable().isEmpty());
        OpenAiSettings d = OpenAiCompatibleProvider.settings(ProviderSpec.parse("openai-compat:https://api.openai.com/v1/?model=m"));
        assertEquals("https://api.openai.com/v1/chat/completions", d.chatCompletionsUrl().toString());
        assertEquals("api.openai.com", d.endpointHost());
        assertEquals(java.util.Optional.of("OPENAI_API_KEY"), d.apiKeyVariable());
    }

    @Test
    void badSpecsAreExplained() {
        assertMessage("needs the parameter model", "openai-compat:http://localhost:11434/v1");
        assertMessage("unknown parameter 'modle'", "openai-compat:http://localhost:11434/v1?modle=x");
        assertMessage("must be an http or https URL", "openai-compat:localhost:11434?model=x");
        assertMessage("needs a base URL", "openai-compat:?model=x");
        assertMessage("parameter retries must be a whole number, got 'many'", "openai-compat:http://h/v1?model=m&retries=many");
        assertMessage("unknown structured-output level 'xml'", "openai-compat:http://h/v1?model=m&output=xml");
        assertMessage("put no credentials in the base URL", "openai-compat:http://user:pw@h/v1?model=m");
    }

    private static void assertMessage(String expected, String spec) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OpenAiCompatibleProvider.settings(ProviderSpec.parse(spec)));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void serviceLoaderFindsTheProviderAndItTalksToTheEndpoint() throws Exception {
        assertTrue(GraphSuggesters.providers().stream().map(GraphSuggesterProvider::scheme).toList().contains("openai-compat"));
        try (FakeChatServer server = new FakeChatServer()) {
            server.then(FakeChatServer.ok("openai-edges.json"));
            try (GraphSuggester s = GraphSuggesters.open("openai-compat:" + server.base() + "?model=gpt-4o-mini&api-key-env=none")) {
                assertEquals("openai-compat gpt-4o-mini at 127.0.0.1:" + server.base().getPort(), s.name());
                List<Variable> vars = List.of(Variable.of("smoke"), Variable.of("tar"), Variable.of("lung"), Variable.of("age"));
                assertEquals(3, s.suggest(SuggestionRequest.edges(vars).withSamples(1)).acceptedEdges().size());
            }
        }
    }

    @Test
    void moduleDescriptorAndServiceFileAgree() throws Exception {
        String descriptor = Files.readString(Path.of("src/main/java/module-info.java"));
        List<String> registered = Files.readAllLines(Path.of("src/main/resources/META-INF/services/"
                + GraphSuggesterProvider.class.getName())).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertEquals(List.of(OpenAiCompatibleProvider.class.getName()), registered);
        assertTrue(descriptor.contains("provides io.github.causal4j.llm.GraphSuggesterProvider with "
                + OpenAiCompatibleProvider.class.getName() + ";"), descriptor);
        assertTrue(descriptor.contains("exports io.github.causal4j.llm.openai;"));
    }
}
