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

import io.github.causal4j.data.CategoricalColumn;
import io.github.causal4j.data.Column;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.data.NumericColumn;
import java.util.List;

/**
 * The cluster key of every row for a clustering variable, as a row variable of {@link DesignRows}:
 * the value itself for a numeric or binary column, the level's code (its index in the column's
 * sorted levels) for a categorical one. Rows with equal keys form a cluster ({@link ClusterSums}).
 * A distributed source computes the same keys from the same column.
 */
public final class ClusterKeys {

    private ClusterKeys() {
    }

    /**
     * @param data the data
     * @param column a numeric, binary or categorical column
     * @return one key per row
     * @throws io.github.causal4j.data.DataFormatException naming the row of a missing value
     */
    public static double[] of(Dataset data, String column) {
        Column c = data.column(column);
        data.requireComplete(List.of(column));
        int n = data.rowCount();
        double[] keys = new double[n];
        if (c instanceof CategoricalColumn categorical) {
            for (int i = 0; i < n; i++) {
                keys[i] = categorical.code(i);
            }
        } else {
            ((NumericColumn) c).copyTo(0, n, keys, 0);
        }
        return keys;
    }
}
