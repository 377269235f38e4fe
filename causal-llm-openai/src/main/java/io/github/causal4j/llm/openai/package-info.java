/**
 * A {@link io.github.causal4j.llm.GraphSuggester} for any OpenAI-compatible chat-completions
 * endpoint: Ollama, llama.cpp server, vLLM, OpenAI. Spec:
 * {@code openai-compat:http://localhost:11434/v1?model=qwen2.5:7b}. Structured output is negotiated
 * ({@link io.github.causal4j.llm.openai.StructuredOutput}); every answer is checked against its JSON
 * schema and the variable list, and sent back with the error when it fails.
 */
package io.github.causal4j.llm.openai;
