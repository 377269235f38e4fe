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
