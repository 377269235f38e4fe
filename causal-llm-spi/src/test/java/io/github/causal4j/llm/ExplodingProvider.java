package io.github.causal4j.llm;

/** A provider whose construction fails, to test that {@link GraphSuggesters} skips it. */
public final class ExplodingProvider implements GraphSuggesterProvider {

    /** Always throws. */
    public ExplodingProvider() {
        throw new IllegalStateException("this provider's dependencies are missing");
    }

    @Override
    public String scheme() {
        return "exploding";
    }

    @Override
    public String usage() {
        return "";
    }

    @Override
    public GraphSuggester create(ProviderSpec spec) {
        throw new UnsupportedOperationException();
    }
}
