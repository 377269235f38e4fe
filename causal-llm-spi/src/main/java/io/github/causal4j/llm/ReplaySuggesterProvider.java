package io.github.causal4j.llm;

import java.nio.file.Path;

/** Provider of replaying {@link RecordingSuggester}s for specs {@code replay:PATH} (a recording file). */
public final class ReplaySuggesterProvider implements GraphSuggesterProvider {

    /** Creates the provider (for {@link java.util.ServiceLoader}). */
    public ReplaySuggesterProvider() {
    }

    @Override
    public String scheme() {
        return "replay";
    }

    @Override
    public String usage() {
        return "replay:FILE  (answers from a recording made with --record, no model)";
    }

    @Override
    public GraphSuggester create(ProviderSpec spec) {
        if (spec.target().isEmpty()) {
            throw new IllegalArgumentException("provider spec replay: needs a recording file, e.g. replay:run.rec");
        }
        return RecordingSuggester.replaying(Path.of(spec.target()));
    }
}
