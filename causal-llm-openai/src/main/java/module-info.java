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
