/**
 * The causal4j language-model and expert suggestion SPI. Providers are found through
 * {@code uses io.github.causal4j.llm.GraphSuggesterProvider}; this module provides the
 * knowledge-file and replay providers itself. Depends on causal-core only.
 */
module io.github.causal4j.llm {
    requires transitive io.github.causal4j.core;
    requires org.slf4j;

    exports io.github.causal4j.llm;

    uses io.github.causal4j.llm.GraphSuggesterProvider;

    provides io.github.causal4j.llm.GraphSuggesterProvider with
            io.github.causal4j.llm.KnowledgeSuggesterProvider,
            io.github.causal4j.llm.ReplaySuggesterProvider;
}
