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
/**
 * The causal4j provider for OpenAI-compatible chat-completions endpoints (Ollama, llama.cpp,
 * vLLM, OpenAI): JDK {@code java.net.http} and Jackson.
 */
module io.github.causal4j.llm.openai {
    requires transitive io.github.causal4j.llm;
    requires java.net.http;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;

    exports io.github.causal4j.llm.openai;

    provides io.github.causal4j.llm.GraphSuggesterProvider with io.github.causal4j.llm.openai.OpenAiCompatibleProvider;
}
