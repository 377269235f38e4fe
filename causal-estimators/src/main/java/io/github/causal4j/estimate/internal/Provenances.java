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
package io.github.causal4j.estimate.internal;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.stats.RowPasses;
import io.github.causal4j.result.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;

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
        return Provenance.of(digest(data, columns).get(), data.rowCount(), method, settings, seed);
    }

    /**
     * @param rows the rows an estimate used
     * @param method the method name
     * @param settings settings in a stable order
     * @param seed the seed, if randomness was used
     * @return the record, with the rows' digest
     */
    public static Provenance of(RowPasses rows, String method, Map<String, String> settings, OptionalLong seed) {
        return Provenance.of(rows.digest(), rows.rowCount(), method, settings, seed);
    }

    /**
     * @param data the data
     * @param columns the columns used (duplicates ignored)
     * @return their content digest, computed when asked for
     */
    public static Supplier<String> digest(Dataset data, List<String> columns) {
        List<String> used = new ArrayList<>(new LinkedHashSet<>(columns));
        return () -> data.select(used).sha256();
    }
}
