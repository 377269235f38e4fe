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
 * A {@link io.github.causal4j.llm.GraphSuggester} for any OpenAI-compatible chat-completions
 * endpoint: Ollama, llama.cpp server, vLLM, OpenAI. Spec:
 * {@code openai-compat:http://localhost:11434/v1?model=qwen2.5:7b}. Structured output is negotiated
 * ({@link io.github.causal4j.llm.openai.StructuredOutput}); every answer is checked against its JSON
 * schema and the variable list, and sent back with the error when it fails.
 */
package io.github.causal4j.llm.openai;
