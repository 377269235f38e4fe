package io.github.causal4j.llm;

import java.nio.file.Path;

/** Provider of {@link KnowledgeSuggester} for specs {@code knowledge:PATH} (a {@link KnowledgeFile}). */
public final class KnowledgeSuggesterProvider implements GraphSuggesterProvider {

    /** Creates the provider (for {@link java.util.ServiceLoader}). */
    public KnowledgeSuggesterProvider() {
    }

    @Override
    public String scheme() {
        return KnowledgeSuggester.PROVIDER;
    }

    @Override
    public String usage() {
        return "knowledge:FILE  (answers from a causal4j knowledge file, no model)";
    }

    @Override
    public GraphSuggester create(ProviderSpec spec) {
        if (spec.target().isEmpty()) {
            throw new IllegalArgumentException("provider spec knowledge: needs a file, e.g. knowledge:expert.txt");
        }
        return KnowledgeSuggester.of(Path.of(spec.target()));
    }
}
