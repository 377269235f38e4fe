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
 * A modular client of causal4j, as an application on the module path declares it: the named
 * modules (core, the LLM SPI and the OpenAI-compatible provider) and the automatic ones
 * (estimators, sensitivity). Its tests prove what the descriptors promise.
 */
@SuppressWarnings("requires-automatic")
module io.github.causal4j.jpmstest {
    requires io.github.causal4j.core;
    requires io.github.causal4j.estimators;
    requires io.github.causal4j.sensitivity;
    requires io.github.causal4j.llm.openai;
    // The tests compile probe modules against the same module path (javax.tools).
    requires java.compiler;

    exports io.github.causal4j.jpmstest;

    uses io.github.causal4j.llm.GraphSuggesterProvider;
}
