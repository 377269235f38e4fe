package io.github.causal4j.estimate.internal;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.result.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** Provenance records of estimates: the digest covers exactly the columns an estimate used. */
public final class Provenances {

    private Provenances() {
    }

    /**
     * @param data the data
     * @param columns the columns used (duplicates ignored)
     * @param method the method name
     * @param settings settings in a stable order
     * @param seed the seed, if randomness was used
     * @return the record
     */
    public static Provenance of(Dataset data, List<String> columns, String method, Map<String, String> settings,
            OptionalLong seed) {
        List<String> used = new ArrayList<>(new LinkedHashSet<>(columns));
        return Provenance.of(data.select(used).sha256(), data.rowCount(), method, settings, seed);
    }
}
